import { foldTable } from "./fold-table.js";

/** Segments are sentences or lines, at most this many UTF-16 units (longer runs are cut at a space). */
export const MAX_SEGMENT = 400;
const MIN_CUT = 160;
const CLS_WORD = 3; // local copy, see featurizer.ts

/** Sentence/line segments of a text: parallel arrays of [start, end) in UTF-16 units, trimmed of whitespace. */
export interface Segments {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly length: number;
}

/** Whitespace test on the fold table's class (covers every Unicode space, not only ASCII). */
const CLS_SPACE = 1; // local copy, see featurizer.ts

/**
 * Split `text` into segments: a boundary after every line break, after `.`, `!`, `?` (or `。`) followed by
 * whitespace, and at the last space before MAX_SEGMENT units. Segments without any letter or digit are dropped.
 * One linear pass over char codes; no regex, no per-segment allocation beyond the growing result arrays.
 */
export function segmentText(text: string): Segments {
  const { cls } = foldTable();
  const n = text.length;
  let cap = Math.max(16, (n / 48) | 0);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let count = 0;
  let segStart = 0;
  let lastSpace = -1;
  let hasWord = false;

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const k = cls[c]!;
    let cut = -1;
    if (c === 0x0a || c === 0x0d) {
      cut = i + 1;
    } else if (k === CLS_SPACE) {
      lastSpace = i;
    } else if (k === CLS_WORD) {
      hasWord = true;
    } else if ((c === 0x2e || c === 0x21 || c === 0x3f) && i + 1 < n && cls[text.charCodeAt(i + 1)] === CLS_SPACE) {
      cut = i + 1;
    } else if (c === 0x3002) {
      cut = i + 1;
    }
    if (cut < 0 && i + 1 - segStart >= MAX_SEGMENT) {
      cut = lastSpace > segStart + MIN_CUT ? lastSpace + 1 : i + 1;
      // Never cut between the halves of a surrogate pair.
      const prev = text.charCodeAt(cut - 1);
      if (prev >= 0xd800 && prev <= 0xdbff && cut < n) cut++;
    }
    if (cut >= 0) {
      if (hasWord) {
        let s = segStart;
        let e = cut;
        while (s < e && cls[text.charCodeAt(s)] === CLS_SPACE) s++;
        while (e > s && cls[text.charCodeAt(e - 1)] === CLS_SPACE) e--;
        if (e > s) {
          if (count === cap) {
            cap *= 2;
            const ns = new Int32Array(cap);
            ns.set(starts);
            starts = ns;
            const ne = new Int32Array(cap);
            ne.set(ends);
            ends = ne;
          }
          starts[count] = s;
          ends[count] = e;
          count++;
        }
      }
      segStart = cut;
      hasWord = false;
      lastSpace = -1;
      // After a cut at a space, the rest of the current run belongs to the next segment.
      for (let j = cut; j <= i; j++) if (cls[text.charCodeAt(j)] === CLS_WORD) hasWord = true;
    }
  }
  if (segStart < n && hasWord) {
    let s = segStart;
    let e = n;
    while (s < e && cls[text.charCodeAt(s)] === CLS_SPACE) s++;
    while (e > s && cls[text.charCodeAt(e - 1)] === CLS_SPACE) e--;
    if (e > s) {
      if (count === cap) {
        const ns = new Int32Array(cap + 1);
        ns.set(starts);
        starts = ns;
        const ne = new Int32Array(cap + 1);
        ne.set(ends);
        ends = ne;
      }
      starts[count] = s;
      ends[count] = e;
      count++;
    }
  }
  return { starts, ends, length: count };
}
