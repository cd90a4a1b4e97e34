/**
 * Acceptance hunt 21, `warden audit consistency OLD.json` (issue 5 tamper evidence, docs/audit.md: "prints an RFC 6962
 * consistency proof that the log of the old (exported) checkpoint is a prefix of today's"). When it is not, because
 * the history before the old checkpoint was rewritten or the log replaced, the command must say so and fail (exit 1,
 * docs/audit.md "Exit codes": a check failed) instead of signing and writing a proof that cannot verify and exiting
 * 0 as if it had shown the log intact. Records are written through the audit log's API, the checkpoint exported and
 * the proof made and checked with the built CLI, the store edited by better-sqlite3.
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuditLog } from "../../src/record/audit-log.js";
import { tempDir } from "../support/test-gateway.js";

const BIN = join(import.meta.dirname, "../../bin/warden.js");
let dir = "";
let cfg = "";

function warden(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
/** `n` admin entries appended to the data directory's log, as a one-shot command writes them. */
async function writeRecords(n: number): Promise<void> {
  const log = AuditLog.openSqlite({ dataDir: dir, groupCommitMs: 0, checkpointIntervalMs: 0 });
  for (let i = 0; i < n; i++) await log.append({ kind: "admin", requestId: `ev-${i}`, time: Date.now(), tenant: "", app: "", keyId: "", meta: { event: "test.event", n: i } });
  await log.close();
}

beforeEach(async () => {
  dir = tempDir("warden-audit-hunt-21-consistency-");
  cfg = join(dir, "w.yaml");
  writeFileSync(cfg, `dataDir: ${dir}\n`);
  await writeRecords(4);
  const cp = warden("audit", "checkpoint", "-o", join(dir, "old.json"), "-c", cfg);
  expect(cp.code, cp.err).toBe(0);
  await writeRecords(2);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("warden audit consistency", () => {
  it("an intact log: exit 0, and the proof verifies offline", () => {
    const r = warden("audit", "consistency", join(dir, "old.json"), "-o", join(dir, "proof.json"), "-c", cfg);
    expect(r.code, r.err).toBe(0);
    const v = warden("audit", "verify-consistency", join(dir, "proof.json"));
    expect(v.code, v.out).toBe(0);
  });

  it("a stored hash before the old checkpoint rewritten: exit 1 naming the problem, no proof written", () => {
    const db = new Database(join(dir, "audit.db"));
    const other = db.prepare("SELECT hash FROM audit_entries WHERE seq = 3").get() as { hash: Buffer };
    db.prepare("UPDATE audit_entries SET hash = ? WHERE seq = 2").run(other.hash);
    db.close();
    const r = warden("audit", "consistency", join(dir, "old.json"), "-o", join(dir, "proof.json"), "-c", cfg);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not a prefix|does not extend|does not match/);
    expect(existsSync(join(dir, "proof.json"))).toBe(false);
  });

  it("the log replaced by another one (same signing key): exit 1, nothing on stdout that passes for a proof", async () => {
    for (const f of ["audit.db", "audit.db-wal", "audit.db-shm"]) rmSync(join(dir, f), { force: true });
    await writeRecords(7);
    const r = warden("audit", "consistency", join(dir, "old.json"), "-c", cfg);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/not a prefix|does not extend|does not match/);
  });
});
