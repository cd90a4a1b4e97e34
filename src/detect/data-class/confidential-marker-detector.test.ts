import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createSharedScan } from "../shared/shared-scan.js";
import { confidentialMarkers, MARKERS } from "./confidential-marker-detector.js";
import { CONFIDENTIAL_STEMS } from "./topic-words.js";

const d = confidentialMarkers.build();
const find = (text: string) =>
  d.detect({ text, context: { direction: "request" } }).map((f) => [text.slice(f.start, f.end), f.score] as const);

describe("confidential-marker detector", () => {
  it.each([
    ["header", "CONFIDENTIAL\nQ3 board deck", [["CONFIDENTIAL", 0.85]]],
    ["strictly confidential", "This memo is Strictly Confidential.", [["Strictly Confidential", 0.9]]],
    ["internal use only", "For internal use only - do not distribute", [["For internal use only", 0.85], ["do not distribute", 0.85]]],
    ["attorney-client", "Privileged: attorney-client privileged communication", [["attorney-client privileged", 0.9]]],
    ["classification label", "Classification: Restricted", [["Classification: Restricted", 0.9]]],
    ["not for distribution", "Draft, not for external distribution.", [["not for external distribution", 0.85]]],
    ["lower-case mention scores below threshold", "keep the details confidential please", [["confidential", 0.5]]],
  ])("%s", (_name, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it.each([
    ["unrelated", "The distribution of internal temperatures was restricted to a narrow band."],
    ["word parts", "confidentially speaking, internalonly is a variable"],
    ["no stems", "hello world"],
  ])("hard negative: %s", (_name, text) => {
    expect(find(text).filter(([, s]) => s >= 0.6)).toEqual([]);
  });
});

describe("markers tried at their start words only", () => {
  /** The plain form: every marker regex searched over the whole text (what the detector must still find). */
  function reference(text: string): [number, number, number][] {
    const out: [number, number, number][] = [];
    const taken: [number, number][] = [];
    if (!CONFIDENTIAL_STEMS.test(text)) return out;
    for (const [pattern, score] of MARKERS) {
      const re = new RegExp(pattern.source, pattern.flags);
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        out.push([start, end, score]);
      }
    }
    return out;
  }
  const spans = (text: string, shared?: boolean) =>
    d.detect({ text, context: { direction: "request" }, ...(shared ? { shared: createSharedScan(text) } : {}) }).map((f) => [f.start, f.end, f.score]);

  it("finds what a search of the whole text finds (property)", () => {
    const words = [...new Set(MARKERS.flatMap(([, , , w]) => w))];
    const pieces = [...words, "confidential", "CONFIDENTIAL", "RESTRICTED", "internal", "use", "only", "client", "privileged", "communication", "work product", "and", "&", "distribute", "external", "distribution", ": ", "secret", "an", "nda", "to", "know", "-", " ", " ", ".", "x", "\n"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), fc.boolean(), (parts, upper) => {
        const text = upper ? parts.join(" ").toUpperCase() : parts.join(" ");
        expect(spans(text)).toEqual(reference(text));
        expect(spans(text, true)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
