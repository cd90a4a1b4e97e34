/**
 * One linear pass over a text finding every occurrence of a fixed set of ASCII keywords,
 * case-insensitively. Each keyword's first three characters form a trigram; a 2^21-bit table
 * tells in O(1) whether the trigram ending at the current position starts any keyword, and only
 * then are the candidate keywords (kept in a small hash table) compared. Cost is one table probe
 * per character.
 */
export class KeywordScanner {
  readonly keywords: readonly string[];
  private readonly bits = new Uint32Array(1 << 16); // 2^21 bits, one per 7-bit trigram
  /** Trigrams that are whole keywords (3 characters): they need no fourth-character check. */
  private readonly shortBits = new Uint32Array(1 << 16);
  /** Hashed (trigram, fourth character) pairs of longer keywords: a second, cheap filter. */
  private readonly quadBits = new Uint32Array(1 << 13); // 2^18 bits
  /** Trigram → first entry + 1 (0: none); entries with the same trigram chain through `next`. */
  private readonly head = new Uint16Array(1 << 21);
  private readonly entryKeyword: Int32Array;
  private readonly entryNext: Int32Array;
  private static readonly LOWER: Uint8Array = (() => {
    const t = new Uint8Array(128);
    for (let c = 0; c < 128; c++) t[c] = c >= 65 && c <= 90 ? c + 32 : c;
    return t;
  })();

  constructor(keywords: readonly string[]) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    const n = this.keywords.length;
    if (n >= 0xffff) throw new RangeError(`too many keywords (${n}); at most 65534`);
    this.entryKeyword = new Int32Array(n);
    this.entryNext = new Int32Array(n);
    this.keywords.forEach((k, i) => {
      if (k.length < 3) throw new RangeError(`keyword "${k}" is shorter than 3 characters`);
      const g = ((k.charCodeAt(0) & 127) << 14) | ((k.charCodeAt(1) & 127) << 7) | (k.charCodeAt(2) & 127);
      (this.bits[g >>> 5] as number) |= 1 << (g & 31);
      if (k.length === 3) (this.shortBits[g >>> 5] as number) |= 1 << (g & 31);
      else {
        const q = KeywordScanner.quad(g, k.charCodeAt(3) & 127);
        (this.quadBits[q >>> 5] as number) |= 1 << (q & 31);
      }
      this.entryKeyword[i] = i;
      this.entryNext[i] = (this.head[g] as number) - 1;
      this.head[g] = i + 1;
    });
  }

  /** 18-bit hash of a trigram and the following (lower-cased ASCII) character. */
  private static quad(g: number, c: number): number {
    return (Math.imul(g, 0x9e3779b1) ^ (c << 11) ^ c) >>> 14;
  }

  /**
   * Finds every keyword occurrence. Returns a flat array `[keyword, start, keyword, start, ...]`
   * in text order (occurrences starting at the same position in keyword order).
   */
  scan(text: string): number[] {
    const out: number[] = [];
    const lower = KeywordScanner.LOWER;
    const bits = this.bits;
    const shortBits = this.shortBits;
    const quadBits = this.quadBits;
    const head = this.head;
    const eKw = this.entryKeyword;
    const eNext = this.entryNext;
    const kws = this.keywords;
    const n = text.length;
    // Non-ASCII characters never occur in keywords: they map to 0 and break trigrams.
    const c0 = text.charCodeAt(0);
    const c1 = text.charCodeAt(1);
    let g = ((c0 < 128 ? (lower[c0] as number) : 0) << 7) | (c1 < 128 ? (lower[c1] as number) : 0);
    for (let i = 2; i < n; i++) {
      const c = text.charCodeAt(i);
      g = ((g << 7) | (c < 128 ? (lower[c] as number) : 0)) & 0x1fffff;
      if (((bits[g >>> 5] as number) & (1 << (g & 31))) === 0) continue;
      // Second filter: a 3-character keyword, or (trigram, next character) of a longer one.
      if (((shortBits[g >>> 5] as number) & (1 << (g & 31))) === 0) {
        const c4 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        const q = KeywordScanner.quad(g, c4 < 128 ? (lower[c4] as number) : 0);
        if (((quadBits[q >>> 5] as number) & (1 << (q & 31))) === 0) continue;
      }
      const start = i - 2;
      for (let e = (head[g] as number) - 1; e >= 0; e = eNext[e] as number) {
        const k = eKw[e] as number;
        const kw = kws[k] as string;
        const len = kw.length;
        if (start + len > n) continue;
        let j = 3;
        while (j < len) {
          const t = text.charCodeAt(start + j);
          if ((t < 128 ? lower[t] : 0) !== kw.charCodeAt(j)) break;
          j++;
        }
        if (j === len) out.push(k, start);
      }
    }
    return out;
  }
}
