import { describe, expect, it } from "vitest";
import type { Finding } from "../core/finding.js";
import { compileAllowlist } from "./allowlist.js";
import { allowlistStep, defaultPostProcess, mergeStep, runPostProcess, sortStep, type PostProcessStep } from "./post-process.js";

const text = "bob@example.com and ops@example.com";
const f = (start: number, end: number, score = 0.9, type = "EMAIL_ADDRESS"): Finding => ({
  detector: "pii.email", category: "pii", type, start, end, score, explanation: "e-mail",
});
const ctx = { text, thresholds: { "*": 0.5 } };

describe("post-processing", () => {
  it("sorts with compareFindings", () => {
    expect(sortStep([f(20, 35), f(0, 15, 0.5), f(0, 15, 0.9, "A")], ctx).map((x) => [x.start, x.type, x.score])).toEqual([
      [0, "A", 0.9],
      [0, "EMAIL_ADDRESS", 0.5],
      [20, "EMAIL_ADDRESS", 0.9],
    ]);
  });

  it("allowlist step drops allowed values only", () => {
    const step = allowlistStep(compileAllowlist({ values: ["ops@example.com"] }));
    expect(step([f(0, 15), f(20, 35)], ctx).map((x) => x.start)).toEqual([0]);
  });

  it("default pipeline: allowlist, then merge, then sort; steps are pure", () => {
    const input = [f(20, 35), f(0, 10), f(5, 15, 0.95)];
    const copy = structuredClone(input);
    const out = runPostProcess(defaultPostProcess(compileAllowlist({ values: ["ops@example.com"] })), input, ctx);
    expect(out.map((x) => [x.start, x.end, x.score])).toEqual([[0, 15, 0.95]]);
    expect(input).toEqual(copy);
  });

  it("runs custom steps in order", () => {
    const order: string[] = [];
    const tag = (name: string): PostProcessStep => (fs) => {
      order.push(name);
      return [...fs];
    };
    runPostProcess([tag("a"), mergeStep, tag("b")], [], ctx);
    expect(order).toEqual(["a", "b"]);
  });
});
