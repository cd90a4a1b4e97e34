import { isRegexSpace } from "./char-class.js";

/**
 * Bounded look-ups of a value's line, for context checks that only care about the last (or next) few dozen
 * characters. `text.lastIndexOf("\n", pos)` walks back to the start of the text when the line is long, so a check
 * made once per candidate costs O(n) each, O(n²) in all on one long line of candidates (a pasted log, a minified
 * export): 40,000 e-mail addresses on one line took over a minute. These helpers stop at the bound they are given.
 */

/** Characters the helpers below have visited, for tests asserting that a scan stays linear (cheap to keep). */
export const lineScanSteps = { count: 0 };

/**
 * The start of the line holding `pos` (just past the last "\n" — or "\r" too with `cr` — before `pos`) when it is
 * at most `max` characters back, else -1. Same answer as `lastIndexOf` followed by a distance check, in O(max).
 */
export function lineStartWithin(text: string, pos: number, max: number, cr = false): number {
  const lo = pos - max - 1;
  let i = pos - 1;
  for (; i >= lo && i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || (cr && c === 13)) break;
  }
  lineScanSteps.count += pos - 1 - i;
  if (i >= 0 && i >= lo) return i + 1;
  return i < 0 && pos <= max ? 0 : -1;
}

/** The first "\n" at or after `pos` and at most `max` characters on, else -1. */
export function newlineWithin(text: string, pos: number, max: number): number {
  const hi = Math.min(text.length, pos + max + 1);
  let i = pos;
  while (i < hi && text.charCodeAt(i) !== 10) i++;
  lineScanSteps.count += i - pos;
  return i < hi ? i : -1;
}

/** The last occurrence of `needle` starting in [pos - max, pos], else -1 (`lastIndexOf` limited to a window). */
export function lastIndexWithin(text: string, needle: string, pos: number, max: number): number {
  const from = Math.max(0, pos - max);
  lineScanSteps.count += pos - from + 1;
  const k = text.slice(from, pos + needle.length).lastIndexOf(needle);
  return k < 0 ? -1 : from + k;
}

/**
 * Whether only white space (`\s`, what `String.prototype.trim` removes) stands between the start of `pos`'s line
 * and `pos`: the index of the line feed ending the line before, -1 when the white space reaches the start of the
 * text, or -2 when something else stands before `pos` on its line. Visits only the white space before `pos`.
 */
export function blankLeadStart(text: string, pos: number): number {
  let i = pos - 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (!isRegexSpace(c)) {
      lineScanSteps.count += pos - i;
      return -2;
    }
  }
  lineScanSteps.count += pos - i;
  return i;
}
