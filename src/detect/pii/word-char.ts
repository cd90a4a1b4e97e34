/**
 * Character tests that scanners make once per word, with an ASCII fast path: the same answers as the Unicode regexes
 * they stand for (which run for non-ASCII characters), without a regex call per word.
 */

const LETTER_DIGIT_UNDERSCORE_AT = /[\p{L}\p{N}_@]/u;

function asciiWordOrAt(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 64;
}

/** `/[\p{L}\p{N}_@]/u.test(ch)` for a one-unit string `ch` ("" → false). */
export function isLetterDigitUnderscoreAt(ch: string): boolean {
  if (ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? asciiWordOrAt(c) : LETTER_DIGIT_UNDERSCORE_AT.test(ch);
}

/** `/[\p{L}\p{N}_@.]/u.test(ch)` for a one-unit string `ch` ("" → false). */
export function isLetterDigitUnderscoreAtDot(ch: string): boolean {
  return ch === "." || isLetterDigitUnderscoreAt(ch);
}

/** `/['’]s$/.test(w)`: a possessive ending. */
export function endsWithPossessive(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const q = w.charCodeAt(n - 2);
  return q === 39 || q === 0x2019;
}

/** `/['’-]/.test(ch)` for a one-unit string `ch`. */
export function isApostropheOrHyphen(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 39 || c === 0x2019 || c === 45;
}
