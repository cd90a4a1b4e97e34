import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultModelDir, hashWeights, loadInjectionModel } from "./injection-model.js";

describe("shipped injection model", () => {
  it("loads, validates its checksum and stays compact", () => {
    const t0 = performance.now();
    const m = loadInjectionModel();
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(100);
    expect(m.weights.byteLength).toBeLessThanOrEqual(512 * 1024);
    expect(hashWeights(m.weights)).toBe(m.weightsSha256);
    expect(Number.isFinite(m.bias) && Number.isFinite(m.scale)).toBe(true);
  });

  it.each([
    ["a wrong checksum", (meta: Record<string, unknown>) => ({ ...meta, weightsSha256: "0".repeat(64) }), /checksum/],
    ["an unknown format", (meta: Record<string, unknown>) => ({ ...meta, format: "other/9" }), /format/],
    ["a size mismatch", (meta: Record<string, unknown>) => ({ ...meta, hashBits: 12 }), /size/],
  ])("rejects %s", (_name, mutate, message) => {
    const dir = mkdtempSync(join(tmpdir(), "warden-inj-"));
    const meta = JSON.parse(readFileSync(join(defaultModelDir(), "model.json"), "utf8")) as Record<string, unknown>;
    writeFileSync(join(dir, "model.json"), JSON.stringify(mutate(meta)));
    writeFileSync(join(dir, "weights.i8"), readFileSync(join(defaultModelDir(), "weights.i8")));
    expect(() => loadInjectionModel(dir)).toThrow(message);
  });
});
