/**
 * Shared scan for alphanumeric identifiers: every maximal [A-Za-z0-9] run that contains a digit.
 * Letter-and-digit IDs (NIE, codice fiscale, NINO, MBI, wallet addresses...), house numbers and
 * numeric dates all start at such a run, so detectors try their (sticky) patterns only at these
 * positions instead of scanning the whole text once per pattern. Memoised on the last text.
 */
export interface DigitToken {
  start: number;
  end: number;
  /** Count of leading digits / letters helps cheap filtering. */
  digits: number;
}

const DIGITS = /\d+/g;
let memoText: string | undefined;
let memo: DigitToken[] = [];

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Alphanumeric runs containing at least one digit, in text order. */
export function digitTokens(text: string): readonly DigitToken[] {
  if (memoText === text) return memo;
  const out: DigitToken[] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    let s = m.index;
    while (s > 0 && isAlnum(text.charCodeAt(s - 1))) s--;
    let e = m.index + m[0].length;
    let digits = m[0].length;
    while (e < text.length) {
      const c = text.charCodeAt(e);
      if (!isAlnum(c)) break;
      if (c <= 57) digits++;
      e++;
    }
    out.push({ start: s, end: e, digits });
    DIGITS.lastIndex = e;
  }
  memoText = text;
  memo = out;
  return out;
}

/** Run a sticky regex at `pos`; returns the match or null. */
export function execAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}
