/**
 * Persian (Iranian and Afghan) street addresses: comma-separated parts (the Persian comma "،" or ",") led by a street
 * word (خیابان street, بلوار boulevard, کوچه alley, میدان square, بزرگراه highway, جاده road, بن‌بست cul-de-sac), with
 * a plate number (پلاک), unit (واحد), floor (طبقه) or ten-digit postcode (کد پستی) among the later parts, and the town
 * as the part before the street word: "تهران، خیابان ولیعصر، کوچه ۱۲، پلاک ۳۴", "خیابان انقلاب، پلاک ۱۵". Digits may
 * be Persian (۰-۹), Arabic-Indic (٠-٩) or ASCII. An address needs a number after a street word, so a street named in
 * prose ("خیابان ولیعصر شلوغ است") is not one.
 */
import type { AddressMatch } from "./pii-scan.js";

/** Letters of Persian words: the Arabic block's letters plus پ چ ژ ک گ ی, the tatweel and the zero-width non-joiner. */
const FA_L = "[\\u0621-\\u064a\\u067e\\u0686\\u0698\\u06a9\\u06af\\u06cc\\u0640\\u200c]";
const FA_D = "[0-9\\u0660-\\u0669\\u06f0-\\u06f9]";
const WORD = `${FA_L}{2,}`;
const STREET = "(?:خیابان|بلوار|کوچه|میدان|بزرگراه|جاده|بن[\\u200c ]?بست|شارع)";
const LABEL = `(?:${STREET}|پلاک|واحد|طبقه|ساختمان|مجتمع|برج|کد[\\u200c ]?پستی|منطقه|محله)`;
/** One part after a comma: an optional label, then words or a number (a plate may be "۱۲/۳"). */
const PART = `(?:${LABEL}[ \\t]*:?[ \\t]*)?(?:${FA_D}{1,10}(?:[/-]${FA_D}{1,4})?|${WORD}(?:[ \\t]+(?:${WORD}|${FA_D}{1,4})){0,3})`;
const COMMA = "[ \\t]*[،,][ \\t]*";
const FA_ADDR = new RegExp(
  `(?<!${FA_L})(?:${WORD}(?:[ \\t]+${WORD}){0,2}${COMMA})?${STREET}[ \\t]+(?:${WORD}|${FA_D}{1,4})(?:[ \\t]+(?:${WORD}|${FA_D}{1,4})){0,3}(?:${COMMA}${PART}){1,6}`,
  "gu",
);
const HAS_NUMBER = new RegExp(`(?:پلاک|واحد|طبقه|کد[\\u200c ]?پستی)[ \\t]*:?[ \\t]*${FA_D}|${FA_D}{10}`, "u");
/** Words of the request that may end the match's last part ("…، پلاک ۱۵ ارسال کنید"): cut after the last number. */
const TRAILING_WORDS = new RegExp(`(${FA_D})(?:[ \\t]+${FA_L}+)+$`, "u");

/** Persian street addresses (appended to `out`). */
export function persianAddresses(text: string, out: AddressMatch[]): void {
  if (!/[\u06a9\u06cc\u067e]|خیابان|کوچه|پلاک/.test(text)) return;
  FA_ADDR.lastIndex = 0;
  for (let m = FA_ADDR.exec(text); m; m = FA_ADDR.exec(text)) {
    if (!HAS_NUMBER.test(m[0])) continue;
    const v = m[0].replace(TRAILING_WORDS, "$1");
    out.push({ start: m.index, end: m.index + v.length, value: v });
  }
}
