import { CharViewBuilder, windowedView, type TextView } from "./text-view.js";

/**
 * An e-mail address cut by a line break in its domain or next to its "@" ("jane.doe@exam\nple.com",
 * "jane.doe@\nexample.com", "jane.doe\n@example.com"): the part before the break has no dot after the "@" yet, so the
 * first line does not end with an address of its own, and the part after it ends with a dotted name.
 */
const EMAIL_BREAK = /[A-Za-z0-9._%+-](?:@[A-Za-z0-9-]*\r?\n|\r?\n@)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z0-9-])/g;
/**
 * Groups of digits set apart by single spaces or dashes, cut by a line break ("4111 1111\n1111 1111"): a card number
 * wrapped in two. Every group but the last on each side has four digits, as card numbers are printed.
 */
const NUMBER_BREAK = /(?<![\d-])\d{4}(?:[ -]\d{4}){0,3}[ -]?\r?\n\d{4}(?:[ -]\d{4}){0,3}(?:[ -]\d{1,4})?(?![\d-])/g;
/** Digits of a card number (ISO/IEC 7812: 12-19; the card detector checks the rest). */
const CARD_DIGITS_MIN = 13;
const CARD_DIGITS_MAX = 19;

/**
 * The text with the line breaks inside e-mail addresses and card numbers (see EMAIL_BREAK, NUMBER_BREAK) dropped, for
 * the PII detectors: the `joined` view puts back only key-like tokens, which these are not. Every other character is
 * copied with its offset; the view is cut down to windows around the joined values. Undefined when the text has
 * none (the trigger is an `indexOf` of "\n" and of "@" or a digit before it).
 */
export function buildLineBreakView(text: string): TextView | undefined {
  if (!text.includes("\n")) return undefined;
  // [start, end) of each line break and what it becomes: nothing in an address, the group separator in a number
  const cuts: [number, number, string][] = [];
  if (text.includes("@")) {
    for (const m of text.matchAll(EMAIL_BREAK)) cuts.push([...breakIn(m[0], m.index), ""]);
  }
  for (const m of text.matchAll(NUMBER_BREAK)) {
    const digits = m[0].replace(/\D/g, "").length;
    if (digits < CARD_DIGITS_MIN || digits > CARD_DIGITS_MAX) continue;
    const [start, end] = breakIn(m[0], m.index);
    // "4111 1111\n1111": the break stands for the separator; "4111-1111-\n1111": the separator is there
    cuts.push([start, end, /\d/.test(text.charAt(start - 1)) ? (/-/.test(m[0]) ? "-" : " ") : ""]);
  }
  if (cuts.length === 0) return undefined;
  cuts.sort((a, b) => a[0] - b[0]);
  const b = new CharViewBuilder(text.length);
  const points: number[] = [];
  let copied = 0;
  for (const [start, end, joint] of cuts) {
    if (start < copied) continue;
    b.pushRange(text, copied, start);
    points.push(b.size);
    if (joint !== "") b.push(joint, start, end);
    copied = end;
  }
  b.pushRange(text, copied, text.length);
  return windowedView(b.build("cipher"), points);
}

/** The [start, end) of the line break ("\n" or "\r\n") in `run`, which starts at `at` in the text. */
function breakIn(run: string, at: number): [number, number] {
  const nl = run.indexOf("\n");
  const start = nl > 0 && run.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  return [at + start, at + nl + 1];
}
