/**
 * One linear pass over a text finding every occurrence of a fixed set of ASCII keywords,
 * case-insensitively. Each keyword's first three characters form a trigram; a 2^21-bit table
 * tells in O(1) whether the trigram ending at the current position starts any keyword, and only
 * then are the candidate keywords compared. Cost is one table probe per character.
 */
export class KeywordScanner {
  readonly keywords: readonly string[];
  private readonly bits = new Uint32Array(1 << 16); // 2^21 bits
  private readonly byTrigram = new Map<number, number[]>();
  private static readonly LOWER: Uint8Array = (() => {
    const t = new Uint8Array(128);
    for (let c = 0; c < 128; c++) t[c] = c >= 65 && c <= 90 ? c + 32 : c;
    return t;
  })();

  constructor(keywords: readonly string[]) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    this.keywords.forEach((k, i) => {
      if (k.length < 3) throw new RangeError(`keyword "${k}" is shorter than 3 characters`);
      const g = KeywordScanner.trigram(k.charCodeAt(0), k.charCodeAt(1), k.charCodeAt(2));
      (this.bits[g >>> 5] as number) |= 1 << (g & 31);
      const list = this.byTrigram.get(g);
      if (list) list.push(i);
      else this.byTrigram.set(g, [i]);
    });
  }

  private static trigram(a: number, b: number, c: number): number {
    return ((a & 127) << 14) | ((b & 127) << 7) | (c & 127);
  }

  /** Calls `onHit(keywordIndex, start)` for every occurrence, in text order. */
  scan(text: string, onHit: (keyword: number, start: number) => void): void {
    const lower = KeywordScanner.LOWER;
    const bits = this.bits;
    const n = text.length;
    let g = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      // Non-ASCII characters never occur in keywords: map them to 0 so they break trigrams.
      g = ((g << 7) | (c < 128 ? (lower[c] as number) : 0)) & 0x1fffff;
      if (i >= 2 && ((bits[g >>> 5] as number) & (1 << (g & 31))) !== 0) {
        const start = i - 2;
        const cands = this.byTrigram.get(g);
        if (cands === undefined) continue;
        for (const k of cands) {
          const kw = this.keywords[k] as string;
          if (start + kw.length > n) continue;
          let ok = true;
          for (let j = 3; j < kw.length; j++) {
            const t = text.charCodeAt(start + j);
            if ((t < 128 ? lower[t] : 0) !== kw.charCodeAt(j)) {
              ok = false;
              break;
            }
          }
          if (ok) onHit(k, start);
        }
      }
    }
  }
}
