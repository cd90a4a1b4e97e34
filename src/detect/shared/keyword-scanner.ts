/** Largest byte copy kept between scans (larger texts get their own). */
const MAX_SCRATCH = 1 << 16;

/**
 * One linear pass over a text finding every occurrence of a fixed set of ASCII keywords,
 * case-insensitively. The text is copied to bytes once (native) and read four characters at a time; per
 * position, the trigram starting there (letters folded by setting bit 5, so no table look-up is needed) is
 * hashed into a small bit table (L1-sized) that tells whether it may start a keyword;
 * for a trigram that is no whole keyword, a second bit table of hashed (trigram, next character) pairs must
 * agree. Only then are the keywords of that trigram's bucket compared exactly. The folding and hashing can let
 * a wrong trigram through (a filter), never drop a right one; the exact comparison decides. A keyword with a
 * non-ASCII character never matches (text characters outside ASCII compare as 0).
 */
export class KeywordScanner {
  readonly keywords: readonly string[];
  /** Hashed folded trigrams that start some keyword. */
  private readonly bits: Uint32Array;
  /** Hashed folded trigrams that are whole keywords (3 characters): they need no fourth-character check. */
  private readonly shortBits: Uint32Array;
  /** Hashed (folded trigram, folded fourth character) pairs of longer keywords. */
  private readonly quadBits: Uint32Array;
  private readonly bitsShift: number;
  private readonly quadShift: number;
  /** Hash bucket of the folded trigram → last keyword index + 1 (0: none); `next` chains to lower indices. */
  private readonly head: Uint32Array;
  private readonly headShift: number;
  private readonly next: Int32Array;
  /** Per keyword: start of its last reported occurrence in the current scan (see `scan`). */
  private readonly lastStart: Float64Array;
  /** Per keyword: 1 when it is one character repeated ("aaaa", "----"), the only keywords whose hits are thinned. */
  private readonly oneChar: Uint8Array;
  /** Reused byte copy of short texts (scans are synchronous, never re-entrant). */
  private scratch = new DataView(new ArrayBuffer(8192));
  /** Lower-case of each UTF-16 code unit for ASCII, 0 for anything else (no keyword holds a 0). */
  private static readonly LOWER: Uint8Array = (() => {
    const t = new Uint8Array(65536);
    for (let c = 1; c < 128; c++) t[c] = c >= 65 && c <= 90 ? c + 32 : c;
    return t;
  })();

  constructor(keywords: readonly string[]) {
    this.keywords = keywords.map((k) => k.toLowerCase());
    const n = this.keywords.length;
    // Tables sized to the keyword count: about 1 bit in 64 set in the filters, ~2 keywords per bucket.
    const log2 = (x: number): number => Math.ceil(Math.log2(Math.max(2, x)));
    const bitsLog = Math.min(24, Math.max(16, log2(n) + 6));
    const quadLog = Math.min(24, Math.max(18, log2(n) + 8));
    const headLog = Math.min(22, Math.max(12, log2(n) + 1));
    this.bits = new Uint32Array(1 << (bitsLog - 5));
    this.shortBits = new Uint32Array(1 << (bitsLog - 5));
    this.quadBits = new Uint32Array(1 << (quadLog - 5));
    this.head = new Uint32Array(1 << headLog);
    this.bitsShift = 32 - bitsLog;
    this.quadShift = 32 - quadLog;
    this.headShift = 32 - headLog;
    this.next = new Int32Array(n);
    this.lastStart = new Float64Array(n);
    this.oneChar = Uint8Array.from(this.keywords, (k) => ([...k].every((c) => c === k[0]) ? 1 : 0));
    this.keywords.forEach((k, i) => {
      if (k.length < 3) throw new RangeError(`keyword "${k}" is shorter than 3 characters`);
      const fold = (j: number): number => (k.charCodeAt(j) | 32) & 127;
      const f = fold(0) | (fold(1) << 8) | (fold(2) << 16);
      const q = Math.imul(f, 0x2545f491) >>> this.bitsShift;
      (this.bits[q >>> 5] as number) |= 1 << (q & 31);
      if (k.length === 3) (this.shortBits[q >>> 5] as number) |= 1 << (q & 31);
      else {
        const u = Math.imul(f | (fold(3) << 24), 0x9e3779b1) >>> this.quadShift;
        (this.quadBits[u >>> 5] as number) |= 1 << (u & 31);
      }
      const h = Math.imul(f, 0x9e3779b1) >>> this.headShift;
      this.next[i] = (this.head[h] as number) - 1;
      this.head[h] = i + 1;
    });
  }

  /**
   * Finds every keyword occurrence, except that a keyword made of one repeated character ("aaaa", "----") is not
   * reported again inside its own last reported occurrence. Returns a flat array `[keyword, start, keyword, start,
   * ...]` in text order (occurrences starting at the same position from the highest keyword index down).
   * In a run of such a character ("aaaaaaaa…") every len-th position is reported instead of every position, so a
   * 10 MB run of one letter does not make millions of hits. Readers lose nothing they use: the run is still covered
   * end to end, and a match that needs a boundary before the keyword (a provider prefix) can only start at the run's
   * first position, which is reported. Other self-overlapping keywords (" -u " in " -u -u ") keep every occurrence.
   */
  scan(text: string): number[] {
    const out: number[] = [];
    const n = text.length;
    if (n < 3) return out;
    this.lastStart.fill(-Infinity);
    // The text's code units as bytes (low byte of each: a filter key only), read four at a time.
    const size = (n + 8) & ~3;
    let view = this.scratch;
    if (view.byteLength < size) {
      view = new DataView(new ArrayBuffer(size));
      if (size <= MAX_SCRATCH) this.scratch = view;
    }
    Buffer.from(view.buffer, 0, n).write(text, 0, n, "latin1");
    view.setUint32(n, 0);
    const bits = this.bits;
    const shortBits = this.shortBits;
    const quadBits = this.quadBits;
    const bitsShift = this.bitsShift;
    const quadShift = this.quadShift;
    const last = n - 3;
    let w = view.getUint32(0, true) | 0x20202020;
    for (let p = 0; p <= last; p += 4) {
      const w2 = view.getUint32(p + 4, true) | 0x20202020;
      for (let o = 0; o < 4; o++) {
        // characters p+o .. p+o+3, folded (bit 5 set, bit 7 cleared)
        const x = (o === 0 ? w : (w >>> (8 * o)) | (w2 << (32 - 8 * o))) & 0x7f7f7f7f;
        const f = x & 0x7f7f7f;
        const q = Math.imul(f, 0x2545f491) >>> bitsShift;
        if (((bits[q >>> 5] as number) & (1 << (q & 31))) === 0) continue;
        if (((shortBits[q >>> 5] as number) & (1 << (q & 31))) === 0) {
          const u = Math.imul(x, 0x9e3779b1) >>> quadShift;
          if (((quadBits[u >>> 5] as number) & (1 << (u & 31))) === 0) continue;
        }
        if (p + o <= last) this.verify(text, p + o, f, out);
      }
      w = w2;
    }
    return out;
  }

  /** Exact, case-insensitive comparison of the keywords in `f`'s bucket at `start`; pushes the hits. */
  private verify(text: string, start: number, f: number, out: number[]): void {
    const lower = KeywordScanner.LOWER;
    const next = this.next;
    const kws = this.keywords;
    const n = text.length;
    const lastStart = this.lastStart;
    const a = lower[text.charCodeAt(start)] as number;
    const b = lower[text.charCodeAt(start + 1)] as number;
    const c = lower[text.charCodeAt(start + 2)] as number;
    for (let e = (this.head[Math.imul(f, 0x9e3779b1) >>> this.headShift] as number) - 1; e >= 0; e = next[e] as number) {
      const kw = kws[e] as string;
      const len = kw.length;
      if (this.oneChar[e] === 1 && start < (lastStart[e] as number) + len) continue;
      if (kw.charCodeAt(0) !== a || kw.charCodeAt(1) !== b || kw.charCodeAt(2) !== c || start + len > n) continue;
      let j = 3;
      while (j < len && lower[text.charCodeAt(start + j)] === kw.charCodeAt(j)) j++;
      if (j === len) {
        lastStart[e] = start;
        out.push(e, start);
      }
    }
  }
}
