import { CharViewBuilder, type TextView } from "./text-view.js";

/**
 * Separators a word is spelled out with, one letter at a time: white space, punctuation people put between letters
 * (`s-e-c-r-e-t`, `p.a.s.s`, `s_e_c`, `s·e·c`, `s*e*c`, `s|e|c`, `s/e/c`, `s,e,c`, `s:e:c`, `s+e+c`, `s~e~c`) and the
 * invisible ones a pasted text hides between them (zero-width space, joiners, word joiner, BOM, soft hyphen).
 */
const SEPARATORS = new Set([9, 32, 0xa0, 0x2e, 0x2d, 0x5f, 0x2a, 0x7c, 0x2f, 0x2c, 0x3a, 0x2b, 0x7e, 0xb7, 0x2022, 0x2027, 0x2219, 0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const isSep = (c: number): boolean => SEPARATORS.has(c);
const NON_ASCII_ALNUM = /^[\p{L}\p{N}]$/u;
/** A letter or digit at UTF-16 index `i` (a surrogate pair read whole); its length in code units, 0 when not one. */
function alnumAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) ? 1 : 0;
  if (c !== c) return 0; // past the end (NaN)
  const cp = text.codePointAt(i) ?? 0;
  const len = cp > 0xffff ? 2 : 1;
  return NON_ASCII_ALNUM.test(text.slice(i, i + len)) ? len : 0;
}
/** Whether a letter or digit ends at `i` (the code point before it). */
function alnumBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const lo = text.charCodeAt(i - 1);
  return alnumAt(text, lo >= 0xdc00 && lo <= 0xdfff && i >= 2 ? i - 2 : i - 1) > 0;
}

/**
 * The runs of three or more single letters or digits, each set apart from the next by one to three separators, a run
 * standing alone (no letter or digit touching it): [start, end) pairs. One pass over the text, each character looked
 * at a bounded number of times (ordinary prose rarely has three one-letter words in a row, so it yields nothing).
 */
function findRuns(text: string, max: number): [number, number][] {
  const out: [number, number][] = [];
  const n = text.length;
  let i = 0;
  let letters = 0;
  while (i < n && out.length < max && letters < MAX_LETTERS) {
    const len = alnumAt(text, i);
    if (len === 0 || alnumBefore(text, i)) {
      i += len === 2 ? 2 : 1;
      continue;
    }
    let end = i + len;
    let count = 1;
    if (alnumAt(text, end) > 0) {
      // a word, not a single letter: skip it whole
      while (end < n && alnumAt(text, end) > 0) end += alnumAt(text, end);
      i = end;
      continue;
    }
    while (letters + count < MAX_LETTERS) {
      let k = end;
      while (k < n && k - end < 3 && isSep(text.charCodeAt(k))) k++;
      if (k === end || k >= n) break;
      const l = alnumAt(text, k);
      if (l === 0 || alnumAt(text, k + l) > 0) break;
      end = k + l;
      count++;
    }
    if (count >= 3) {
      out.push([i, end]);
      letters += count;
    }
    i = end;
  }
  return out;
}

/**
 * Most spelled-out letters joined in one text: a text made of nothing else ("a a a …", 400 KB) took ~0.7 s to join
 * whole; past this the rest is left as it is (keywords are words, and a text spelling out more is not hiding one).
 */
const MAX_LETTERS = 4096;
/** Most runs joined in one text (a pathological input stays bounded: the rest is left as it is). */
const MAX_RUNS = 512;

/**
 * The text with words spelled out letter by letter joined back (`p a s s w o r d`, `s-e-c-r-e-t`,
 * `p\u200ba\u200bs\u200bs`, `project b l u e b i r d` → `password`, `secret`, `pass`, `project bluebird`), everything
 * else copied with exact offsets, for keyword deny lists (custom `keywords` rules), whose words are short: the
 * cipher views join only runs of eight and more, which suits keys and instructions. In a run, the commonest gap is
 * the gap inside a word (dropped); any other (`p a s s   w o r d`, `x p\u200ba\u200bs\u200bs y`) stays as one
 * space between words. A span found
 * in the view maps back to the original only when it covers a dropped separator: anything else the scan of the
 * original already saw. Undefined when the text has no such run.
 *
 * @example
 * const v = buildSpacedLettersView("the s-e-c-r-e-t plan");
 * v?.text; // "the secret plan"
 * v?.toOriginal(4, 10); // { start: 4, end: 15 }
 */
export function buildSpacedLettersView(text: string): TextView | undefined {
  const runs = findRuns(text, MAX_RUNS);
  if (runs.length === 0) return undefined;
  const b = new CharViewBuilder(text.length);
  const dropped: number[] = [];
  let copied = 0;
  for (const [start, end] of runs) {
    const pieces = splitRun(text, start, end);
    const inWord = commonestGap(text, pieces);
    b.pushRange(text, copied, start);
    for (const p of pieces) {
      b.pushRange(text, p.at, p.at + p.len);
      if (p.gapEnd <= p.gapStart) continue;
      if (text.slice(p.gapStart, p.gapEnd) === inWord) dropped.push(p.gapStart);
      else b.push(" ", p.gapStart, p.gapEnd);
    }
    copied = end;
  }
  if (dropped.length === 0) return undefined;
  b.pushRange(text, copied, text.length);
  const view = b.build("cipher");
  return {
    kind: "cipher",
    text: view.text,
    toOriginal(s: number, e: number) {
      const span = view.toOriginal(s, e);
      if (!span) return undefined;
      for (const i of dropped) if (i > span.start && i < span.end) return span;
      return undefined;
    },
  };
}

/** One letter of a run (a code point: 1 or 2 UTF-16 units) and the gap after it (empty for the last). */
interface Piece {
  at: number;
  len: number;
  gapStart: number;
  gapEnd: number;
}

/** The gap text seen most often in a run (the first such on a tie): the one set between the letters of a word. */
function commonestGap(text: string, pieces: readonly Piece[]): string {
  const counts = new Map<string, number>();
  let best = "";
  let most = 0;
  for (const p of pieces) {
    if (p.gapEnd <= p.gapStart) continue;
    const gap = text.slice(p.gapStart, p.gapEnd);
    const n = (counts.get(gap) ?? 0) + 1;
    counts.set(gap, n);
    if (n > most) {
      most = n;
      best = gap;
    }
  }
  return best;
}

function splitRun(text: string, start: number, end: number): Piece[] {
  const out: Piece[] = [];
  let i = start;
  while (i < end) {
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    let j = i + len;
    while (j < end && isSep(text.charCodeAt(j))) j++;
    out.push({ at: i, len, gapStart: i + len, gapEnd: j });
    i = j;
  }
  return out;
}
