/**
 * Street addresses in Hebrew, Devanagari and Thai writing, each pass only when the text has that script:
 *
 * - Hebrew: a street word (רחוב, רח׳, שדרות, דרך, סמטת), the street name and number, flat, entrance or floor
 *   (דירה, כניסה, קומה) and a town after a comma ("רחוב הרצל 45 דירה 12, תל אביב").
 * - Devanagari: a house, flat, plot, lane or sector word with its number, then comma-separated parts, ending in a
 *   six-digit PIN code or holding three parts ("मकान नं. 42, सेक्टर 15, नोएडा, उत्तर प्रदेश 201301").
 * - Thai: a house number, then soi, road, sub-district, district and province parts, and the postcode ("99/12
 *   ซอยสุขุมวิท 23 แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110").
 */
import type { AddressMatch } from "./pii-scan.js";

const HE_WORD = "[\\u05d0-\\u05ea][\\u05d0-\\u05ea\"'׳״-]*";
/** (a word after the town that starts with the conjunction ו, "and", goes on the sentence: "…, חולון והטלפון …") */
const HE_ADDR = new RegExp(
  // a one-letter preposition may be joined to the street word ("לרחוב הרצל 45", "ברחוב …"): the address starts after it
  `(?<=(?:^|[^\\u05d0-\\u05ea])[לבמהו]?)(?:רחוב|רח['׳]|שדרות|שד['׳]|דרך|סמטת|כיכר)[ \\t]+${HE_WORD}(?:[ \\t]+${HE_WORD}){0,3}[ \\t]+\\d{1,4}(?![\\d])(?:[ \\t]*,?[ \\t]*(?:דירה|כניסה|קומה)[ \\t]*\\d{1,4})*(?:[ \\t]*,[ \\t]*${HE_WORD}(?:[ \\t]+(?!ו)${HE_WORD}){0,2})?(?:[ \\t,]+\\d{5,7}(?![\\d]))?`,
  "gu",
);

const DEVA_PART = "[\\u0900-\\u097f0-9][\\u0900-\\u097f0-9.-]*";
const DEVA_ADDR = new RegExp(
  `(?<![\\u0900-\\u097f])(?:मकान|फ्लैट|प्लॉट|हाउस|भवन|गली|सेक्टर|ब्लॉक|वार्ड|म\\.)(?:[ \\t]*(?:नं\\.?|नंबर|संख्या|क्रमांक))?[ \\t]*\\d{1,5}[A-Za-z]?(?:[/-]\\d{1,4})?((?:[ \\t]*,[ \\t]*${DEVA_PART}(?:[ \\t]+${DEVA_PART}){0,2}){1,5})`,
  "gu",
);

const THAI = "[\\u0e01-\\u0e4f]";
const TH_PART = `(?:หมู่(?:ที่)?[ \\t]?\\d{1,3}|(?:ซอย|ซ\\.|ถนน|ถ\\.|แขวง|เขต|ตำบล|ต\\.|อำเภอ|อ\\.|จังหวัด|จ\\.)[ \\t]?${THAI}+(?:[ \\t]?\\d{1,4}(?![\\d]))?|กรุงเทพฯ|กรุงเทพมหานคร)`;
const TH_ADDR = new RegExp(`(?<![\\d/])\\d{1,5}(?:/\\d{1,4})?(?:[ \\t]+${TH_PART}){2,8}(?:[ \\t]+\\d{5}(?![\\d]))?`, "gu");

/** Hindi postpositions and copulas that end a sentence after the address ("…, उत्तर प्रदेश है"). */
const DEVA_TRAILER = /(?:[ \t]+(?:है|हैं|था|थी|में|को|का|की|के|से|पर))+$/u;

function collect(re: RegExp, text: string, out: AddressMatch[], ok: (m: RegExpExecArray) => boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!ok(m)) continue;
    // a six-digit PIN code ends the address ("…, उत्तर प्रदेश 201301, मोबाइल …")
    const pin = /\d{6}(?!\d)/.exec(m[0]);
    const v = (pin ? m[0].slice(0, pin.index + 6) : m[0]).replace(DEVA_TRAILER, "");
    out.push({ start: m.index, end: m.index + v.length, value: v });
  }
}

/** Addresses in Hebrew, Devanagari and Thai writing. */
export function hebrewIndicThaiAddresses(text: string, out: AddressMatch[]): void {
  if (/[\u05d0-\u05ea]/.test(text)) collect(HE_ADDR, text, out, () => true);
  if (/[\u0900-\u097f]/.test(text)) {
    collect(DEVA_ADDR, text, out, (m) => {
      const parts = (m[1] ?? "").split(",").length - 1;
      return /\d{6}$/.test(m[0]) || parts >= 3;
    });
  }
  if (/[\u0e01-\u0e4f]/.test(text)) collect(TH_ADDR, text, out, () => true);
}
