import { hasContext, type keywordMatcher } from "./context.js";
import type { PiiHit } from "./pii-detector.js";
import type { DigitTokens } from "./pii-scan.js";
import { ssnValid } from "./validators/us-ids.js";

/** Nine digits each set apart by a space or a spaced dash ("5 3 6 - 2 2 - 1 4 5 6"). */
const SPACED_SSN = /(?<!\d(?: ?- ?| )?)\d(?: ?- ?| )\d(?: ?- ?| )\d(?: ?- ?| )\d(?: ?- ?| )\d(?: ?- ?| )\d(?: ?- ?| )\d(?: ?- ?| )\d(?: ?- ?| )\d(?![ -]?\d)/g;
/** Cheap pre-check: three digits set apart by single spaces. */
const MAY_HOLD = /\d \d \d/;
/** The 3-2-4 groups with spaced or unusual separators ("826 - 31 - 6987", "826 – 31 – 6987", "826 . 31 . 6987"). */
const SPACED_GROUPS = /(?<![\d-])\d{3}(?: [-–—.\/] ?| ?[–—] ?| {2,3})\d{2}(?: [-–—.\/] ?| ?[–—] ?| {2,3})\d{4}(?![\d-])/g;
const MAY_HOLD_GROUPS = /\d(?: [-–—.\/]|[–—]| {2})/;

/**
 * SSNs with their digits spaced out one by one, an evasion of the grouped shapes: reported only next to an SSN
 * label ("ssn", "social security"), with the SSN structure rules, since nine spaced digits are otherwise anything.
 */
export function spacedSsnHits(text: string, context: ReturnType<typeof keywordMatcher>, out: PiiHit[], tokens?: DigitTokens): void {
  if (tokens === undefined ? MAY_HOLD.test(text) : mayHold(text, tokens)) ssnHits(text, SPACED_SSN, context, "US SSN with its digits spaced out, next to an SSN label", out);
  if (tokens === undefined ? MAY_HOLD_GROUPS.test(text) : mayHoldGroups(text, tokens)) ssnHits(text, SPACED_GROUPS, context, "US SSN with its groups set apart by spaced or unusual separators, next to an SSN label", out);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * `MAY_HOLD.test(text)` from the text's digit tokens (the two pre-checks ran over every text: ~12 µs per 4 KB): the
 * middle digit of "d d d" is a token of its own, one digit between two spaces.
 */
function mayHold(text: string, tk: DigitTokens): boolean {
  for (let di = 0; di < tk.nAllDigit; di++) {
    const ti = tk.allDigit[di]!;
    const s = tk.start[ti]!;
    if (tk.end[ti]! - s !== 1) continue;
    if (text.charCodeAt(s - 1) === 32 && text.charCodeAt(s + 1) === 32 && isDigit(text.charCodeAt(s - 2)) && isDigit(text.charCodeAt(s + 2))) return true;
  }
  return false;
}

/** `MAY_HOLD_GROUPS.test(text)` from the digit tokens: its digit ends a token (a space or a dash follows it). */
function mayHoldGroups(text: string, tk: DigitTokens): boolean {
  for (let ti = 0; ti < tk.n; ti++) {
    const e = tk.end[ti]!;
    if (!isDigit(text.charCodeAt(e - 1))) continue;
    const x = text.charCodeAt(e);
    if (x === 0x2013 || x === 0x2014) return true;
    if (x !== 32) continue;
    const y = text.charCodeAt(e + 1);
    if (y === 45 || y === 0x2013 || y === 0x2014 || y === 46 || y === 47 || y === 32) return true;
  }
  return false;
}

/** The SSN-valid matches of `pattern` next to an SSN label. */
function ssnHits(text: string, pattern: RegExp, context: ReturnType<typeof keywordMatcher>, explanation: string, out: PiiHit[]): void {
  const re = new RegExp(pattern.source, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!ssnValid(m[0].replace(/\D/g, "")) || !hasContext(text, start, end, context, 48, 16)) continue;
    out.push({ type: "US_SSN", start, end, score: 0.9, explanation });
  }
}
