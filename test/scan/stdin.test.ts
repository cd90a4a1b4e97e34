import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("warden scan -", () => {
  it("scans standard input in the forced format", () => {
    const input = `${JSON.stringify({ messages: [{ role: "user", content: "hi" }] })}\n${JSON.stringify({ prompt: "mail jane.doe@example.com" })}\n`;
    const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "bench/scan/scan-child.ts"), "-", "--input-format", "jsonl", "--format", "json"], { cwd: ROOT, input, encoding: "utf8", timeout: 60_000 });
    expect(r.status, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.files).toMatchObject([{ display: "(stdin)", format: "jsonl", records: 2 }]);
    expect(out.findings).toMatchObject([{ file: "(stdin)", line: 2, record: 2, field: "prompt", type: "EMAIL_ADDRESS" }]);
  });
});
