/** The leakage check's early-release point: hold only the tail that could still grow into a leak or a canary. */
import { describe, expect, it } from "vitest";
import { createLeakageDetector } from "../../src/enforce/leakage-detector.js";

const SYSTEM = "You are Orion, the support assistant of Acme Corp. Keep every reply under two hundred words.";

describe("LeakageDetector.pendingFrom", () => {
  it.each([
    { name: "no system prompt, no canary: nothing held", system: [], canaries: [], text: "hello there", held: "" },
    { name: "the longest suffix found in the system prompt (case and separators folded)", system: [SYSTEM], canaries: [], text: "ok then:  KEEP   every rep", held: "KEEP   every rep" },
    { name: "a suffix not in the prompt is released", system: [SYSTEM], canaries: [], text: "ok then: zzz", held: "" },
    { name: "a canary's beginning is held", system: [], canaries: ["BLUE-FALCON-42"], text: "the word is blue-fal", held: "blue-fal" },
    { name: "a whole canary is a finding, not pending", system: [], canaries: ["BLUE-FALCON-42"], text: "the word is BLUE-FALCON-42", held: "" },
  ])("$name", ({ system, canaries, text, held }) => {
    const d = createLeakageDetector(system, canaries, 40);
    expect(text.slice(d.pendingFrom(text))).toBe(held);
  });

  it("a leak in progress is held from where it starts, so no part of it is released before the block", () => {
    const d = createLeakageDetector([SYSTEM], [], 40);
    const text = "sure: the support assistant of Acme";
    expect(text.slice(d.pendingFrom(text))).toBe("the support assistant of Acme");
    expect(d.detect(`${text} Corp. Keep every reply`)).toHaveLength(1);
  });
});
