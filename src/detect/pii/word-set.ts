/**
 * A read-only set of strings kept as one line-separated string plus an open-addressing table of offsets into it.
 *
 * The gazetteers hold ~85,000 names. As `Set<string>`s built from parsed JSON arrays they cost ~6 MB of V8 heap
 * (one heap string and one table entry per name) and made start-up allocate enough long-lived objects for V8 to
 * grow its young generation; here each list is one string (~1 byte per character for Latin-1 lists) and one
 * `Int32Array` (8 bytes per entry at load factor 0.5). `has()` hashes the query's char codes (FNV-1a) and compares
 * in place: no allocation per lookup.
 */
export class WordSet implements Iterable<string> {
  readonly size: number;
  private readonly text: string;
  /** Slot → entry start offset + 1; 0 is an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `joined`: the entries separated by "\n" (no empty entries; duplicates are kept once). */
  constructor(joined: string) {
    this.text = joined;
    let n = 0;
    for (let i = 0; i < joined.length; i++) if (joined.charCodeAt(i) === 10) n++;
    if (joined.length > 0) n++;
    let cap = 8;
    while (cap < n * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    let size = 0;
    let start = 0;
    while (start < joined.length) {
      let end = joined.indexOf("\n", start);
      if (end < 0) end = joined.length;
      if (end > start && this.insert(start, end)) size++;
      start = end + 1;
    }
    this.size = size;
  }

  has(word: string): boolean {
    let slot = hashOf(word, 0, word.length) & this.mask;
    for (;;) {
      const at = this.slots[slot]!;
      if (at === 0) return false;
      if (this.entryIs(at - 1, word, 0, word.length)) return true;
      slot = (slot + 1) & this.mask;
    }
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const at of this.slots) {
      if (at === 0) continue;
      const end = this.text.indexOf("\n", at - 1);
      yield this.text.slice(at - 1, end < 0 ? this.text.length : end);
    }
  }

  private insert(start: number, end: number): boolean {
    let slot = hashOf(this.text, start, end) & this.mask;
    for (;;) {
      const at = this.slots[slot]!;
      if (at === 0) {
        this.slots[slot] = start + 1;
        return true;
      }
      if (this.entryIs(at - 1, this.text, start, end)) return false;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Whether the entry at `at` is exactly `s[from, to)` (a query with a line break in it is never an entry, so a query
   * cannot match across two entries).
   */
  private entryIs(at: number, s: string, from: number, to: number): boolean {
    const t = this.text;
    const n = to - from;
    if (at + n > t.length) return false;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(from + i);
      if (c === 10 || t.charCodeAt(at + i) !== c) return false;
    }
    return at + n === t.length || t.charCodeAt(at + n) === 10;
  }
}

/** FNV-1a over UTF-16 code units of s[from, to). */
function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
