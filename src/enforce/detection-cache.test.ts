import { describe, expect, it } from "vitest";
import type { DetectionEngine, DetectionResult } from "../detect/engine.js";
import { DetectionCache } from "./detection-cache.js";

/** An engine stub that counts its calls and answers with the text's length. */
function countingEngine(): { engine: DetectionEngine; calls: () => number } {
  let n = 0;
  const engine = {
    detect(text: string): DetectionResult {
      n++;
      return { findings: [], errors: [], size: text.length } as unknown as DetectionResult;
    },
  } as unknown as DetectionEngine;
  return { engine, calls: () => n };
}

describe("DetectionCache", () => {
  it("answers a repeated text from the cache, per direction and role", () => {
    const cache = new DetectionCache();
    const { engine, calls } = countingEngine();
    const text = "please summarise the attached contract for me";
    cache.detect(engine, text, "request", "user");
    cache.detect(engine, text, "request", "user");
    expect(calls()).toBe(1);
    cache.detect(engine, text, "response", "assistant");
    expect(calls()).toBe(2);
  });

  it("tells large texts apart that differ in one character (the digest memo compares whole strings)", () => {
    const cache = new DetectionCache();
    const { engine, calls } = countingEngine();
    const big = "a".repeat(200_000);
    const other = `${"a".repeat(199_999)}b`;
    cache.detect(engine, big, "request", "user");
    expect(cache.has(engine, big, "request", "user")).toBe(true);
    expect(cache.has(engine, `${"a".repeat(100_000)}${"a".repeat(100_000)}`, "request", "user")).toBe(true); // an equal copy
    expect(cache.has(engine, other, "request", "user")).toBe(false);
    cache.detect(engine, other, "request", "user");
    cache.detect(engine, big, "request", "user");
    expect(calls()).toBe(2);
  });

  it("keeps results a detection thread made, but not results with errors", () => {
    const cache = new DetectionCache();
    const { engine, calls } = countingEngine();
    const text = "x".repeat(70_000);
    cache.put(engine, text, "request", "tool", { findings: [], errors: [{ detector: "d", code: "E", message: "m" }] } as unknown as DetectionResult);
    expect(cache.has(engine, text, "request", "tool")).toBe(false);
    cache.put(engine, text, "request", "tool", { findings: [], errors: [] } as unknown as DetectionResult);
    cache.detect(engine, text, "request", "tool");
    expect(calls()).toBe(0);
  });

  it("keeps recently used results and drops the least recently used once full (two generations of 2,048)", () => {
    const cache = new DetectionCache();
    const { engine, calls } = countingEngine();
    const text = (tag: string, i: number) => `${tag} prompt number ${i} of the eviction test`;
    for (let i = 0; i < 2048; i++) cache.detect(engine, text("a", i), "request", "user");
    cache.detect(engine, text("b", 0), "request", "user"); // the a-texts become the old generation
    cache.detect(engine, text("a", 0), "request", "user"); // a hit there: back to the young one
    expect(calls()).toBe(2049);
    for (let i = 1; i < 2048; i++) cache.detect(engine, text("b", i), "request", "user"); // the a-texts but a0 are dropped
    expect(calls()).toBe(4096);
    expect(cache.has(engine, text("a", 0), "request", "user")).toBe(true);
    expect(cache.has(engine, text("b", 2047), "request", "user")).toBe(true);
    expect(cache.has(engine, text("a", 1), "request", "user")).toBe(false);
    cache.detect(engine, text("a", 1), "request", "user");
    expect(calls()).toBe(4097);
  });
});
