import { describe, expect, it } from "vitest";
import { confidentialMarkers } from "./confidential-marker-detector.js";

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
