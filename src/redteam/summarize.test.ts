import { describe, expect, it } from "vitest";
import { parseThresholds } from "./summarize.js";

describe("parseThresholds", () => {
  it("parses categories, overall, percentages", () => {
    expect(parseThresholds("injection=0.1, leak=0,all=25%")).toEqual([
      { category: "injection", maxRate: 0.1 },
      { category: "leak", maxRate: 0 },
      { category: "overall", maxRate: 0.25 },
    ]);
  });
  it.each([
    ["injection", /not CATEGORY=RATE/],
    ["bogus=0.1", /unknown category 'bogus'/],
    ["leak=1.5", /between 0 and 1/],
    ["leak=-1", /not CATEGORY=RATE/],
  ])("%s is rejected", (spec, msg) => {
    expect(() => parseThresholds(spec)).toThrow(msg);
  });
});
