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
    const c = text.charCodeAt(i);
    // ASCII first: most of most texts
    if (c < 128 ? c < 97 || c > 122 : !isLowerLetter(codePointAt(text, i, c))) {
      i += c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
      continue;
    }
    const start = i;
    i += c >= 0xd800 ? unitsAt(text, i, c) : 1;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if ((d < 97 || d > 122) && d !== 39 && d !== 45) break;
        i++;
        continue;
      }
      if (d !== 0x2019 && !isLowerLetter(codePointAt(text, i, d))) break;
      i += d >= 0xd800 ? unitsAt(text, i, d) : 1;
    }
    starts.push(start);
    ends.push(i);
  }
}

function isLowSurrogate(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}

/** Code units of the code point at `i` (`c`: the unit there): 2 for a surrogate pair, else 1. */
function unitsAt(text: string, i: number, c: number): number {
  return c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

/** The code point at `i` (`c`: the unit there); a lone surrogate is its own code point, as under the /u flag. */
function codePointAt(text: string, i: number, c: number): number {
  return c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1)) ? text.codePointAt(i) as number : c;
}
