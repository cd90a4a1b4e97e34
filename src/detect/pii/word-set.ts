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
  /** The entries made of Latin-1 characters only (a one-byte string in V8), "\n"-separated. */
  private readonly text: string;
  /** The other entries, "\n"-separated. */
  private readonly wide: string;
  /** Slot → entry start offset + 1 in `text`, or −(offset + 1) in `wide`; 0 is an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `joined`: the entries separated by "\n" (no empty entries; duplicates are kept once). */
  constructor(joined: string) {
    // V8 stores a string with one character beyond Latin-1 at two bytes per character: the few entries that have one
    // (37 characters in the 477,000 of the first names) are kept apart, so the rest is stored at one byte each.
    const [narrow, wide] = splitByWidth(joined);
    this.text = narrow;
    this.wide = wide;
    const n = lineCount(narrow) + lineCount(wide);
    let cap = 8;
    while (cap < n * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = this.insertAll(narrow, 1) + this.insertAll(wide, -1);
  }

  has(word: string): boolean {
    let slot = hashOf(word, 0, word.length) & this.mask;
    for (;;) {
      const at = this.slots[slot]!;
      if (at === 0) return false;
      if (this.entryIs(at, word, 0, word.length)) return true;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * `has(titleCase(s.slice(from, to)))` for a word (no space in it), without making either string: the first
   * character is upper-cased in place when it is ASCII; any other first character takes the plain path (its upper
   * case may be longer, "ß" → "SS").
   */
  hasTitleCased(s: string, from: number, to: number): boolean {
    if (to <= from) return this.has("");
    const c = s.charCodeAt(from);
    if (c >= 128) return this.has(titleWordOf(s.slice(from, to)));
    const first = c >= 97 && c <= 122 ? c - 32 : c;
    let h = Math.imul(0x811c9dc5 ^ first, 0x01000193);
    for (let i = from + 1; i < to; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    let slot = (h >>> 0) & this.mask;
    for (;;) {
      const at = this.slots[slot]!;
      if (at === 0) return false;
      const t = at > 0 ? this.text : this.wide;
      const start = Math.abs(at) - 1;
      if (first !== 10 && t.charCodeAt(start) === first && this.entryIs(at + (at > 0 ? 1 : -1), s, from + 1, to)) return true;
      slot = (slot + 1) & this.mask;
    }
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const at of this.slots) {
      if (at === 0) continue;
      const t = at > 0 ? this.text : this.wide;
      const from = Math.abs(at) - 1;
      const end = t.indexOf("\n", from);
      yield t.slice(from, end < 0 ? t.length : end);
    }
  }

  /** Insert the entries of `t` (`sign` 1: `text`, −1: `wide`); returns how many were new. */
  private insertAll(t: string, sign: 1 | -1): number {
    let size = 0;
    let start = 0;
    while (start < t.length) {
      let end = t.indexOf("\n", start);
      if (end < 0) end = t.length;
      if (end > start && this.insert(t, start, end, sign)) size++;
      start = end + 1;
    }
    return size;
  }

  private insert(t: string, start: number, end: number, sign: 1 | -1): boolean {
    let slot = hashOf(t, start, end) & this.mask;
    for (;;) {
      const at = this.slots[slot]!;
      if (at === 0) {
        this.slots[slot] = sign * (start + 1);
        return true;
      }
      if (this.entryIs(at, t, start, end)) return false;
      slot = (slot + 1) & this.mask;
    }
  }

  /**
   * Whether the entry of slot value `slot` is exactly `s[from, to)` (a query with a line break in it is never an
   * entry, so a query cannot match across two entries).
   */
  private entryIs(slot: number, s: string, from: number, to: number): boolean {
    const t = slot > 0 ? this.text : this.wide;
    const at = Math.abs(slot) - 1;
    const n = to - from;
    if (at + n > t.length) return false;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(from + i);
      if (c === 10 || t.charCodeAt(at + i) !== c) return false;
    }
    return at + n === t.length || t.charCodeAt(at + n) === 10;
  }
}

function lineCount(t: string): number {
  let n = t.length > 0 ? 1 : 0;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * `joined`'s entries split into those of Latin-1 characters only, as a one-byte string, and the others. Parts cut
 * from a two-byte string stay two-byte in V8 even when each character would fit a byte, so the narrow part is
 * re-read from Latin-1 bytes.
 */
function splitByWidth(joined: string): [narrow: string, wide: string] {
  const beyond = /[^\u0000-\u00ff]/g;
  if (!beyond.test(joined)) return [joined, ""];
  // Few entries are wide: the narrow part is built from the runs between them, not entry by entry.
  const runs: string[] = [];
  const wide: string[] = [];
  let from = 0;
  beyond.lastIndex = 0;
  for (let m = beyond.exec(joined); m; m = beyond.exec(joined)) {
    const start = joined.lastIndexOf("\n", m.index) + 1;
    let end = joined.indexOf("\n", m.index);
    if (end < 0) end = joined.length;
    if (start > from) runs.push(joined.slice(from, start - 1));
    wide.push(joined.slice(start, end));
    from = end + 1;
    beyond.lastIndex = from;
  }
  if (from < joined.length) runs.push(joined.slice(from));
  return [Buffer.from(runs.join("\n"), "latin1").toString("latin1"), wide.join("\n")];
}

/** `w` with its first character upper-cased (the non-ASCII case of `titleCase` in gazetteers.ts). */
function titleWordOf(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
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
