/**
 * Street addresses written in scripts and orders the Latin-address patterns do not read, each pass only when the
 * text has its script and marker characters:
 *
 * - Chinese and Japanese: administrative units (省/市/区/縣, 都/道/府/県/市/区/町/村) before a house number ("…路88号",
 *   "…新宿3-14-1"), with a 〒 postcode before and a building, floor or room after ("2号楼 1503室", "502号室", "5樓").
 * - Korean: province or city, district, road or neighbourhood and number ("서울특별시 마포구 월드컵북로 396, 101동 1502호").
 * - Cyrillic: comma-separated parts led by a street or town abbreviation ("ул. Ленина, д. 15, кв. 42, Новосибирск,
 *   630004", "г. Санкт-Петербург, Невский пр., д. 88").
 * - Greek: a street word, name and number, postcode and town ("Λεωφόρος Βασιλίσσης Σοφίας 45, 106 76 Αθήνα"), or
 *   without the postcode when the street word leads ("Λεωφ. Κηφισίας 124, Αθήνα").
 * - Arabic: "شارع" and the street name, district and town parts, postcode ("شارع الملك فهد، حي العليا، الرياض 12214").
 * - Persian: street, alley and plate parts (خیابان، کوچه، پلاک), see `persian-addresses.ts`.
 * - Vietnamese: number (or "Số 45") and street, then ward, district and city parts ("123 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh").
 */
import { hebrewIndicThaiAddresses } from "./hebrew-indic-thai-addresses.js";
import { persianAddresses } from "./persian-addresses.js";
import type { AddressMatch } from "./pii-scan.js";

const NON_LATIN_OR_VI = /[\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea\u0600-\u06ff\u0900-\u097f\u0e01-\u0e4f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u1ea0-\u1ef9ươđĐ]/;

function isHan(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}
function isKana(c: number): boolean {
  return c >= 0x3040 && c <= 0x30ff;
}

const CJK_UNIT = /[省市区區县縣都道府県町村郡路街巷弄]/u;
const CJK_ROAD_OR_WARD = /[路街道巷弄区區町村]/u;
/** A building, floor or room after the house number ("SOHO现代城 2号楼 1503室", "メゾン新宿502号室", "5樓", "45楼"). */
const CJK_TAIL =
  /(?:[ \t\u3000]?(?:[\u3400-\u9fff\u30a0-\u30ffA-Za-z]{1,12}[ \t\u3000]?)?(?:\d{1,3}(?:期|座|棟|栋|幢))?\d{1,5}[ \t]?(?:号楼|號樓|号室|號室|楼|樓|室|层|層|F|階)(?:[ \t]?[A-Za-z][ \t]?室)?){1,3}/uy;
/**
 * Words of the sentence before a Chinese or Japanese address that the Han run takes in: a request or verb and its
 * preposition ("请寄到", "送至", "我住在", "位于", "搬到"), or a label and copula ("地址是"), up to the place name. Only
 * the part before the first administrative unit can be cut.
 */
const CJK_LEAD = /^[^省市区區县縣都道府県町村郡路街]*?(?:寄到|送到|发到|發到|寄至|送至|寄往|送往|住在|位于|位於|搬到|搬去|来自|來自|地址是|地址为|住址是|住所は|地址|住址|在|到|至|于|於|是|係|は|が|へ|に)+(?=[\u3400-\u9fff])/u;
const JP_POSTCODE_BEFORE = /〒[ \t]?\d{3}-?\d{4}[ \t\u3000]*$/u;

/** Chinese and Japanese: an address is a run of Han/kana holding an administrative unit, then a house number. */
function cjkAddresses(text: string, out: AddressMatch[]): void {
  // "3-14-1", "2丁目21-1", "88号", "5番地", and Sapporo's grid "北1条西2丁目" (jō, then the block of the chōme)
  const NUM = /\d{1,5}(?:(?:[-－]|丁目|番地?|の|条[東西南北]?)\d{1,5}){0,3}(?:[ \t]?(?:号|號)|番地?|丁目)?/uy;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    // the number may be set off by spaces ("忠孝東路四段 181 號 7 樓")
    const spaced = text.charCodeAt(i - 1) === 32;
    const p = text.charCodeAt(spaced ? i - 2 : i - 1);
    if (!isHan(p) && !isKana(p)) continue;
    // the Han/kana run before the number (at most 24 characters)
    let s = spaced ? i - 1 : i;
    while (s > 0 && i - s < 25 && (isHan(text.charCodeAt(s - 1)) || isKana(text.charCodeAt(s - 1)))) s--;
    // a verb or preposition run into the place ("请寄到北京市…", "我住在上海市…") is no part of the address
    const lead = CJK_LEAD.exec(text.slice(s, i));
    if (lead && CJK_UNIT.test(text.slice(s + lead[0].length, i))) s += lead[0].length;
    const head = text.slice(s, i);
    if (!CJK_UNIT.test(head) || !CJK_ROAD_OR_WARD.test(head)) {
      while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      continue;
    }
    NUM.lastIndex = i;
    const m = NUM.exec(text);
    if (!m) continue;
    let e = i + m[0].length;
    // a number alone needs its 号 / 番地 or a dash form ("3-14-1"): "第2章" or "2023" in prose do not count
    if (!/[-－号號番丁]/u.test(m[0])) continue;
    CJK_TAIL.lastIndex = e;
    const t = CJK_TAIL.exec(text);
    if (t) e += t[0].length;
    const pc = JP_POSTCODE_BEFORE.exec(text.slice(Math.max(0, s - 14), s));
    if (pc) s -= pc[0].length;
    out.push({ start: s, end: e, value: text.slice(s, e) });
    i = e - 1;
  }
}

const KO_ADDR =
  /(?<![가-힣])[가-힣]{1,8}(?:특별시|광역시|특별자치시|특별자치도|시|도)[ \t]+[가-힣]{1,6}[시군구](?:[ \t]+[가-힣]{1,6}[구읍면])?[ \t]+[가-힣0-9]{1,12}[ \t]?\d{1,5}(?:-\d{1,4})?(?:,?[ \t]?\d{1,4}동)?(?:,?[ \t]?\d{1,3}층)?(?:,?[ \t]?\d{1,5}호)?(?:[ \t]?\(\d{5}\))?/gu;

const CYR_LEAD = /(?<![\p{L}])(?:г|м|ул|вул|пр|просп|пер|бул|пл|наб|ш|обл|пгт|с)\.[ \t]?(?=[А-ЯЁІЇЄҐ])|(?<![\p{L}\p{N}])\d{6},[ \t]?(?=[А-ЯЁІЇЄҐ])|(?<![\p{L}])(?:улица|вулиця|проспект|переулок|бульвар|площадь)[ \t]+(?=[А-ЯЁІЇЄҐ])|(?<![\p{L}])(?=[А-ЯЁІЇЄҐ][\p{L}-]+[ \t](?:пр|просп|ул|пер|бул|наб|ш)\.,)/gu;
/** One part of a Cyrillic address: an abbreviated unit and number, a capitalised name (with a unit abbreviation), a postcode or number. */
const CYR_PART =
  /^(?:(?:г|ул|вул|пр|просп|пер|бул|пл|наб|ш|обл|р-н|пгт|с|м|мкр)\.[ \t]?[А-ЯЁІЇЄҐ][\p{L}'’-]*(?:[ \t][А-ЯЁІЇЄҐ]?[\p{L}'’-]+\.?){0,2}(?:[ \t]\d{1,4}[\p{L}]?(?:[-/]\d{1,4})?)?|[А-ЯЁІЇЄҐ][\p{L}'’-]*(?:[ \t][\p{L}'’-]+\.?){0,2}|(?:д|дом|кв|корп|к|стр|оф|под|эт|буд)\.?[ \t]?\d{1,5}[\p{L}]?(?:\/\d{1,4})?|\d{1,6}[\p{L}]?(?:\/\d{1,4})?)$/u;

const CYR_STREET_AND_NUMBER = /^(?:ул|вул|пр|просп|пер|бул|пл|наб|ш)\.[ \t]?[А-ЯЁІЇЄҐ][\p{L}'’-]*(?:[ \t][А-ЯЁІЇЄҐ]?[\p{L}'’-]+\.?){0,2}[ \t]\d/u;
const CYR_STREET_WORD = /(?<![\p{L}])(?:ул|вул|пр|просп|пер|бул|наб|ш|д|буд|кв)\.|(?<![\p{L}])(?:улица|вулиця|проспект|переулок|провулок|бульвар|шоссе|площадь|набережная|дом)(?![\p{L}])/u;
const CYR_NUMBER_BEFORE_STOP = /^(?:д|дом|кв|корп|к|стр|оф|под|эт|буд)\.?[ \t]?\d{1,5}[\p{L}]?(?:\/\d{1,4})?(?=\.(?:\s|$))|^\d{5,6}(?=\.(?:\s|$))/u;
const CYR_LAST_PART = /^(?:\d{5,6}|[А-ЯЁІЇЄҐ][\p{L}'’-]*)(?=[ \t]+(?:—|–|-|\())/u;

function cyrillicAddresses(text: string, out: AddressMatch[]): void {
  CYR_LEAD.lastIndex = 0;
  for (let m = CYR_LEAD.exec(text); m; m = CYR_LEAD.exec(text)) {
    const s = m.index;
    let e = s;
    let digits = false;
    let parts = 0;
    let pos = s;
    const limit = Math.min(text.length, s + 160);
    while (pos < limit) {
      let q = pos;
      while (q < limit && text[q] !== "," && text[q] !== "\n" && text[q] !== ";") q++;
      const part = text.slice(pos, q).trim();
      if (!CYR_PART.test(part)) {
        // the last part may run into the sentence ("…, 630004 — how do I write this", "…, кв. 17. Спасибо")
        const last = CYR_LAST_PART.exec(part) ?? CYR_NUMBER_BEFORE_STOP.exec(part);
        if (last) {
          parts++;
          if (/\d/.test(last[0])) digits = true;
          e = pos + last[0].length;
        }
        break;
      }
      parts++;
      if (/\d/.test(part)) digits = true;
      e = pos + text.slice(pos, q).trimEnd().length;
      if (text[q] !== ",") break;
      pos = q + 1;
      while (pos < limit && (text[pos] === " " || text[pos] === "\t")) pos++;
    }
    const v = text.slice(s, e);
    // a street with its house and flat numbers alone ("ул. Ленина 15-42"); a postcode lead needs a street or house word
    // after it ("190000, Санкт-Петербург, Невский проспект, д. 28"), not any number before a capitalised phrase
    const streetOnly = parts === 1 && CYR_STREET_AND_NUMBER.test(v);
    if (((parts >= 2 && digits) || streetOnly) && (!/^\d/.test(v) || CYR_STREET_WORD.test(v))) {
      out.push({ start: s, end: e, value: text.slice(s, e) });
      CYR_LEAD.lastIndex = Math.max(CYR_LEAD.lastIndex, e);
    }
  }
}

const GRK_ADDR =
  /(?<![\p{L}])(?:(?:Οδός|Οδ\.|Λεωφόρος|Λεωφ\.|Πλατεία|Πλ\.)[ \t]+)?[Α-ΩΆΈΉΊΌΎΏ][\p{L}.]{1,20}(?:[ \t]+[Α-ΩΆΈΉΊΌΎΏ][\p{L}.]{1,20}){0,3}[ \t]+\d{1,4}[Α-Ωα-ω]?,[ \t]?(?:Τ\.?Κ\.?[ \t]?)?\d{3}[ \t]?\d{2}[ \t]+[Α-ΩΆΈΉΊΌΎΏ][\p{L}]{1,20}(?:[ \t]+[Α-ΩΆΈΉΊΌΎΏ][\p{L}]{1,20})?/gu;

/** A Greek street word, the name and number, and a town after a comma but no postcode ("Λεωφ. Κηφισίας 124, Αθήνα"). */
const GRK_STREET =
  /(?<![\p{L}])(?:[Οο]δός|[Οο]δ\.|[Λλ]εωφόρος|[Λλ]εωφ\.|[Ππ]λατεία|[Ππ]λ\.)[ \t]+[Α-ΩΆΈΉΊΌΎΏ][\p{L}.]{1,20}(?:[ \t]+[Α-ΩΆΈΉΊΌΎΏ][\p{L}.]{1,20}){0,3}[ \t]+\d{1,4}[Α-Ωα-ω]?(?![\p{L}\p{N}])(?:,[ \t]?[Α-ΩΆΈΉΊΌΎΏ][\p{L}]{1,20}(?:[ \t]+[Α-ΩΆΈΉΊΌΎΏ][\p{L}]{1,20})?)?/gu;

/** (a part that names a phone or e-mail, "وجوالي 057 …", starts the next clause, not the address) */
const AR_ADDR =
  /(?<![\u0621-\u064a\d])(?:(?:حي|منطقة)[ \t]+[\u0621-\u064a]{2,}(?:[ \t]+[\u0621-\u064a]{2,}){0,2}[ \t]*[،,][ \t]*)?(?:\d{1,5}[ \t]+)?(?:شارع|طريق|ش\.|زنقة|درب|نهج|جادة|ممر)[ \t]+[\u0621-\u064a]{2,}(?:[ \t]+[\u0621-\u064a]{2,}){0,3}(?:[ \t]*[،,][ \t]*(?:حي|منطقة|مدينة|مبنى|عمارة)?[ \t]*(?!و?(?:جوال|هاتف|تلفون|تليفون|موبايل|رقم|الهاتف|الجوال|البريد|ايميل|إيميل))[\u0621-\u064a\d]{2,}(?:[ \t]+[\u0621-\u064a\d]{2,}){0,2}){1,3}(?:[ \t]+\d{4,6})?/gu;

/**
 * The house number ("Số 45"), lanes and alleys into the street ("ngõ 42", "ngách 7", "hẻm 12/3"), the street ("phố
 * Huế", "Đường Lê Lợi", "Nguyễn Trãi"), a comma. Without a lane the first part after it has to be a ward or district.
 */
const VI_ADDR =
  /(?<![\p{L}\p{N}])(?:(?:Số|số|Ngõ|ngõ|Ngách|ngách|Hẻm|hẻm)[ \t]+)?\d{1,5}[A-Z]?(?:\/\d{1,4})?((?:[ \t]+(?:ngõ|ngách|hẻm|kiệt|Ngõ|Ngách|Hẻm|Kiệt)[ \t]+\d{1,4}[A-Z]?(?:\/\d{1,4})?)*)[ \t]+(?:(?:Đường|đường|Phố|phố)[ \t]+)?\p{Lu}[\p{L}]{0,9}(?:[ \t]+\p{Lu}[\p{L}]{0,9}){0,3},[ \t]*/gu;
const VI_WARD_NEXT = /^(?:Phường|phường|P\.|Xã|xã|Quận|quận|Q\.|Huyện|huyện)[ \t]/u;
const VI_PART = /^(?:(?:Phường|phường|P\.|Xã|xã|Quận|quận|Q\.|Huyện|huyện|Thị xã|thị xã|Thành phố|thành phố|TP\.|Tỉnh|tỉnh)[ \t]*)?[\p{Lu}\d][\p{L}\d.]*(?:[ \t]+\p{Lu}[\p{L}]*){0,3}$/u;

const VI_PART_HEAD = /^(?:(?:Phường|phường|Quận|quận|Huyện|huyện|Thành phố|thành phố|TP\.|Tỉnh|tỉnh)[ \t]*)?\p{Lu}[\p{L}]*(?:[ \t]+\p{Lu}[\p{L}]*){0,3}(?=[ \t]+\p{Ll}|[.!?])/u;

function vietnameseAddresses(text: string, out: AddressMatch[]): void {
  VI_ADDR.lastIndex = 0;
  for (let m = VI_ADDR.exec(text); m; m = VI_ADDR.exec(text)) {
    const s = m.index;
    let pos = s + m[0].length;
    // "12 Nguyễn Trãi, P. 2": a ward or district next, unless a lane made it an address already
    if (!m[1] && !VI_WARD_NEXT.test(text.slice(pos, pos + 8))) continue;
    let e = pos;
    for (let n = 0; n < 4; n++) {
      let q = pos;
      while (q < text.length && q - pos < 40 && text[q] !== "," && text[q] !== "\n" && text[q] !== ";") q++;
      const part = text.slice(pos, q).trim();
      if (!VI_PART.test(part)) {
        // the last part may run into the sentence ("…, Hà Nội nhé."): its capitalised words end the address
        const head = VI_PART_HEAD.exec(part);
        if (head) e = pos + head[0].length;
        break;
      }
      e = pos + text.slice(pos, q).trimEnd().length;
      if (text[q] !== ",") break;
      pos = q + 1;
      while (pos < text.length && text[pos] === " ") pos++;
    }
    if (e > s + m[0].length) {
      out.push({ start: s, end: e, value: text.slice(s, e) });
      VI_ADDR.lastIndex = Math.max(VI_ADDR.lastIndex, e);
    }
  }
}

function collect(re: RegExp, text: string, out: AddressMatch[], ok: (v: string) => boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (ok(m[0])) out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
}

/** Addresses in Chinese, Japanese, Korean, Cyrillic, Greek, Arabic and Vietnamese writing. */
export function scriptAddresses(text: string): AddressMatch[] {
  const out: AddressMatch[] = [];
  if (!NON_LATIN_OR_VI.test(text)) return out;
  if (/[\u3400-\u9fff]/.test(text)) cjkAddresses(text, out);
  if (/[가-힣]/.test(text)) collect(KO_ADDR, text, out, () => true);
  if (/[\u0400-\u04ff]/.test(text)) cyrillicAddresses(text, out);
  if (/[\u0370-\u03ff]/.test(text)) {
    const n = out.length;
    collect(GRK_ADDR, text, out, () => true);
    const found = out.slice(n);
    collect(GRK_STREET, text, out, () => true);
    // the postcode form wins where both read the same street
    for (let k = out.length - 1; k >= n + found.length; k--) {
      const a = out[k]!;
      if (found.some((b) => b.start < a.end && a.start < b.end)) out.splice(k, 1);
    }
  }
  if (/[\u0600-\u06ff]/.test(text)) collect(AR_ADDR, text, out, (v) => /\d|[،,]/.test(v));
  if (/Phường|Quận|Huyện|Xã|phường|quận|huyện|ngõ|ngách|hẻm|Ngõ|(?<![\p{L}])[PQ]\.[ \t]?\d/u.test(text)) vietnameseAddresses(text, out);
  if (/[\u0600-\u06ff]/.test(text)) persianAddresses(text, out);
  hebrewIndicThaiAddresses(text, out);
  return out;
}
