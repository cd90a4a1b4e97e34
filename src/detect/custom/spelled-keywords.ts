/**
 * Keywords of a deny list written in pieces: `p-a-s-s w-o-r-d`, `pass-w-o-r-d`, `p.a_s-s w/o|r~d`, `a p a s s w o r d`,
 * a letter on each line. The text's words (runs of letters and digits) are read in order; consecutive words set
 * apart by one to three separators (white space, punctuation, symbols, invisible format characters) are joined, and a
 * join equal to a keyword with its own spaces and punctuation taken out (its skeleton) is a match when it split the
 * keyword where the keyword has no break: at two places or more (`pass-wo-rd`), or at one place next to a single
 * letter (`p assword`, `passwor d`). One split between two words is how people write (`pass word`, `blue bird`) and
 * is left to the plain keyword match, and so is a join the spelled-out letters go on past (`x-p-a-s-s-w-o-r-d-s`). Works for any number of keywords (a set lookup per join, not a regex per
 * keyword) and reports whole words of the original, so the action replaces the spelled-out form whole.
 */
export interface SpelledKeywords {
  /** Skeleton → the fewest breaks its keyword has (a keyword `project bluebird` has one). */
  readonly skeletons: ReadonlyMap<string, number>;
  /** Longest skeleton, in UTF-16 units: joins longer than this cannot match. */
  readonly maxLength: number;
  readonly caseInsensitive: boolean;
}

/** Shortest skeleton looked for: shorter keywords ("ssn", "abc") would match letters listed in prose ("a, b, c"). */
export const MIN_SPELLED_KEYWORD = 4;

const WORD_RUN = /[\p{L}\p{N}\p{M}]+/gu;
const SEPARATOR = /^[\s\p{P}\p{S}\p{Cf}]{1,3}$/u;
/** Most words of a text read (a bound for pathological input; deny-listed words are short and few). */
const MAX_WORDS = 100_000;

/** The keyword's letters and digits joined, and how many breaks (runs of anything else) it has between them. */
function skeletonOf(keyword: string, caseInsensitive: boolean): { skeleton: string; breaks: number } {
  const runs = (caseInsensitive ? keyword.toLowerCase() : keyword).match(WORD_RUN) ?? [];
  return { skeleton: runs.join(""), breaks: Math.max(0, runs.length - 1) };
}

/** Undefined when no keyword is long enough to be looked for spelled out. */
export function compileSpelledKeywords(keywords: readonly string[], caseInsensitive: boolean): SpelledKeywords | undefined {
  const skeletons = new Map<string, number>();
  let maxLength = 0;
  for (const k of keywords) {
    const { skeleton, breaks } = skeletonOf(k, caseInsensitive);
    if ([...skeleton].length < MIN_SPELLED_KEYWORD) continue;
    const known = skeletons.get(skeleton);
    if (known === undefined || breaks < known) skeletons.set(skeleton, breaks);
    maxLength = Math.max(maxLength, skeleton.length);
  }
  return skeletons.size > 0 ? { skeletons, maxLength, caseInsensitive } : undefined;
}

/** A word of the text: [start, end) and whether it is one letter or digit (one code point). */
interface Word {
  start: number;
  end: number;
  single: boolean;
}

/** The text's words, in order (at most MAX_WORDS). */
export function textWords(text: string): Word[] {
  const out: Word[] = [];
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m !== null && out.length < MAX_WORDS; m = WORD_RUN.exec(text)) {
    const w = m[0];
    out.push({ start: m.index, end: m.index + w.length, single: w.length === 1 || (w.length === 2 && (w.codePointAt(0) ?? 0) > 0xffff) });
  }
  return out;
}

/**
 * Spans [start, end) of keywords written in pieces, left to right, not overlapping, at most `max`. `words` is
 * `textWords(text)` (shared by every rule of a text).
 */
export function findSpelledKeywords(text: string, words: readonly Word[], set: SpelledKeywords, max: number): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < words.length && out.length < max) {
    const found = longestFrom(text, words, i, set);
    if (found === undefined) {
      i++;
      continue;
    }
    out.push([(words[i] as Word).start, (words[found] as Word).end]);
    i = found + 1;
  }
  return out;
}

/** The last word of the longest accepted join starting at word `i`, if any. */
function longestFrom(text: string, words: readonly Word[], i: number, set: SpelledKeywords): number | undefined {
  const first = words[i] as Word;
  let joined = slice(text, first, set.caseInsensitive);
  let singles = first.single ? 1 : 0;
  let best: number | undefined;
  for (let j = i + 1; j < words.length; j++) {
    const prev = words[j - 1] as Word;
    const w = words[j] as Word;
    if (!SEPARATOR.test(text.slice(prev.end, w.start))) break;
    joined += slice(text, w, set.caseInsensitive);
    if (joined.length > set.maxLength) break;
    if (w.single) singles++;
    const breaks = set.skeletons.get(joined);
    if (breaks === undefined) continue;
    const extra = j - i - breaks;
    if ((extra >= 2 || (extra === 1 && singles > 0)) && !continues(text, words, i, j)) best = j;
  }
  return best;
}

/**
 * Whether the letters spelled out go on past the join (`x-p-a-s-s-w-o-r-d-s` holds no `password`, as `passwords`
 * holds none): a single letter just after it, set apart by the same gap as the join's last letter, or two or more
 * just before it, set apart by the same gap as its first. One single letter before the run is read as a one-letter
 * word of its own (an article or pronoun written in the run's style: `a p a s s w o r d`, `I p-a-s-s`, `и п а р о л ь`),
 * not as part of the spelled word: the reading the writer meant, in any language, and the one an evasion relies on.
 * A letter on each side (`a p a s s w o r d s`) or two before (`y x p a s s w o r d`) are another word spelled out.
 */
function continues(text: string, words: readonly Word[], i: number, j: number): boolean {
  const first = words[i] as Word;
  const last = words[j] as Word;
  const before = words[i - 1];
  const after = words[j + 1];
  const goesOnAfter = after?.single === true && last.single && text.slice(last.end, after.start) === text.slice((words[j - 1] as Word).end, last.start);
  if (goesOnAfter) return true;
  if (!(before?.single && first.single)) return false;
  const gap = text.slice(first.end, (words[i + 1] as Word).start);
  if (text.slice(before.end, first.start) !== gap) return false;
  // The letter before is spelled in the run's style: a one-letter word only when nothing spelled comes before it.
  const beforeThat = words[i - 2];
  return beforeThat?.single === true && text.slice(beforeThat.end, before.start) === gap;
}


function slice(text: string, w: Word, lower: boolean): string {
  const s = text.slice(w.start, w.end);
  return lower ? s.toLowerCase() : s;
}
