import { describe, expect, it } from "vitest";
import type { Detector } from "../../core/detector.js";
import { createCustomDetectors, MAX_MATCHES_PER_RULE } from "./custom-detectors.js";
import { compileCustomRules } from "./custom-rule.js";

const ctx = { direction: "request" as const };
function run(rules: unknown[], text: string): { start: number; end: number; type: string; value: string; detector: string }[] {
  const detectors: Detector[] = createCustomDetectors(compileCustomRules(rules));
  return detectors.flatMap((d) => d.detect({ text, context: ctx })).map((f) => ({ start: f.start, end: f.end, type: f.type, detector: f.detector, value: text.slice(f.start, f.end) }));
}

describe("custom rule detectors", () => {
  it.each([
    ["regex", [{ id: "t", pattern: "ACME-[0-9]{4}" }], "see ACME-1234 and ACME-99", [["ACME-1234", 4, 13]]],
    ["regex after astral chars (UTF-16 offsets)", [{ id: "t", pattern: "ACME-[0-9]{4}" }], "\u{1F600}\u00E9 ACME-1234", [["ACME-1234", 4, 13]]],
    ["case-insensitive flag", [{ id: "t", pattern: "acme-[0-9]{4}", flags: "i" }], "ACME-0001", [["ACME-0001", 0, 9]]],
    ["capture group span", [{ id: "t", pattern: "project=([a-z]+)", group: 1 }], "x project=falcon;", [["falcon", 10, 16]]],
    ["keywords whole words, case-insensitive", [{ id: "k", keywords: ["falcon", "red team"] }], "Falcon falconry RED  team redteam", [["Falcon", 0, 6], ["RED  team", 16, 25]]],
    ["keyword next to punctuation", [{ id: "k", keywords: ["falcon"] }], "(falcon), \u00E9falcon", [["falcon", 1, 7]]],
    [
      "keywords inside identifiers (snake_case, SCREAMING_CASE, camelCase), not inside words",
      [{ id: "k", keywords: ["falcon"] }],
      "falcon_lookup FALCON_API projectFalcon falconLookup falcons xfalcon",
      [["falcon", 0, 6], ["FALCON", 14, 20], ["Falcon", 32, 38], ["falcon", 39, 45]],
    ],
    ["case-sensitive keywords with empty flags", [{ id: "k", keywords: ["Falcon"], flags: "" }], "falcon Falcon", [["Falcon", 7, 13]]],
  ])("%s", (_name, rules, text, expected) => {
    expect(run(rules, text).map((f) => [f.value, f.start, f.end])).toEqual(expected);
  });

  it("reports the rule in the detector id and never the value in the explanation", () => {
    const detectors = createCustomDetectors(compileCustomRules([{ id: "acme", pattern: "secret-[0-9]+" }]));
    const [f] = detectors[0]?.detect({ text: "x secret-42", context: ctx }) ?? [];
    expect(f?.detector).toBe("custom.acme");
    expect(f?.explanation).not.toContain("secret-42");
  });

  it("hard negatives: no match, no findings", () => {
    expect(run([{ id: "k", keywords: ["falcon"] }, { id: "p", pattern: "ACME-[0-9]{4}" }], "falconry ACME-12 acme-1234")).toEqual([]);
  });

  it("bounds the number of matches per rule", () => {
    expect(run([{ id: "p", pattern: "x" }], "x".repeat(5000))).toHaveLength(MAX_MATCHES_PER_RULE);
  });

  it("a catastrophic pattern runs in bounded time on re2", () => {
    const text = `${"a".repeat(50_000)}!`;
    const t0 = performance.now();
    const found = run([{ id: "evil", pattern: "(a+)+$" }, { id: "evil2", pattern: "(a|aa)+b" }, { id: "evil3", pattern: "(.*a){20}" }], text);
    const ms = performance.now() - t0;
    expect(found.filter((f) => f.type === "EVIL")).toEqual([]);
    expect(ms).toBeLessThan(1000);
  });
});
