import type { CountryCode } from "libphonenumber-js/max";
import { keywordMatcher, LabelWindow, nearestLabelBeforeIn } from "./context.js";
import { ID_LABEL_WORDS, ID_NEGATIVE_WORDS } from "./negative-context.js";
import { execAt } from "./digit-tokens.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import type { PiiScan } from "./pii-scan.js";
import { phoneLibrary } from "./phone-library.js";

// not glued to words, paths or key=value pairs, except a tel: link ("tel:+14155550132") and the value of a phone
// field ("phone=646.555.0173&zip=…", "phone_number=+4915123456789")
const CAND =
  /(?:(?<=\btel:)|(?<=(?:[Pp]hone|PHONE|[Tt]el|TEL|[Mm]obile|MOBILE|[Cc]ell|CELL|[Ff]ax|FAX|msisdn|MSISDN|[Nn]umber|NUMBER)=)|(?<![\w+/.:=#-]))(?:\+|\b00)?(?:\d|\(\d)[\d ().\-/]{5,22}\d(?![\w]|[.\-/]\d)/y;
const CONTEXT = keywordMatcher([
  "phone", "telephone", "tel", "mobile", "cell", "cellphone", "call", "fax", "contact", "whatsapp", "sms", "text me", "ring me", "ring us", "give me a ring", "phone me", "message me",
  "reach me", "dial", "landline", "hotline", "ph", "mob", "numero", "telefon", "telefono", "téléphone", "handy",
  "helpline", "helpdesk", "freephone", "toll free", "toll-free", "call us", "ring", "bell", "front desk", "reception", "switchboard",
  "erreichen", "erreichbar", "n'hesitez", "contactez",
  // other languages: fr, de, es/pt, it, nl, and CJK/Korean/Thai words for phone and mobile
  "tél", "portable", "appelez", "appeler", "appelle", "joindre", "rufnummer", "telefonnummer", "handynummer", "mobilnummer",
  "anrufen", "ruf", "móvil", "celular", "llámame", "llamar", "telemóvel", "telefone", "cellulare", "chiamami", "chiamare",
  "telefoon", "mobiel", "bel me", "电话", "手机", "電話", "携帯", "전화", "휴대폰", "핸드폰", "โทร",
  // more languages: da/no/sv, pl, cs, hu, ro, tr, id, vi, el, ru/uk, ar, and the number words of ja/ko/zh
  "mobil", "mobilnummer", "mobiltelefon", "telefonnummer", "ring til", "ring lige", "numer", "numer telefonu", "komórka", "komorka", "tel. kom",
  "telefonní", "telefonszám", "mobilszám", "număr", "numar", "numărul", "numarul", "numarası", "numarasi", "numaram", "cep", "cep telefonu",
  "nomor", "nomornya", "nomor hp", "no hp", "no. hp", "hp", "nomor wa", "điện thoại", "sđt", "sdt", "di động",
  "appen", "bellen", "bel", "scrivi su", "chiamare", "zavolej",
  "τηλ", "τηλέφωνο", "τηλεφωνο", "κινητό", "κινητο", "κιν",
  "тел", "телефон", "телефона", "телефону", "номер", "номера", "номеру", "моб", "мобильный", "мобільний", "позвонит", "позвони", "звонить",
  "هاتف", "الهاتف", "جوال", "الجوال", "رقم", "موبايل", "تليفون",
  "番号", "電話番号", "携帯番号", "号码", "號碼", "手機", "번호", "연락처",
  // Icelandic, Latvian, Lithuanian, Estonian, Maltese, Slovene/Belgian "GSM", Nordic "tlf", Finnish "puh", Albanian,
  // Mexican/Chilean/Galician/Portuguese spoken forms, "texted from"
  "sími", "simi", "farsími", "farsimi", "gsm", "tālr", "tālrunis", "talr", "talrunis", "mobilais", "mob. tel", "telefono nr", "mobilusis",
  "telefoni", "mowbajl", "numru", "numru tat-telefon", "tlf", "puh", "puhelin", "matkapuhelin", "el cel", "mi cel", "tu cel", "su cel", "celu", "fono",
  "chámao", "chámame", "chamar", "me liga", "llámalo", "llámala", "márcale", "texted", "texted me", "whatsapp me",
  // Swahili, Hausa, Yoruba, Amharic, Georgian, Armenian, Hindi/Nepali/Marathi, Bengali, Tamil, Telugu, Kannada, Malayalam,
  // Urdu/Persian, Hebrew, Thai, Sinhala, Khmer, Tagalog, Malay
  "simu", "waya", "lambar waya", "nọmba", "ስልክ", "ტელეფონი", "ტელ", "მობ", "հեռախոս", "मोबाइल", "फोन", "फ़ोन", "दूरभाष",
  "মোবাইল", "ফোন", "কল", "கைபேசி", "தொலைபேசி", "அலைபேசி", "ఫోన్", "మొబైల్", "ಫೋನ್", "ಮೊಬೈಲ್", "ഫോൺ", "മൊബൈൽ", "فون",
  "موبائل", "تلفن", "موبایل", "شماره تماس", "تلفن همراه", "טלפון", "נייד", "טל", "มือถือ", "เบอร์", "දුරකථන", "ජංගම", "ទូរស័ព្ទ",
  "telepono", "numero ng telepono", "tel. bimbit", "telefon bimbit", "bimbit",
  // the number word of a chat asking for someone's number: Norwegian/Danish/Swedish definite, Lithuanian, Latvian,
  // Galician "call him/her", Gujarati, Punjabi, Georgian, Armenian
  "nummeret", "nummeret hans", "nummeret hennes", "nummeret hennar", "numret", "numeris", "numerį", "telefono numeris",
  "chámalle", "chámaa", "નંબર", "ફોન", "મોબાઇલ", "ਫ਼ੋਨ", "ਫੋਨ", "ਮੋਬਾਈਲ", "ਨੰਬਰ", "ნომერი", "ნომერს",
  "ნომრის", "հեռ", "բջջային",
]);
// "number" alone is weak evidence: in code it is mostly a type name.
const WEAK_CONTEXT = keywordMatcher(["number", "no.", "nr", "num"]);
// Labels of other numbers, including every identifier's name ("NHS number 281 370 9948" is not a phone number).
const NEGATIVE = keywordMatcher([
  ...ID_NEGATIVE_WORDS, ...ID_LABEL_WORDS, "id", "account", "acct",
  // invoices and company registrations in other languages, serials of publications and freight
  "rechnung", "rechnungsnummer", "faktura", "fakturanummer", "factura", "facture", "fattura", "factuur", "fatura", "kundennummer",
  "issn", "isbn", "container", "vat", "vat no", "vat reg", "ust-id", "ust-idnr", "btw", "tva", "iva", "registered", "company no", "reg no",
  // orders, invoices, accounts and contracts in the languages of the phone words: "注文番号", "주문번호", "رقم الفاتورة",
  // "номер заказа" (a whole phrase outranks the phone word it starts with)
  "注文", "注文番号", "订单", "訂單", "订单号", "发票", "發票", "会員番号", "주문", "주문번호", "송장", "계좌", "sipariş", "siparis", "fatura",
  "رقم الفاتورة", "رقم الطلب", "رقم الحساب", "رقم الهوية", "رقم العضوية", "فاتورة", "номер заказа", "номер счета", "номер счёта",
  "номер договора", "номер рахунку", "номер замовлення", "заказ", "nomor pesanan", "nomor rekening", "nomor invoice", "numer zamówienia",
  "numer zamowienia", "numer konta", "numer faktury", "αριθμός παραγγελίας", "τιμολόγιο",
  "užsakymo numeris", "užsakymo nr", "užsakymas", "sąskaitos numeris", "sąskaita", "kliento numeris", "ordrenummer", "ordrenummeret",
  "ordernummer", "ordernumret", "kundenummer", "kundenummeret", "kundnummer", "fakturanummeret", "ਪਾਸਪੋਰਟ", "પાસપોર્ટ",
  "ორდერი", "შეკვეთა", "შეკვეთის ნომერი",
  // identity documents and tax numbers named with those number words ("kimlik numarası", "номер паспорта")
  "kimlik", "t.c.", "vergi", "pasaport", "паспорт", "паспорта", "снилс", "инн", "ktp", "nik", "npwp", "pesel", "nip", "regon", "dowód",
  "dowodu", "αφμ", "ταυτότητα", "ταυτότητας", "هوية", "الهوية", "جواز", "マイナンバー", "身份证", "身分證", "주민등록",
  // …as whole phrases, which outrank the number word inside them
  "kimlik numarası", "kimlik numarasi", "kimlik numaram", "kimlik no", "vergi numarası", "vergi no", "pasaport numarası", "pasaport no",
  "nomor ktp", "nomor induk", "nomor npwp", "nomor paspor", "numer pesel", "numer dowodu", "numer nip", "numer paszportu",
  "номер паспорта", "номер снилс", "номер инн", "αριθμός ταυτότητας", "αριθμός διαβατηρίου", "رقم جواز", "رقم الجواز", "رقم الهوية الوطنية",
]);
const CEP_SHAPE = /^\d{5}-\d{3}$/;
const POSTCODE_MARK_BEFORE = /(?:〒|(?<![\p{L}])CEP:?)[ \t]?$/u;
/** A freight container number (ISO 6346: owner code ending in U, J or Z, six digits, check digit): "MSCU 441228-3". */
const CONTAINER_OWNER_BEFORE = /(?:^|[^A-Za-z])[A-Z]{3}[UJZ] ?$/;
/** A year followed by a serial or a second year ("2026-00412", "2019-2022"): references and ranges, not phones. */
const YEAR_PREFIXED = /^(?:19|20)\d\d[-/]\d{2,6}$/;
const FALLBACK_REGIONS: readonly CountryCode[] = ["GB", "DE", "FR", "IN", "IL", "BR", "JP", "CN", "AU", "ES", "IT", "NL", "MX", "PH", "TR", "CA", "IE", "ZA", "SG"];
/**
 * Regions also tried when a phone word labels the number (national formats of more countries: "8 912 318-44-20",
 * "mobil 28 41 77 30", "번호 01048823317"); without a phone word only the regions the text itself points to (its script,
 * its letters, the country domains of its e-mail addresses: `regionHints`).
 */
const CONTEXT_REGIONS: readonly CountryCode[] = [
  "KR", "ID", "RU", "UA", "KZ", "EG", "SA", "AE", "MA", "PL", "GR", "DK", "NO", "SE", "FI", "PT", "AT", "CH", "BE", "HU", "CZ", "SK", "RO",
  "VN", "TW", "HK", "NG", "KE", "PK", "BD", "MY", "TH", "AR", "CO", "CL", "PE", "NZ", "IS",
  // smaller national plans whose numbers are given with a phone word: Baltic, Malta, Balkans, Caucasus, South Asia
  "LV", "LT", "EE", "MT", "SI", "HR", "RS", "BG", "GE", "NP", "LK", "AM", "AZ", "AL", "MK", "BA",
];
const DATE_LIKE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
const DECIMAL_LIKE = /^\d+\.\d+$/;
const IP_LIKE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// "2023-04-03 01", "12/03/2023 1430": a date followed by a time or counter
const DATE_INSIDE = /\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/;
const SSN_LIKE = /^\d{3}([- .])\d{2}\1\d{4}$/;
/**
 * A French number in five pairs ("01.52.50.51.45", "06 12 34 56 78", "+33.1.44.55.66.77"): its first three pairs read as a date to
 * DATE_INSIDE (which keeps version strings such as "45.0.7565.446" and dates with a counter out).
 */
const FR_GROUPED = /^(?:0|\+33[. ]?)\d([. ])\d\d(?:\1\d\d){3}$/;

/** Scripts and letters that point to the countries whose national formats a number in the text may use. */
const SCRIPT_REGIONS: ReadonlyArray<readonly [RegExp, readonly CountryCode[]]> = [
  [/[\u0400-\u04ff]/, ["RU", "UA", "KZ", "BY"]],
  [/[\u0370-\u03ff]/, ["GR", "CY"]],
  [/[\uac00-\ud7af]/, ["KR"]],
  [/[\u3040-\u30ff]/, ["JP"]],
  [/[\u4e00-\u9fff]/, ["CN", "TW", "HK"]],
  [/[\u0600-\u06ff]/, ["EG", "SA", "AE", "MA", "JO", "LB"]],
  [/[łńśźżąęŁŚŻ]/, ["PL"]],
  [/[őűŐŰ]/, ["HU"]],
  [/[øæØÆ]/, ["DK", "NO"]],
  [/[ğışĞİŞ]/, ["TR"]],
  [/[ășțȘȚ]/, ["RO"]],
  [/[řěůŘĚ]/, ["CZ"]],
  [/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựđĐ]/, ["VN"]],
];
/** One scan for all of them: most texts have none, and then the per-script tests are skipped. */
const ANY_SCRIPT_HINT = new RegExp(SCRIPT_REGIONS.map(([re]) => re.source).join("|"));
const EMAIL_TLD = /@[A-Za-z0-9.-]+\.([A-Za-z]{2})(?![A-Za-z0-9.-])/g;
const NON_ASCII_CHAR = /[^\x00-\x7f]/;

/**
 * The countries a text points to: its script or national letters (Cyrillic, Greek, Hangul, kana, Han, Arabic; ł, ő,
 * ø, ğ, ș, ř, Vietnamese tones) and the country domains of its e-mail addresses (".pl", ".it"). A formatted national
 * number that is valid in one of them is written as that country writes it ("512 774 019" beside "@interia.pl").
 */
export function regionHints(text: string): readonly CountryCode[] {
  const out = new Set<CountryCode>();
  if (NON_ASCII_CHAR.test(text) && ANY_SCRIPT_HINT.test(text)) for (const [re, rs] of SCRIPT_REGIONS) if (re.test(text)) for (const r of rs) out.add(r);
  if (text.includes("@")) {
    EMAIL_TLD.lastIndex = 0;
    for (let m = EMAIL_TLD.exec(text); m && out.size < 12; m = EMAIL_TLD.exec(text)) {
      const cc = m[1]!.toUpperCase() === "UK" ? "GB" : m[1]!.toUpperCase();
      if (phoneLibrary().isSupportedCountry(cc)) out.add(cc as CountryCode);
    }
  }
  return [...out];
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === "(") depth++;
    else if (c === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

interface Parsed {
  start: number;
  end: number;
  international: boolean;
  region: string;
  /** valid in a region the text points to (`regionHints`), not only in a fallback region */
  hinted?: boolean;
}

// libphonenumber costs ~10 µs a parse; numbers repeat within and across messages (signatures, logs),
// so remember recent verdicts. Bounded: cleared when it grows past the cap.
const cache = new Map<string, Array<Omit<Parsed, "start" | "end"> & { s: number; e: number }>>();
const NO_HINTS: readonly CountryCode[] = [];
const CACHE_CAP = 2048;

/** Parse one candidate; returns the valid numbers found in it (usually one). */
function parseCandidate(cand: string, offset: number, ctx: boolean, hints: readonly CountryCode[] = NO_HINTS): Parsed[] {
  const key = `${ctx ? 1 : 0}${hints.join("")}:${cand}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = parseUncached(cand, ctx, hints).map((p) => ({ s: p.start, e: p.end, international: p.international, region: p.region, hinted: p.hinted }));
    if (cache.size >= CACHE_CAP) cache.clear();
    cache.set(key, hit);
  }
  return hit.map((p) => ({ start: offset + p.s, end: offset + p.e, international: p.international, region: p.region, hinted: p.hinted }));
}

function parseUncached(cand: string, ctx: boolean, hints: readonly CountryCode[]): Parsed[] {
  const { findPhoneNumbersInText, parsePhoneNumberFromString } = phoneLibrary();
  const offset = 0;
  const intl = cand.startsWith("+") || cand.startsWith("00");
  if (intl) {
    const p = parsePhoneNumberFromString(cand.startsWith("00") ? `+${cand.slice(2)}` : cand);
    if (p?.isValid()) return [{ start: offset, end: offset + cand.length, international: true, region: p.country ?? "" }];
  } else {
    const p = parsePhoneNumberFromString(cand, "US");
    if (p?.isValid()) return [{ start: offset, end: offset + cand.length, international: false, region: "US" }];
    // National formats of other countries: only worth the cost when a trunk prefix ("020 7946 0958", "(02) 9374
    // 4000"), an area code in brackets ("(11) 98456-5666") or context says so.
    // A region the text points to comes first (a Polish "512 774 019" also reads as a US-style number elsewhere).
    for (const r of hints) {
      const q = parsePhoneNumberFromString(cand, r);
      if (q?.isValid()) return [{ start: offset, end: offset + cand.length, international: false, region: r, hinted: true }];
    }
    if (cand.startsWith("0") || /^\(\d{2,4}\) /.test(cand) || ctx) {
      for (const r of FALLBACK_REGIONS) {
        const q = parsePhoneNumberFromString(cand, r);
        if (q?.isValid()) return [{ start: offset, end: offset + cand.length, international: false, region: r }];
      }
    }
    if (ctx) {
      for (const r of CONTEXT_REGIONS) {
        const q = parsePhoneNumberFromString(cand, r);
        if (q?.isValid()) return [{ start: offset, end: offset + cand.length, international: false, region: r }];
      }
    }
  }
  // Several numbers glued by spaces: let the library's matcher split them.
  if (/\s/.test(cand) && countDigits(cand) >= 14) {
    return findPhoneNumbersInText(cand, { defaultCountry: "US" }).map((m) => ({
      start: offset + m.startsAt,
      end: offset + m.endsAt,
      international: cand[m.startsAt] === "+",
      region: m.number.country ?? "",
    }));
  }
  return [];
}

/** A negative label ("order", "NHS number", ...) is the nearest before the number (no phone word near). */
function negativeLabel(w: LabelWindow): boolean {
  return w.lastBefore(NEGATIVE)[1] >= 0 && nearestLabelBeforeIn(w, CONTEXT, NEGATIVE) === "negative";
}

/**
 * Phone numbers: a cheap candidate regex, shape filters (dates, IPs, decimals), then libphonenumber
 * validation (US default; +CC numbers anywhere; national formats of other regions with a trunk 0 or context).
 */
export const phoneScanner: PiiScanner = {
  id: "pii.phone",
  entityTypes: ["PHONE_NUMBER"],
  description: "Phone numbers validated with libphonenumber (US default region, international +CC, common national formats).",
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    // A number starts at an all-digit token, possibly behind "(" and/or "+".
    const tk = scan.digitTokens;
    let after = -1;
    // region hints per 4 KB block of the text, from the block and its neighbours (a 1 MB document is not rescanned per number)
    const hintBlocks = new Map<number, readonly CountryCode[]>();
    const hintsAt = (pos: number): readonly CountryCode[] => {
      const b = pos >> 12;
      let h = hintBlocks.get(b);
      if (!h) {
        h = regionHints(text.length <= 12_288 ? text : text.slice(Math.max(0, (b - 1) << 12), (b + 2) << 12));
        hintBlocks.set(b, h);
      }
      return h;
    };
    for (let di = 0; di < tk.nAllDigit; di++) {
      const ti = tk.allDigit[di]!;
      const ts = tk.start[ti]!;
      if (ts < after || tk.digits[ti] !== tk.end[ti]! - ts) continue;
      let p = ts;
      if (text.charCodeAt(p - 1) === 40) p--;
      if (text.charCodeAt(p - 1) === 43) p--;
      // A candidate is 7+ chars of digits, spaces, ( ) . - / : a short number not followed by one of those
      // ("ms":120, "status":200) cannot start one, so skip the regex.
      const nx = text.charCodeAt(tk.end[ti]!);
      if (tk.end[ti]! - p < 7 && nx !== 32 && nx !== 40 && nx !== 41 && nx !== 46 && nx !== 45 && nx !== 47) continue;
      const m = execAt(CAND, text, p);
      if (!m) continue;
      after = m.index + m[0].length;
      let cand = m[0];
      let start = m.index;
      // trim unbalanced brackets and trailing separators
      let ce = cand.length;
      for (let c = cand.charCodeAt(ce - 1); ce > 0 && (c === 32 || c === 46 || c === 45 || c === 40); c = cand.charCodeAt(ce - 1)) ce--;
      if (ce < cand.length) cand = cand.slice(0, ce);
      if (cand.endsWith(")") && !balanced(cand)) cand = cand.slice(0, -1);
      if (cand.startsWith("(") && !balanced(cand)) {
        cand = cand.slice(1);
        start++;
      }
      const nd = countDigits(cand);
      if (nd < 7 || nd > 15) continue;
      if (DATE_LIKE.test(cand) || DECIMAL_LIKE.test(cand) || IP_LIKE.test(cand) || SSN_LIKE.test(cand) || (!FR_GROUPED.test(cand) && DATE_INSIDE.test(cand))) continue;
      if (/[ .\-]{2}/.test(cand.replace(/ - /g, "-"))) continue;
      const formatted = /[ ().\-]/.test(cand) || cand.startsWith("+");
      const end = start + cand.length;
      // an access code keyed in with "#" ("448 921 0731#"), a part number with a letter suffix ("0800-555-0199-A"),
      // six or more two-digit numbers in a row (lottery draws, scores; a French number has five pairs)
      const after1 = text.charCodeAt(end);
      if (after1 === 35 || (after1 === 45 && /[A-Za-z]/.test(text[end + 1] ?? ""))) continue;
      if (/^\d{2}(?: \d{2}){5,}$/.test(cand)) continue;
      // a container number's serial and check digit ("MSCU 441228-3")
      if (CONTAINER_OWNER_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
      // the nearest label decides: "call 555-..." is a phone, "NHS number: 943 476 5919" is not. The negative words
      // are searched only when a phone word is near or a number parses (most candidates are neither).
      const w = new LabelWindow(text, start, end, 40);
      const hasPhoneWord = w.lastBefore(CONTEXT)[1] >= 0;
      const label = hasPhoneWord ? nearestLabelBeforeIn(w, CONTEXT, NEGATIVE) : "none";
      const strongCtx = label === "positive";
      // whether a negative label decides; computed at most once, and only when needed (no closure per candidate)
      let neg = label === "negative" ? 1 : hasPhoneWord ? 0 : -1;
      const weakWord = !hasPhoneWord && WEAK_CONTEXT.test(w.before);
      if (weakWord && neg < 0) neg = negativeLabel(w) ? 1 : 0;
      // "No. 04412881 · VAT GB 441 2288 19": a negative word nearer than "no." labels the number
      const weakCtx = weakWord && neg === 0 && w.lastBefore(NEGATIVE)[1] < w.lastBefore(WEAK_CONTEXT)[1];
      const ctx = strongCtx || weakCtx;
      // A slash between the area code and the number ("030/4555852", German style) needs a phone word: slashes
      // mostly separate other things (fractions, ranges, paths).
      if (cand.includes("/") && !strongCtx) continue;
      // postal codes: a Brazilian CEP (five digits, a dash, three: no phone is grouped so) and the number after the
      // Japanese postcode mark or the CEP label ("〒150-0002", "CEP 01426-001")
      if ((!strongCtx && CEP_SHAPE.test(cand)) || POSTCODE_MARK_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
      if (!strongCtx && YEAR_PREFIXED.test(cand)) continue;
      // Bare digit runs are mostly ids/counters: without context only 10-11 digit NANP-like runs qualify.
      if (!formatted && !ctx && nd !== 10 && nd !== 11) continue;
      // the countries the text points to, for a formatted number or one with a phone word (computed once per text)
      const useHints = (formatted || ctx) && !cand.startsWith("+");
      for (const p of parseCandidate(cand, start, ctx, useHints ? hintsAt(start) : NO_HINTS)) {
        let score: number;
        if (p.international) score = 0.75;
        else if (p.region === "US") score = formatted ? 0.7 : 0.4;
        // a national number written the way its country groups it, with the trunk 0 or the area code in brackets
        // ("020 7946 0958", "06 12 34 56 78", "(02) 9374 4000", "(11) 98456-5666"): as telling as a formatted US number
        else score = formatted ? ((/^0/.test(cand) || /^\(\d{2,4}\) /.test(cand) || p.hinted) && /\d[ \-]\d/.test(cand) ? 0.55 : 0.45) : 0.3;
        if (strongCtx) score = Math.min(1, score + 0.3);
        else if (weakCtx) score = formatted ? Math.min(1, score + 0.15) : score;
        else {
          if (neg < 0) neg = negativeLabel(w) ? 1 : 0;
          if (neg === 1) score *= 0.5;
        }
        out.push({
          type: "PHONE_NUMBER",
          start: p.start,
          end: p.end,
          score,
          explanation: `phone number valid for ${p.region || "its country code"}${ctx ? ", with phone context" : ""}`,
        });
      }
    }
  },
};
