import type { FindingView } from "../../core/finding.js";

/** A span of the original text, UTF-16 indices, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A derived text (normalised, leet-folded or decoded) that detectors scan like the original,
 * with a way back: every span found in `text` maps to the span of the original that produced it.
 */
export interface TextView {
  readonly kind: Exclude<FindingView, "original">;
  readonly text: string;
  /** Map a non-empty span of `text` back to the original text; undefined when the span cannot be mapped. */
  toOriginal(start: number, end: number): Span | undefined;
}

/**
 * Builds a character-level view: each emitted view character remembers the original span it came from.
 * Characters removed from the original simply emit nothing, so a mapped span still covers them when they
 * sit between mapped characters (the obfuscated form is what `original.slice(start, end)` returns).
 */
export class CharViewBuilder {
  private parts: string[] = [];
  private srcStart: Int32Array;
  private srcEnd: Int32Array;
  private length = 0;

  constructor(capacityHint: number) {
    const cap = Math.max(16, capacityHint);
    this.srcStart = new Int32Array(cap);
    this.srcEnd = new Int32Array(cap);
  }

  /** Append `chars` (one or more UTF-16 units), all produced by original[start, end). */
  push(chars: string, start: number, end: number): void {
    const n = chars.length;
    if (n === 0) return;
    this.ensure(this.length + n);
    for (let k = 0; k < n; k++) {
      this.srcStart[this.length + k] = start;
      this.srcEnd[this.length + k] = end;
    }
    this.length += n;
    this.parts.push(chars);
  }

  /** Extend the original span of the last emitted character (used when collapsing whitespace runs). */
  extendLast(end: number): void {
    if (this.length > 0) this.srcEnd[this.length - 1] = end;
  }

  /** Number of view characters emitted so far. */
  get size(): number {
    return this.length;
  }

  /** The last emitted view character, or "" when nothing was emitted yet. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last === undefined ? "" : last.charAt(last.length - 1);
  }

  /** Replace the last emitted character (same original span), e.g. a collapsed " " upgraded to "\n". */
  replaceLastChar(ch: string): void {
    const i = this.parts.length - 1;
    const last = this.parts[i];
    if (last === undefined || last.length === 0) return;
    this.parts[i] = last.slice(0, -1) + ch;
  }

  build(kind: TextView["kind"]): TextView {
    const text = this.parts.join("");
    const starts = this.srcStart;
    const ends = this.srcEnd;
    const len = this.length;
    return {
      kind,
      text,
      toOriginal(start: number, end: number): Span | undefined {
        if (!(start >= 0 && end <= len && start < end)) return undefined;
        const s = starts[start];
        const e = ends[end - 1];
        if (s === undefined || e === undefined || e <= s) return undefined;
        return { start: s, end: e };
      },
    };
  }

  private ensure(needed: number): void {
    if (needed <= this.srcStart.length) return;
    let cap = this.srcStart.length * 2;
    while (cap < needed) cap *= 2;
    const s = new Int32Array(cap);
    s.set(this.srcStart);
    const e = new Int32Array(cap);
    e.set(this.srcEnd);
    this.srcStart = s;
    this.srcEnd = e;
  }
}

/** One decoded payload inside a segment view: its place in the view and the encoded run it came from. */
export interface Segment {
  viewStart: number;
  viewEnd: number;
  origStart: number;
  origEnd: number;
}

/** Separator between decoded payloads, so that a match cannot silently join two unrelated payloads. */
export const SEGMENT_SEPARATOR = "\n\n";

/**
 * Builds a view made of decoded payloads joined by SEGMENT_SEPARATOR. Any span inside a payload maps to
 * the whole encoded run in the original (the decoder does not keep finer offsets on purpose: the encoded
 * run is what a redactor must remove). A span crossing payloads maps to the union of their runs.
 */
export function buildSegmentView(
  kind: TextView["kind"],
  payloads: readonly { text: string; start: number; end: number }[],
): TextView {
  const segments: Segment[] = [];
  const parts: string[] = [];
  let pos = 0;
  for (const p of payloads) {
    if (parts.length > 0) {
      parts.push(SEGMENT_SEPARATOR);
      pos += SEGMENT_SEPARATOR.length;
    }
    segments.push({ viewStart: pos, viewEnd: pos + p.text.length, origStart: p.start, origEnd: p.end });
    parts.push(p.text);
    pos += p.text.length;
  }
  const text = parts.join("");
  return {
    kind,
    text,
    toOriginal(start: number, end: number): Span | undefined {
      if (!(start >= 0 && end <= text.length && start < end)) return undefined;
      let first: Segment | undefined;
      let last: Segment | undefined;
      for (const seg of segments) {
        if (seg.viewEnd <= start) continue;
        if (seg.viewStart >= end) break;
        first ??= seg;
        last = seg;
      }
      if (first === undefined || last === undefined) return undefined;
      return { start: first.origStart, end: last.origEnd };
    },
  };
}
