import { CharViewBuilder, type TextView } from "./text-view.js";

/**
 * Separators a word is spelled out with, one letter at a time: white space, punctuation people put between letters
 * (`s-e-c-r-e-t`, `p.a.s.s`, `s_e_c`, `s·e·c`, `s*e*c`, `s|e|c`, `s/e/c`, `s,e,c`, `s:e:c`, `s+e+c`, `s~e~c`) and the
 * invisible ones a pasted text hides between them (zero-width space, joiners, word joiner, BOM, soft hyphen).
 */
const SEP = "[\\t \\u00a0.\\-_*|/,:+~\\u00b7\\u2022\\u2027\\u2219\\u00ad\\u200b-\\u200d\\u2060\\ufeff]";
const ALNUM = "[\\p{L}\\p{N}]";
/**
 * Three or more single letters or digits, each set apart from the next by one to three separators, the run standing
 * alone (no letter or digit touching it). The classes are disjoint and each step takes one letter, so matching is
 * linear. Used for the trigger too: ordinary prose rarely has three one-letter words in a row.
 */
const RUN = new RegExp(`(?<!${ALNUM})${ALNUM}(?:${SEP}{1,3}${ALNUM}){2,}(?!${ALNUM})`, "gu");
const SEP_ONLY = new RegExp(`^${SEP}+$`, "u");

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
  RUN.lastIndex = 0;
  if (!RUN.test(text)) return undefined;
  RUN.lastIndex = 0;
  const b = new CharViewBuilder(text.length);
  const dropped: number[] = [];
  let copied = 0;
  let runs = 0;
  for (let m = RUN.exec(text); m !== null && runs < MAX_RUNS; m = RUN.exec(text)) {
    runs++;
    const start = m.index;
    const end = start + m[0].length;
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
    while (j < end && SEP_ONLY.test(text.charAt(j))) j++;
    out.push({ at: i, len, gapStart: i + len, gapEnd: j });
    i = j;
  }
  return out;
}
