import type { TextPart } from "../../core/detector.js";

/**
 * Alphanumeric runs containing a digit, as parallel typed arrays (no object or string per token).
 * Letter-and-digit IDs (NIE, codice fiscale, NINO, MBI, wallet addresses...), house numbers, dates,
 * IPv4 addresses and digit runs all start at such a run, so scanners try their sticky patterns only there.
 */
export interface DigitTokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  /**
   * Number of digits in the token (== length for all-digit tokens). Exact for tokens of up to 6 chars and
   * for all-digit tokens; -1 for a longer token with a letter (no scanner needs that count, and counting
   * long hex ids was a large part of the pass).
   */
  digits: Int32Array;
  /** Indices (into start/end/digits) of the all-digit tokens, in order: scanners of plain numbers walk only these. */
  allDigit: Int32Array;
  nAllDigit: number;
  /** Indices of the tokens with a letter, in order (letter-and-digit IDs, IBANs). */
  mixed: Int32Array;
  nMixed: number;
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

// The regex only finds the next digit (irregexp skips digit-free text faster than a char-code loop);
// the run around it is then walked on char codes, counting digits on the way.
const DIGIT = /\d/g;

/** Char class per UTF-16 code unit: 2 = ASCII digit, 1 = ASCII letter, 0 = other (a table beats compares here). */
const ALNUM = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) ALNUM[c] = 2;
for (let c = 65; c <= 90; c++) ALNUM[c] = 1;
for (let c = 97; c <= 122; c++) ALNUM[c] = 1;

/** Every maximal [A-Za-z0-9] run that contains a digit, in text order. */
export function scanDigitTokens(text: string): DigitTokens {
  // about one token per 15-20 chars in mixed text: size once, grow rarely
  const cap = Math.max(16, Math.min(1 << 20, text.length >> 4));
  let start: Int32Array = new Int32Array(cap);
  let end: Int32Array = new Int32Array(cap);
  let digits: Int32Array = new Int32Array(cap);
  let allDigit: Int32Array = new Int32Array(cap);
  let mixed: Int32Array = new Int32Array(cap);
  let n = 0;
  let nAllDigit = 0;
  let nMixed = 0;
  const len = text.length;
  const re = DIGIT;
  re.lastIndex = 0;
  while (re.test(text)) {
    const d0 = re.lastIndex - 1;
    // letters before the first digit belong to the token ("abc123"); digits cannot (the regex would have found them)
    let s = d0;
    while (s > 0 && ALNUM[text.charCodeAt(s - 1)] !== 0) s--;
    let d = s === d0 ? 1 : -1;
    let e = d0 + 1;
    for (; e < len; e++) {
      const k = ALNUM[text.charCodeAt(e)];
      if (k === 0) break;
      // count until the first letter: past it the count is only needed for short tokens
      if (d >= 0) d = k === 2 ? d + 1 : -1;
    }
    if (d < 0 && e - s <= 6) {
      d = 0;
      for (let i = s; i < e; i++) if (ALNUM[text.charCodeAt(i)] === 2) d++;
    }
    re.lastIndex = e;
    if (n === start.length) {
      start = grow(start);
      end = grow(end);
      digits = grow(digits);
      allDigit = grow(allDigit);
      mixed = grow(mixed);
    }
    start[n] = s;
    end[n] = e;
    digits[n] = d;
    if (d === e - s) allDigit[nAllDigit++] = n;
    else mixed[nMixed++] = n;
    n++;
  }
  return { n, start, end, digits, allDigit, nAllDigit, mixed, nMixed };
}

/**
 * {@link scanDigitTokens} as a shared part: the PII scanners' ID patterns start at these tokens, and the leet view
 * finds its candidate words among them, so the engine makes this pass once per text.
 */
export const DIGIT_TOKENS: TextPart<DigitTokens> = { name: "digit-tokens", compute: (scan) => scanDigitTokens(scan.text) };
