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

  /** Append original[from, to) unchanged, each character mapped to itself. */
  pushRange(text: string, from: number, to: number): void {
    const n = to - from;
    if (n <= 0) return;
    this.ensure(this.length + n);
    for (let k = 0; k < n; k++) {
      this.srcStart[this.length + k] = from + k;
      this.srcEnd[this.length + k] = from + k + 1;
    }
    this.length += n;
    this.parts.push(text.slice(from, to));
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

  /** Index of the part the next push writes (to rewrite it later with replacePart). */
  get nextPart(): number {
    return this.parts.length;
  }

  /** Rewrite an emitted part with as many characters, keeping their original spans. */
  replacePart(i: number, chars: string): void {
    const part = this.parts[i];
    if (part !== undefined && part.length === chars.length) this.parts[i] = chars;
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

/** Context kept on each side of a change when a view is cut down to windows (enough for labels and sentences). */
export const WINDOW_MARGIN = 256;

/**
 * Cut a view down to windows of ±`margin` characters around `points` (view indices, ascending), joined by
 * SEGMENT_SEPARATOR, so that a 1 MB document with one obfuscated word costs a rescan of ~half a kilobyte, not of
 * 1 MB. Returns `view` itself when the windows would cover half of it or more. Spans map through the window
 * offsets, then through `view`.
 */
export function windowedView(view: TextView, points: readonly number[], margin = WINDOW_MARGIN): TextView {
  const len = view.text.length;
  const wins: [number, number][] = [];
  for (const p of points) {
    const s = Math.max(0, p - margin);
    const e = Math.min(len, p + margin);
    const last = wins[wins.length - 1];
    if (last && s <= last[1] + margin) last[1] = Math.max(last[1], e);
    else wins.push([s, e]);
  }
  let covered = 0;
  for (const [s, e] of wins) covered += e - s;
  if (wins.length === 0 || covered * 2 >= len) return view;
  const parts: string[] = [];
  const starts: number[] = []; // view-of-windows index where each window starts
  let pos = 0;
  for (const [s, e] of wins) {
    if (parts.length > 0) {
      parts.push(SEGMENT_SEPARATOR);
      pos += SEGMENT_SEPARATOR.length;
    }
    starts.push(pos);
    parts.push(view.text.slice(s, e));
    pos += e - s;
  }
  const text = parts.join("");
  /** Full-view index of window-view index `i` (i inside a window), or -1 on a separator. */
  const toFull = (i: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= i) lo = mid;
      else hi = mid - 1;
    }
    const w = wins[lo] as [number, number];
    const off = i - (starts[lo] as number);
    return off < w[1] - w[0] ? w[0] + off : -1;
  };
  return {
    kind: view.kind,
    text,
    toOriginal(start: number, end: number): Span | undefined {
      if (!(start >= 0 && end <= text.length && start < end)) return undefined;
      let s = toFull(start);
      let e = toFull(end - 1);
      // A span starting or ending on a separator: move inwards to the nearest window character.
      for (let i = start + 1; s < 0 && i < end; i++) s = toFull(i);
      for (let i = end - 2; e < 0 && i >= start; i--) e = toFull(i);
      if (s < 0 || e < 0 || e < s) return undefined;
      return view.toOriginal(s, e + 1);
    },
  };
}
