import { luhnValid } from "../pii/validators/checksums.js";
import { CharViewBuilder, windowedView, type TextView } from "./text-view.js";

/** A number of 13-19 digits, whole or in groups set apart by single spaces or dashes. */
const GROUPED_NUMBER = /(?<![\d.,-])\d(?:[ -]?\d){12,18}(?![\d-]|[.,]\d)/g;
/** Cheap trigger: twelve digits in a row, or in groups of four (most texts with digits have no such run). */
const TWELVE_DIGITS = /\d{4}[ -]?\d{4}[ -]?\d{4}/;
/** Issuer prefixes a card number starts with (Visa, Mastercard, Amex, Discover, JCB, UnionPay, Diners). */
const CARD_START = /^(?:4|5[1-5]|2[2-7]|3[47]|6011|65|35|62|30|36|38)/;

/**
 * A card number written backwards ("1111 1111 1111 1114"): numbers of 13-19 digits that are no card number as written
 * (Luhn fails) but are read backwards (a card's issuer prefix and Luhn on the reversed digits) are turned round in
 * place, mapped to the whole number, for the PII detectors. Undefined when there is none.
 */
export function buildReversedNumberView(text: string): TextView | undefined {
  if (!TWELVE_DIGITS.test(text)) return undefined;
  let b: CharViewBuilder | undefined;
  const points: number[] = [];
  let copied = 0;
  for (const m of text.matchAll(GROUPED_NUMBER)) {
    const digits = m[0].replace(/\D/g, "");
    const reversed = [...digits].reverse().join("");
    if (luhnValid(digits) || !CARD_START.test(reversed) || !luhnValid(reversed)) continue;
    b ??= new CharViewBuilder(text.length);
    b.pushRange(text, copied, m.index);
    points.push(b.size);
    b.push([...m[0]].reverse().join(""), m.index, m.index + m[0].length);
    points.push(b.size);
    copied = m.index + m[0].length;
  }
  if (b === undefined) return undefined;
  b.pushRange(text, copied, text.length);
  return windowedView(b.build("cipher"), points);
}
