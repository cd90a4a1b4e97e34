/**
 * Shannon entropy of a string in bits per character (0 for empty input).
 * Used to tell random-looking secrets from words, identifiers and placeholders.
 */
export function shannonEntropy(value: string): number {
  const n = value.length;
  if (n === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const k of counts.values()) {
    const p = k / n;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Number of distinct UTF-16 code units in a string. */
export function distinctChars(value: string): number {
  const seen = new Uint32Array(4); // ASCII bitmap; other characters counted through a Set
  let count = 0;
  let other: Set<number> | undefined;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 128) {
      const bit = 1 << (c & 31);
      const w = c >>> 5;
      if (((seen[w] as number) & bit) === 0) {
        (seen[w] as number) |= bit;
        count++;
      }
    } else {
      other ??= new Set();
      if (!other.has(c)) {
        other.add(c);
        count++;
      }
    }
  }
  return count;
}

/** Character-class composition of a value: which of lower/upper/digit/symbol it uses. */
export interface CharMix {
  lower: boolean;
  upper: boolean;
  digit: boolean;
  symbol: boolean;
  /** How many of the four classes occur. */
  classes: number;
}

/** Which character classes a value mixes; random tokens usually mix at least two. */
export function charMix(value: string): CharMix {
  let lower = false;
  let upper = false;
  let digit = false;
  let symbol = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = true;
    else if (c >= 65 && c <= 90) upper = true;
    else if (c >= 48 && c <= 57) digit = true;
    else symbol = true;
  }
  return { lower, upper, digit, symbol, classes: +lower + +upper + +digit + +symbol };
}
