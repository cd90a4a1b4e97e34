import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { generateDataset } from "../../bench/scan/generate-dataset.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dir = mkdtempSync(join(tmpdir(), "warden-scan-mem-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("warden scan in bounded memory", () => {
  it("streams an 18 MB JSONL dataset and an 8 MB single-line file with the main heap capped at 64 MB", () => {
    const data = join(dir, "data");
    const d = generateDataset(data, 18e6, { only: "jsonl", every: 200 });
    // A pathological file: one 8 MB line with no line break, a secret at its very end.
    const aws = "AKIA2FCZOR5QFQMAVUNY";
    writeFileSync(join(data, "one-line.txt"), `${"lorem ipsum ".repeat(8e6 / 12)} aws_access_key_id=${aws}`);
    const report = join(dir, "report.json");
    // As UTF-16 strings the dataset alone (36 MB) would not fit in the capped heap next to the code (~33 MB live):
    // the scan can only finish if it streams. Secret detectors only, to keep the test fast.
    const r = spawnSync(process.execPath, ["--max-old-space-size=64", "--import", "tsx", join(ROOT, "bench/scan/scan-child.ts"), data, "--format", "json", "--output", report, "--jobs", "1", "--enable", "secret", "--max-record-mb", "1"], {
      cwd: ROOT,
      env: { ...process.env, WARDEN_SCAN_WORKER_HEAP_MB: "64" },
      encoding: "utf8",
      timeout: 120_000,
    });
    const stats = JSON.parse(r.stderr.trim().split("\n").at(-1) as string) as { code: number; maxRssMb: number; ms: number };
    expect(stats.code).toBe(1); // finished, with findings
    const out = JSON.parse(readFileSync(report, "utf8"));
    const chat = out.files.find((f: { display: string }) => f.display.endsWith("chat.jsonl"));
    expect(chat.bytes).toBe(d.bytes);
    expect(chat.records).toBe(readFileSync(join(data, "chat.jsonl"), "utf8").split("\n").length - 1);
    expect(chat.findings).toBeGreaterThanOrEqual(Math.floor((d.planted["chat.jsonl"] as number) / 4));
    const last = out.findings.find((f: { file: string }) => f.file.endsWith("one-line.txt"));
    expect(last).toMatchObject({ line: 1, type: "aws-access-key-id" });
    expect(last.column).toBeGreaterThan(7_900_000);
    // Peak RSS of the whole process (main thread and worker): code, two heaps, I/O buffers; not the data.
    expect(stats.maxRssMb).toBeLessThan(450);
    console.log(`bounded-memory: ${((d.bytes + 8e6) / 1e6).toFixed(0)} MB in ${stats.ms} ms, peak RSS ${stats.maxRssMb} MB`);
  }, 120_000);
});
