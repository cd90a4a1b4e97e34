import { describe, expect, it } from "vitest";
import type { Finding } from "../core/finding.js";
import { DEFAULT_THRESHOLDS } from "./default-thresholds.js";
import { FALLBACK_THRESHOLD, isActionable, mergeThresholds, thresholdFor } from "./thresholds.js";

const f = (score: number, type = "EMAIL_ADDRESS", detector = "pii.email", category: Finding["category"] = "pii"): Finding => ({
  detector, category, type, start: 0, end: 1, score, explanation: "",
});

describe("thresholds", () => {
  it.each([
    ["type first", { EMAIL_ADDRESS: 0.8, "pii.email": 0.1, pii: 0.1 }, 0.8],
    ["then detector", { "pii.email": 0.7, pii: 0.1 }, 0.7],
    ["then category", { pii: 0.6, "*": 0.1 }, 0.6],
    ["then *", { "*": 0.3 }, 0.3],
    ["then fallback", {}, FALLBACK_THRESHOLD],
  ])("lookup: %s", (_name, t, expected) => {
    expect(thresholdFor(f(0.5), t)).toBe(expected);
  });

  it("isActionable is inclusive", () => {
    expect(isActionable(f(0.8), { EMAIL_ADDRESS: 0.8 })).toBe(true);
    expect(isActionable(f(0.79), { EMAIL_ADDRESS: 0.8 })).toBe(false);
  });

  it("merge: later wins, invalid values dropped", () => {
    expect(mergeThresholds({ a: 0.5, b: 0.2 }, { a: 0.9, c: 2, d: Number.NaN })).toEqual({ a: 0.9, b: 0.2 });
  });

  it("defaults cover the engine's own detectors", () => {
    expect(DEFAULT_THRESHOLDS.CONFIDENTIAL_MARKER).toBe(0.6);
    expect(DEFAULT_THRESHOLDS.evasion).toBe(0.5);
  });
});
