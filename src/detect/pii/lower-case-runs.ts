/** `/^\p{Ll}$/u`: one code point, a lower-case letter. */
const LOWER_LETTER = /^\p{Ll}$/u;
/** BMP code unit → 1: lower-case letter, 2: not, 0: not yet asked (filled on first use, so start-up asks nothing). */
const LOWER_BMP = new Uint8Array(65536);

/** Is code point `cp` a lower-case letter (`\p{Ll}`)? ASCII by range, the rest by the regex (remembered for the BMP). */
function isLowerLetter(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  if (cp > 0xffff) return LOWER_LETTER.test(String.fromCodePoint(cp));
  let known = LOWER_BMP[cp] as number;
  if (known === 0) {
    // a lone surrogate is a code point of its own under /u, and no letter
    known = LOWER_LETTER.test(String.fromCharCode(cp)) ? 1 : 2;
    LOWER_BMP[cp] = known;
  }
  return known === 1;
}

/**
 * The spans the regex `[\p{Ll}][\p{Ll}'’-]*` (flags `gu`) matches in `text`: a lower-case letter, then lower-case
 * letters, apostrophes and hyphens; read code point by code point without a match object per run: a scanner that looks at every
 * lower-case word of a text reads it this way. Appends to `starts` and `ends` (UTF-16 offsets, end exclusive).
 *
 * @example
 * const starts: number[] = [], ends: number[] = [];
 * lowerCaseRuns("Hi lena's-", starts, ends); // starts [1, 3], ends [2, 10]
 */
export function lowerCaseRuns(text: string, starts: number[], ends: number[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i) as number;
    if (!isLowerLetter(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    while (i < n) {
      const c = text.codePointAt(i) as number;
      if (c !== 39 && c !== 0x2019 && c !== 45 && !isLowerLetter(c)) break;
      i += c > 0xffff ? 2 : 1;
    }
    starts.push(start);
    ends.push(i);
  }
}
