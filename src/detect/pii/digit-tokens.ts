/**
 * Shared scan for alphanumeric identifiers: every maximal [A-Za-z0-9] run that contains a digit.
 * Letter-and-digit IDs (NIE, codice fiscale, NINO, MBI, wallet addresses...), house numbers, dates,
 * IPv4 addresses and digit runs all start at such a run, so detectors try their (sticky) patterns only
 * at these positions instead of scanning the whole text once per pattern. Memoised on the last text;
 * stored as parallel typed arrays to keep garbage low on large inputs.
 */
export interface DigitTokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  /** Number of digits in the token (== length for all-digit tokens). */
  digits: Int32Array;
}

// From a digit, take the rest of the alphanumeric run; the start is found by walking back.
const FROM_DIGIT = /\d[A-Za-z0-9]*/g;
let memoText: string | undefined;
let memo: DigitTokens = { n: 0, start: new Int32Array(0), end: new Int32Array(0), digits: new Int32Array(0) };

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Alphanumeric runs containing at least one digit, in text order. */
export function digitTokens(text: string): DigitTokens {
  if (memoText === text) return memo;
  let start: Int32Array = new Int32Array(256);
  let end: Int32Array = new Int32Array(256);
  let digits: Int32Array = new Int32Array(256);
  let n = 0;
  FROM_DIGIT.lastIndex = 0;
  // test() instead of exec(): no match object per token; the token is recovered from lastIndex.
  while (FROM_DIGIT.test(text)) {
    const e = FROM_DIGIT.lastIndex;
    let s = e - 1;
    while (s > 0 && isAlnum(text.charCodeAt(s - 1))) s--;
    let d = 0;
    for (let i = s; i < e; i++) if (text.charCodeAt(i) <= 57) d++;
    if (n === start.length) {
      start = grow(start);
      end = grow(end);
      digits = grow(digits);
    }
    start[n] = s;
    end[n] = e;
    digits[n] = d;
    n++;
  }
  memoText = text;
  memo = { n, start, end, digits };
  return memo;
}

/** Run a sticky regex at `pos`; returns the match or null. */
export function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}
