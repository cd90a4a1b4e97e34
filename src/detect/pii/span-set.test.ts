import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { piiDetectors } from "./index.js";
import { SpanSet, type Span } from "./span-set.js";

// Detectors never make a span that ends before it starts; empty ones (about one in thirty here) they do.
const span = fc.tuple(fc.nat(2000), fc.nat(600)).map(([start, len]): Span => ({ start, end: start + Math.max(0, len - 20) }));

describe("SpanSet", () => {
  it("answers `some` and `within` as the list scans it replaces, through adds and deletes", () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), fc.array(span, { maxLength: 30 }), fc.array(fc.nat(59), { maxLength: 10 }), (spans, queries, drops) => {
        const set = new SpanSet(spans);
        const list = [...spans];
        for (const d of drops) {
          const s = list[d];
          if (!s) continue;
          expect(set.delete(s)).toBe(true);
          list.splice(d, 1);
        }
        for (const q of queries) {
          expect(set.some(q.start, q.end)).toBe(list.some((b) => q.start < b.end && b.start < q.end));
          const long = (b: Span): boolean => b.end - b.start > 100;
          expect(set.some(q.start, q.end, long)).toBe(list.some((b) => q.start < b.end && b.start < q.end && long(b)));
          const inside = list.filter((b) => b.start >= q.start && b.end <= q.end);
          expect(new Set(set.within(q.start, q.end))).toEqual(new Set(inside));
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** Texts dense in candidates that are each checked against the spans found before them. */
const UNITS: Record<string, (i: number) => string> = {
  csv: (i) => (i === 0 ? "name,city,email\n" : `${["Jane Doe", "Marta Kowalski", "Pierre Dubois"][i % 3]},${["Paris", "Leeds", "Lyon"][i % 3]},j${i}@acme.com\n`),
  addresses: (i) => `${100 + (i % 800)} Main Street, Springfield, IL 62704; Musterstraße ${1 + (i % 90)}, 10115 Berlin; `,
  form: (i) => `Name: ${["Jane Doe", "Marta Kowalski"][i % 2]}\nSurname: DUBOIS\n`,
};

describe("PII overlap checks stay local", () => {
  const detector = piiDetectors[0]!.build();
  const visits = (text: string): number => {
    SpanSet.visited = 0;
    detector.detect({ text, context: { direction: "request" } });
    return SpanSet.visited;
  };
  for (const [name, unit] of Object.entries(UNITS)) {
    it(`${name}: spans visited grow with the text, not with its square`, () => {
      const small = Array.from({ length: 300 }, (_, i) => unit(i)).join("");
      const big = Array.from({ length: 1200 }, (_, i) => unit(i)).join("");
      const s = visits(small);
      const b = visits(big);
      expect(s).toBeGreaterThan(0);
      // 4x the text: about 4x the visits (a scan of every span per candidate would be 16x)
      expect(b).toBeLessThanOrEqual(4.5 * s + 200);
    });
  }
});
