import { describe, expect, it } from "vitest";
import { createDetectionEngine } from "../engine.js";

const engine = createDetectionEngine();
const ssns = (text: string): string[] => engine.detect(text).findings.filter((f) => f.type === "US_SSN").map((f) => text.slice(f.start, f.end));

describe("spaced-out SSN", () => {
  it.each([
    ["my ssn is 5 3 6 - 2 2 - 1 4 5 6", "5 3 6 - 2 2 - 1 4 5 6"],
    ["Social security: 5 3 6 2 2 1 4 5 6.", "5 3 6 2 2 1 4 5 6"],
  ])("finds %j", (text, value) => {
    expect(ssns(text)).toContain(value);
  });

  it.each([
    ["no SSN label", "the numbers were 5 3 6 2 2 1 4 5 6 in that order"],
    ["an invalid area (000)", "ssn 0 0 0 2 2 1 4 5 6"],
    ["ten spaced digits", "ssn 5 3 6 2 2 1 4 5 6 7"],
  ])("reports nothing with %s", (_name, text) => {
    expect(ssns(text)).toEqual([]);
  });
});
