import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { makeFixture, V } from "./scan-fixture.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// dist/ is built by `npm run build` (and by `prepare`, so in CI after `npm ci`).
const built = existsSync(join(ROOT, "dist", "scan", "scan-worker.js")) && existsSync(join(ROOT, "dist", "cli", "main.js"));
const dir = makeFixture();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!built)("the built CLI (bin/warden.js, dist/): worker threads load the compiled worker", () => {
  it("scans with two workers, writes SARIF and a redacted copy", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "warden.js"), "scan", "data", "--jobs", "2", "--format", "sarif", "--output", "out.sarif", "--redact-to", "clean", "--fail-on", "secret"], { cwd: dir, encoding: "utf8", timeout: 60_000 });
    expect(r.status, r.stderr).toBe(1);
    const log = JSON.parse(readFileSync(join(dir, "out.sarif"), "utf8"));
    const ids = log.runs[0].results.map((x: { ruleId: string }) => x.ruleId);
    expect(ids).toContain("secret/aws-access-key-id");
    expect(ids).toContain("pii/EMAIL_ADDRESS");
    expect(readFileSync(join(dir, "clean", "chat.jsonl"), "utf8")).not.toContain(V.email);
  });
});
