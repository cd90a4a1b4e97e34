/**
 * How far a value's decision can depend on text after it: detectors look at most ~30 units to the right of a
 * candidate for cue words ("said", "(SSN)", "'s"); a margin on top.
 */
export const RIGHT_REACH = 64;
/** Most units between two tokens of one value ("van der ", ", ", " - "): a token this close continues the chain. */
export const CHAIN_GAP = 16;
/** Tokens starting this close after a secret cue word are held even when they look like plain words. */
export const CUE_REACH = 48;
/** Longest plain word: longer all-letter runs can be random strings (keys, hashes). */
const MAX_PLAIN_WORD = 20;

/** Substrings of a token (lower-cased) that announce a credential whose value may look like an ordinary word. */
const CUES = ["pass", "pwd", "secret", "token", "key", "auth", "cred", "bearer", "session", "cookie", "pin", "otp", "private", "salt", "sig"];

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isOpen = (c: number): boolean => c === 40 || c === 91 || c === 34 || c === 39;
const isClose = (c: number): boolean => c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 34 || c === 39;

/**
 * A plain word: lower-case ASCII letters only (at most {@link MAX_PLAIN_WORD}), with an opening bracket or quote
 * before and sentence punctuation after. No default detector starts a value at such a word, nor makes one of it
 * alone (credentials announced by a cue word are handled separately). Anything else (a capital, a digit, a symbol
 * inside, a non-ASCII letter) may be, or begin, a value.
 */
export function isPlainToken(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isOpen(text.charCodeAt(i))) i++;
  let j = end;
  while (j > i && isClose(text.charCodeAt(j - 1))) j--;
  if (j === i || j - i > MAX_PLAIN_WORD) return false;
  for (let k = i; k < j; k++) if (!isLower(text.charCodeAt(k))) return false;
  return true;
}

/** The cue words anywhere in a text, case-insensitively (one native pass; a cue never spans a space). */
const CUE_PATTERN = new RegExp(CUES.join("|"), "giu");

/** Start indices of the cue words in `text`, ascending. */
function cueStarts(text: string, from: number): number[] {
  const out: number[] = [];
  CUE_PATTERN.lastIndex = from;
  for (let m = CUE_PATTERN.exec(text); m !== null; m = CUE_PATTERN.exec(text)) out.push(m.index);
  return out;
}

/**
 * The earliest index of `text` (a stream channel's pending text, with some left context) at which a finding could
 * still be in progress, i.e. change when more text arrives. Conservative: everything from there is held.
 *
 * - The trailing run of non-space characters (any token-like value: a key, an email, a URL, a JWT can go on).
 * - Every token that is not a plain word ({@link isPlainToken}: capitalised words for names and places, numbers
 *   for phones, cards, IBANs, IPs, house numbers, anything with symbols) whose end is within {@link RIGHT_REACH} of
 *   the end, since a cue word after it may still change its score, and any such token chained to the held part
 *   by a gap of at most {@link CHAIN_GAP} (the other words of a card number, a name, a street address, a PEM block).
 * - Tokens right after a secret cue word (`password is hunter`), and the cue word itself.
 *
 * Only text at or after `from` is examined (and returned); the caller bounds the hold with its window anyway.
 */
export function pendingStart(text: string, from = 0): number {
  const end = text.length;
  // Tokens of [from, end), as start/end pairs, with their verdict.
  const starts: number[] = [];
  const ends: number[] = [];
  const held: boolean[] = [];
  let cueUntil = -1;
  let i = Math.max(0, from);
  // Which tokens hold a cue word: found in one pass over the text, not per token (this runs for every piece).
  const cues = cueStarts(text, i);
  let nextCue = 0;
  while (i < end) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const s = i;
    while (i < end && !isSpace(text.charCodeAt(i))) i++;
    while (nextCue < cues.length && (cues[nextCue] as number) < s) nextCue++;
    const cue = nextCue < cues.length && (cues[nextCue] as number) < i;
    starts.push(s);
    ends.push(i);
    held.push(cue || s <= cueUntil || !isPlainToken(text, s, i));
    if (cue) cueUntil = i + CUE_REACH;
  }
  let hold = end;
  const n = starts.length;
  // The trailing run can still grow into (or continue) any value.
  if (n > 0 && (ends[n - 1] as number) === end) hold = starts[n - 1] as number;
  for (let k = n - 1; k >= 0; k--) {
    const e = ends[k] as number;
    if (held[k] && (e > end - RIGHT_REACH || e + CHAIN_GAP >= hold)) hold = Math.min(hold, starts[k] as number);
  }
  return hold;
}
