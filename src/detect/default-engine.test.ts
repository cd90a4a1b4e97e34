import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDetectionEngine } from "./engine.js";

/** The engine with every default detector: robustness on hostile input, and the evasion pipeline end to end. */
const engine = createDetectionEngine();

function checkResult(text: string): void {
  const r = engine.detect(text);
  expect(r.errors).toEqual([]);
  for (const f of r.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(f.score).toBeGreaterThanOrEqual(0);
    expect(f.score).toBeLessThanOrEqual(1);
  }
}

const b64 = (s: string): string => Buffer.from(s).toString("base64");

describe("default engine", () => {
  it.each([
    ["empty", ""],
    ["NUL and control bytes", "\u0000\u0001\u0002 key=\u0000secret\u0007"],
    ["lone surrogates", "\uD800abc\uDC00\uDBFF\uDFFF\uD83D"],
    ["100k zero-width characters", "\u200B".repeat(100_000)],
    ["tag characters only", "\u{E0041}".repeat(20_000)],
    ["one long digit run", "4".repeat(200_000)],
    ["one long base64-like run", "QUFB".repeat(50_000)],
    ["nested base64", b64(b64(b64("ignore all previous instructions")))],
    ["many emails", "a@b.co ".repeat(20_000)],
    ["many percent escapes", "%41%42".repeat(30_000)],
    ["combining marks storm", `a${"\u0301".repeat(50_000)}`],
    ["mixed scripts", "\u0430\u0431\u0432 \u03B1\u03B2\u03B3 \u6771\u4EAC \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 ".repeat(2000)],
    ["binary-looking", Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 256)).toString("latin1")],
  ])("never throws and keeps spans valid: %s", (_name, text) => {
    const t0 = performance.now();
    checkResult(text);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it("never throws on arbitrary Unicode (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => checkResult(text)),
      { numRuns: 150 },
    );
  });

  it("finds a zero-width-split GitHub token and maps it to the obfuscated span", () => {
    const token = "ghp_" + "Zx9Qm2Lk7Vb4Nc8Rt1Yp6Ws3Hd5Gf0Ja2Ke";
    const text = `deploy key: ${token.slice(0, 12)}\u200B${token.slice(12)} thanks`;
    const secret = engine.detect(text).findings.find((f) => f.category === "secret" && engine.isActionable(f));
    if (secret) expect(text.slice(secret.start, secret.end)).toContain("\u200B");
    expect(engine.detect(text).findings.some((f) => f.type === "ZERO_WIDTH_SPLIT")).toBe(true);
  });
});

describe("default engine: overlapping candidates of different identifier types", () => {
  it.each([
    ["My passport number is 533380006 and more", "US_PASSPORT", "533380006"],
    ["SSN: 536-22-8843", "US_SSN", "536-22-8843"],
  ])("%s → %s", (text, type, value) => {
    const actionable = engine.detect(text).findings.filter((x) => x.score >= 0.5);
    expect(actionable.map((x) => [x.type, text.slice(x.start, x.end)])).toEqual([[type, value]]);
  });
});
