/** A span with a start and an end offset (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

const SHIFT = 8;

/**
 * Spans found so far, asked "does any of them overlap [start, end)?" once per new candidate. `list.some(overlaps)`
 * costs O(spans) per question, O(n²) over a text dense with candidates (a CSV of 20,000 names, a page of addresses);
 * here spans are bucketed by start (256 characters a bucket) and a question looks only at the buckets a span
 * overlapping the range can start in (back by the longest span added), so it costs O(spans starting nearby).
 */
export class SpanSet<T extends Span = Span> {
  readonly #buckets: (T[] | undefined)[] = [];
  #maxLen = 0;
  /** Spans looked at by `some`, for tests asserting that queries stay local. */
  static visited = 0;

  constructor(spans: Iterable<T> = []) {
    for (const s of spans) this.add(s);
  }

  add(s: T): void {
    const b = Math.max(0, s.start) >> SHIFT;
    (this.#buckets[b] ??= []).push(s);
    if (s.end - s.start > this.#maxLen) this.#maxLen = s.end - s.start;
  }

  /** Remove `s` (by identity); false when it is not in the set. */
  delete(s: T): boolean {
    const list = this.#buckets[Math.max(0, s.start) >> SHIFT];
    const k = list ? list.indexOf(s) : -1;
    if (k < 0) return false;
    list!.splice(k, 1);
    return true;
  }

  /**
   * Whether a span overlapping [start, end) (and passing `pred`, when given) is in the set: one with
   * `s.start < end && start < s.end`, the test the detectors wrote, empty spans included.
   */
  some(start: number, end: number, pred?: (s: T) => boolean): boolean {
    const lo = Math.max(0, start - this.#maxLen) >> SHIFT;
    const hi = Math.min(this.#buckets.length - 1, Math.max(0, end - 1) >> SHIFT);
    for (let b = lo; b <= hi; b++) {
      const list = this.#buckets[b];
      if (!list) continue;
      SpanSet.visited += list.length;
      for (const s of list) if (s.start < end && start < s.end && (!pred || pred(s))) return true;
    }
    return false;
  }

  /** The spans lying within [start, end] (`s.start >= start && s.end <= end`). */
  within(start: number, end: number): T[] {
    const found: T[] = [];
    const hi = Math.min(this.#buckets.length - 1, Math.max(0, end) >> SHIFT);
    for (let b = Math.max(0, start) >> SHIFT; b <= hi; b++) {
      const list = this.#buckets[b];
      if (!list) continue;
      SpanSet.visited += list.length;
      for (const s of list) if (s.start >= start && s.end <= end) found.push(s);
    }
    return found;
  }
}
