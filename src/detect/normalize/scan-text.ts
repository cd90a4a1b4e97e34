/**
 * Cheap passes over a text collecting what the leet and decoded views need, so that clean text pays for two
 * tight character loops instead of several regex scans:
 * - maximal runs of the base64/base64url alphabet of at least `minRun` characters (hex is a subset), found by
 *   probing every `minRun`-th character (a run that long must cover a probe) and growing runs around hits;
 * - tokens of `[A-Za-z0-9@$]` (2-24 long, with a letter, not long hex-only ids) where a leet character
 *   `0 1 3 4 5 7 @ $` touches a letter.
 * Offsets are flat `[start, end, start, end, ...]` arrays, in order.
 */
import type { DigitTokens } from "../shared/digit-tokens.js";

export interface TextScan {
  encodedRuns: number[];
  mixedTokens: number[];
}

const B64 = 1;
const LETTER = 2;
const LEET = 4;
const DIGIT = 8;
/** Letters that are not hex digits: a token of hex digits only is an id or hash, never a leet word. */
const NON_HEX_LETTER = 16;
/** Indexed by UTF-16 code unit (64 KB), so the hot loops need no range check. */
const CLASS = new Uint8Array(65536);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") CLASS[ch.charCodeAt(0)] = B64 | LETTER;
for (const ch of "013457") CLASS[ch.charCodeAt(0)] = B64 | LEET;
for (const ch of "2689") CLASS[ch.charCodeAt(0)] = B64 | DIGIT;
for (const ch of "+/_-") CLASS[ch.charCodeAt(0)] = B64;
for (const ch of "@$") CLASS[ch.charCodeAt(0)] = LEET;
for (const ch of "GHIJKLMNOPQRSTUVWXYZghijklmnopqrstuvwxyz") CLASS[ch.charCodeAt(0)] = (CLASS[ch.charCodeAt(0)] ?? 0) | NON_HEX_LETTER;

const MIN_TOKEN = 2;
const MAX_TOKEN = 24;

function classAt(text: string, i: number): number {
  return CLASS[text.charCodeAt(i)] as number;
}

/** Maximal base64-alphabet runs of at least `minRun` characters. */
export function encodedRuns(text: string, minRun: number): number[] {
  const out: number[] = [];
  const n = text.length;
  if (minRun > n) return out;
  const step = Math.max(1, minRun);
  let i = step - 1;
  while (i < n) {
    if ((classAt(text, i) & B64) === 0) {
      i += step;
      continue;
    }
    let s = i;
    while (s > 0 && (classAt(text, s - 1) & B64) !== 0) s--;
    let e = i + 1;
    while (e < n && (classAt(text, e) & B64) !== 0) e++;
    if (e - s >= minRun) out.push(s, e);
    i = e + step;
  }
  return out;
}

/** Tokens where a leet character touches a letter (see {@link TextScan}). */
export function mixedTokens(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  const WORD = LETTER | LEET | DIGIT;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const k = (CLASS[text.charCodeAt(i)] as number) & (LETTER | LEET);
    // Only a leet character next to a letter (either order) is interesting.
    if ((k | prev) !== (LETTER | LEET) || k === prev) {
      prev = k;
      continue;
    }
    let s = i - 1;
    while (s > 0 && ((CLASS[text.charCodeAt(s - 1)] as number) & WORD) !== 0) s--;
    let e = i + 1;
    while (e < n && ((CLASS[text.charCodeAt(e)] as number) & WORD) !== 0) e++;
    if (e - s >= MIN_TOKEN && e - s <= MAX_TOKEN) {
      let letters = 0;
      let nonHex = false;
      for (let j = s; j < e; j++) {
        const c = CLASS[text.charCodeAt(j)] as number;
        if ((c & LETTER) !== 0) letters++;
        if ((c & NON_HEX_LETTER) !== 0) nonHex = true;
      }
      // Short words ("7h3", "m3", "4c7") matter; long hex-only tokens are ids and hashes.
      if (letters >= 1 && (nonHex || e - s <= 6)) out.push(s, e);
    }
    i = e;
    prev = 0;
  }
  return out;
}

/** Does the word run text[s, e) qualify as a mixed token (see {@link mixedTokens})? */
function mixedWord(text: string, s: number, e: number): boolean {
  if (e - s < MIN_TOKEN || e - s > MAX_TOKEN) return false;
  let letters = 0;
  let nonHex = false;
  let touch = false;
  let prev = 0;
  for (let j = s; j < e; j++) {
    const c = CLASS[text.charCodeAt(j)] as number;
    if ((c & LETTER) !== 0) letters++;
    if ((c & NON_HEX_LETTER) !== 0) nonHex = true;
    const k = c & (LETTER | LEET);
    if ((k | prev) === (LETTER | LEET) && k !== prev) touch = true;
    prev = k;
  }
  return touch && letters >= 1 && (nonHex || e - s <= 6);
}

/**
 * The same tokens as {@link mixedTokens}, found from the text's digit tokens instead of a pass over every
 * character. A leet character touching a letter is either a digit next to a letter (inside an alphanumeric run
 * with a digit and a letter: a digit token) or "@"/"$" next to a letter; so the word runs around those digit
 * tokens and around every "@" and "$" are the only candidates, each checked as `mixedTokens` checks it.
 */
export function mixedTokensFrom(text: string, tokens: DigitTokens): number[] {
  const out: number[] = [];
  const n = text.length;
  const WORD = LETTER | LEET | DIGIT;
  let at = text.indexOf("@");
  let dollar = text.indexOf("$");
  let t = 0;
  let lastEnd = -1;
  for (;;) {
    // the next candidate position, in text order: a digit token with a letter, an "@" or a "$"
    while (t < tokens.nMixed && (tokens.end[tokens.mixed[t] as number] as number) <= lastEnd) t++;
    const tokenAt = t < tokens.nMixed ? (tokens.start[tokens.mixed[t] as number] as number) : n;
    while (at >= 0 && at < lastEnd) at = text.indexOf("@", at + 1);
    while (dollar >= 0 && dollar < lastEnd) dollar = text.indexOf("$", dollar + 1);
    let p = tokenAt;
    // (a digit token is a whole alphanumeric run: the word run extends from its end, not from its start)
    let from = t < tokens.nMixed ? (tokens.end[tokens.mixed[t] as number] as number) : n;
    if (at >= 0 && at < p) from = (p = at) + 1;
    if (dollar >= 0 && dollar < p) from = (p = dollar) + 1;
    if (p >= n) break;
    let s = p;
    while (s > 0 && ((CLASS[text.charCodeAt(s - 1)] as number) & WORD) !== 0) s--;
    let e = from;
    while (e < n && ((CLASS[text.charCodeAt(e)] as number) & WORD) !== 0) e++;
    if (mixedWord(text, s, e)) out.push(s, e);
    lastEnd = e;
  }
  return out;
}

/**
 * Both scans (see {@link TextScan}). With the text's digit tokens (when some other scanner already made them),
 * the mixed tokens come from those instead of a pass of their own.
 */
export function scanText(text: string, minRun: number, digitTokens?: DigitTokens): TextScan {
  return { encodedRuns: encodedRuns(text, minRun), mixedTokens: digitTokens ? mixedTokensFrom(text, digitTokens) : mixedTokens(text) };
}
