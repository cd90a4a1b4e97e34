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

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

/**
 * Split `text` into segments: a boundary after every line break, after `.`, `!`, `?` (or `。`) followed by
 * whitespace, and at the last space before MAX_SEGMENT units. Segments without any letter or digit are dropped.
 * One linear pass; no regex.
 */
export function segmentText(text: string): Segments {
  const { cls } = foldTable();
  const n = text.length;
  let cap = Math.max(16, (n / 60) | 0);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let count = 0;
  let segStart = 0;
  let lastSpace = -1;
  let hasWord = false;

  const push = (s: number, e: number): void => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e <= s) return;
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
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let cut = -1;
    if (c === 0x0a || c === 0x0d) {
      cut = i + 1;
    } else if ((c === 0x2e || c === 0x21 || c === 0x3f) && i + 1 < n && isSpace(text.charCodeAt(i + 1))) {
      cut = i + 1;
    } else if (c === 0x3002) {
      cut = i + 1;
    } else if (isSpace(c)) {
      lastSpace = i;
    } else if (!hasWord && cls[c] === CLS_WORD) {
      hasWord = true;
    }
    if (cut < 0 && i + 1 - segStart >= MAX_SEGMENT) {
      cut = lastSpace > segStart + MIN_CUT ? lastSpace + 1 : i + 1;
      // Never cut between the halves of a surrogate pair.
      const prev = text.charCodeAt(cut - 1);
      if (prev >= 0xd800 && prev <= 0xdbff && cut < n) cut++;
    }
    if (cut >= 0) {
      if (hasWord) push(segStart, cut);
      segStart = cut;
      hasWord = false;
      lastSpace = -1;
      // Re-scan the part of the current run that now belongs to the next segment (only after a space cut).
      for (let j = cut; j <= i; j++) if (cls[text.charCodeAt(j)] === CLS_WORD) hasWord = true;
    }
  }
  if (segStart < n && hasWord) push(segStart, n);
  return { starts, ends, length: count };
}
