import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanFiles } from "../../src/scan/scan-files.js";
import type { BatchRunner } from "../../src/scan/worker-pool.js";
import { createWorkerPool } from "../../src/scan/worker-pool.js";
import { walkFiles } from "../../src/scan/walk-files.js";

const setup = { engine: {}, categories: ["pii" as const, "secret" as const], excludeTypes: [], all: false, fingerprintKey: "" };

describe("worker pool failures", () => {
  it("a worker that cannot start fails its batches (no silent drop)", async () => {
    const pool = createWorkerPool({ ...setup, engine: { enable: ["no-such-detector"] } }, 1);
    try {
      await expect(pool.run({ seq: 0, file: "x", items: [{ kind: "text", text: "hello", line: 1, column: 1 }] })).rejects.toThrow(/cannot build the detection engine|no-such-detector/);
    } finally {
      await pool.close();
    }
  });

  // failAt 1: the copy's file is not even open yet; failAt 3 with big outputs: writes are still pending.
  it.each([
    { failAt: 1, out: "" },
    { failAt: 2, out: "" },
    { failAt: 3, out: "x".repeat(64 * 1024) },
  ])("a runner failure at batch $failAt leaves no partial redacted copy behind and no stray stream error", async ({ failAt, out: text }) => {
    const dir = mkdtempSync(join(tmpdir(), "warden-scan-fail-"));
    try {
      writeFileSync(join(dir, "a.txt"), "one\n".repeat(1000));
      writeFileSync(join(dir, "b.txt"), "two\n".repeat(1000));
      let calls = 0;
      const failing: BatchRunner = {
        capacity: 2,
        run: async (b) => {
          if (++calls === failAt) throw new Error("worker died");
          return { seq: b.seq, results: b.items.map(() => ({ findings: [], out: text })) };
        },
        close: async () => {},
      };
      const out = join(dir, "out");
      const { files } = walkFiles([dir], { ignore: ["out"] });
      await expect(scanFiles(files, { runner: failing, limits: { maxRecord: 1 << 20, batchChars: 1024 }, maxFindings: 10, outputPath: (t) => join(out, t.rel) })).rejects.toThrow("worker died");
      expect(readdirSync(out).filter((n) => n.includes(".partial-"))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
