import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { AuditLog } from "../../src/record/audit-log.js";
import { tempDir } from "../support/test-gateway.js";
import { appendMany } from "./support.js";

const dir = tempDir("warden-audit-cli-");
const dataDir = join(dir, "data");
const configFile = join(dir, "warden.yaml");

/** Run the CLI in-process; returns its exit code and what it wrote. */
async function warden(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  try {
    const code = await main(["node", "warden", ...args]);
    return { code, stdout, stderr };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

beforeAll(async () => {
  writeFileSync(configFile, `dataDir: ${dataDir}\nlogging: { level: silent }\n`);
  const log = AuditLog.openSqlite({ dataDir, checkpointIntervalMs: 0 });
  await appendMany(log, 6, "t1");
  await log.append({ kind: "response", requestId: "r2", time: 1_700_000_000_100, tenant: "t1", app: "a1", keyId: "k1", meta: { status: 200, model: "demo" }, payload: { ok: true } });
  await appendMany(log, 2, "t2", "s");
  await log.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const db = () => new Database(join(dataDir, "audit.db"));

describe("warden audit", () => {
  it("verify: exit 0 on an intact log", async () => {
    const r = await warden("audit", "verify", "-c", configFile);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^OK: 9 records/);
  });

  it("search by tenant and by request id", async () => {
    const t2 = await warden("audit", "search", "--tenant", "t2", "-c", configFile);
    expect(t2.stdout.trim().split("\n")).toHaveLength(2);
    const r2 = await warden("audit", "search", "--request-id", "r2", "--json", "-c", configFile);
    const rows = r2.stdout.trim().split("\n").map((l) => JSON.parse(l) as { requestId: string; kind: string; hash: string });
    expect(rows.map((r) => [r.requestId, r.kind])).toEqual([
      ["r2", "request"],
      ["r2", "response"],
    ]);
    const timed = await warden("audit", "search", "--from", "1700000000003", "--to", new Date(1_700_000_000_005).toISOString(), "--tenant", "t1", "-c", configFile);
    expect(timed.stdout.trim().split("\n")).toHaveLength(2);
  });

  it("export --format jsonl (each record with its request id), --decrypt (recorded as an admin event), csv", async () => {
    const plain = await warden("audit", "export", "--format", "jsonl", "--tenant", "t1", "-c", configFile);
    const rows = plain.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(7);
    for (const r of rows) expect(r["requestId"]).toMatch(/^r\d$/);
    expect(plain.stdout).not.toContain("hello");

    const dec = await warden("audit", "export", "--decrypt", "--request-id", "r3", "-c", configFile);
    const [row] = dec.stdout.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(row?.["payload"]).toEqual({ messages: [{ role: "user", content: "hello 3" }] });

    const admin = await warden("audit", "search", "--json", "-c", configFile);
    const events = admin.stdout.trim().split("\n").map((l) => JSON.parse(l) as { kind: string; meta: { event?: string; decrypt?: boolean } });
    expect(events.filter((e) => e.kind === "admin").map((e) => [e.meta.event, e.meta.decrypt])).toEqual([
      ["audit.export", false],
      ["audit.export", true],
    ]);

    const csv = await warden("audit", "export", "--format", "csv", "--request-id", "r2", "-c", configFile);
    const lines = csv.stdout.trim().split("\n");
    expect(lines[0]).toBe("seq,kind,requestId,time,tenant,app,keyId,event,status,model,errorCode,hash");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^7,response,r2,.*,t1,a1,k1,,200,demo,,[0-9a-f]{64}$/);
  });

  it("prove REQUEST_ID, then verify-proof offline; a doctored proof fails", async () => {
    const proofFile = join(dir, "proof.json");
    const p = await warden("audit", "prove", "r2", "-o", proofFile, "-c", configFile);
    expect(p.code).toBe(0);
    const ok = await warden("audit", "verify-proof", proofFile);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^OK: 2 record\(s\) of request r2/);

    const proof = JSON.parse(readFileSync(proofFile, "utf8")) as { entries: { meta: string }[] };
    (proof.entries[1] as { meta: string }).meta = '{"status":500,"model":"demo"}';
    writeFileSync(proofFile, JSON.stringify(proof));
    const bad = await warden("audit", "verify-proof", proofFile);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/INVALID: record 7 \(response\) is not included/);
  });

  it("consistency: an exported checkpoint's log is a prefix of today's; a changed old hash is refused, a doctored proof fails", async () => {
    const oldFile = join(dir, "old-checkpoint.json");
    expect((await warden("audit", "checkpoint", "-o", oldFile, "-c", configFile)).code).toBe(0);
    const log = AuditLog.openSqlite({ dataDir, checkpointIntervalMs: 0 });
    await appendMany(log, 3, "t3", "c");
    await log.close();
    const proofFile = join(dir, "consistency.json");
    expect((await warden("audit", "consistency", oldFile, "-o", proofFile, "-c", configFile)).code).toBe(0);
    const ok = await warden("audit", "verify-consistency", proofFile);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^OK: the log of \d+ records is a prefix of the log of \d+ records/);

    const d = db();
    const saved = (d.prepare("SELECT hash FROM audit_entries WHERE seq = 2").get() as { hash: Buffer }).hash;
    d.prepare("UPDATE audit_entries SET hash = randomblob(32) WHERE seq = 2").run();
    d.close();
    const badFile = join(dir, "consistency-bad.json");
    // the log no longer extends the old checkpoint: no proof is written, the command fails saying why
    const refused = await warden("audit", "consistency", oldFile, "-o", badFile, "-c", configFile);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not an extension of the old checkpoint/);
    expect(existsSync(badFile)).toBe(false);
    // a proof doctored offline still fails its check
    const doctored = JSON.parse(readFileSync(proofFile, "utf8")) as { proof: string[] };
    doctored.proof[0] = "00".repeat(32);
    writeFileSync(badFile, JSON.stringify(doctored));
    const bad = await warden("audit", "verify-consistency", badFile);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/INVALID: .*not a prefix/);
    const d2 = db();
    d2.prepare("UPDATE audit_entries SET hash = ? WHERE seq = 2").run(saved);
    d2.prepare("DELETE FROM audit_checkpoints WHERE seq > ?").run((JSON.parse(readFileSync(oldFile, "utf8")) as { seq: number }).seq);
    d2.close();
  });

  it("checkpoint export, then tampering and truncation make verify fail naming the record", async () => {
    const cpFile = join(dir, "checkpoint.json");
    expect((await warden("audit", "checkpoint", "-o", cpFile, "-c", configFile)).code).toBe(0);
    const cp = JSON.parse(readFileSync(cpFile, "utf8")) as { seq: number };
    expect((await warden("audit", "verify", "--checkpoint", cpFile, "-c", configFile)).code).toBe(0);

    const d = db();
    d.prepare("DELETE FROM audit_entries WHERE seq >= ?").run(cp.seq - 1);
    d.prepare("DELETE FROM audit_checkpoints").run();
    d.close();
    expect((await warden("audit", "verify", "-c", configFile)).code).toBe(0); // nothing inside shows it...
    const cut = await warden("audit", "verify", "--checkpoint", cpFile, "-c", configFile);
    expect(cut.code).toBe(1); // ...the exported checkpoint does
    expect(cut.stdout).toMatch(new RegExp(`^FAILED at record ${cp.seq - 1}: .*truncated`));

    const d2 = db();
    d2.prepare("UPDATE audit_entries SET tenant = 'evil' WHERE seq = 3").run();
    d2.close();
    const mod = await warden("audit", "verify", "-c", configFile);
    expect(mod.code).toBe(1);
    expect(mod.stdout).toMatch(/^FAILED at record 3 \(request r3\): hash does not match/);
  });
});

describe("warden audit purge / rotate-kek", () => {
  it("purge applies audit.retention and is recorded; rotate-kek re-wraps; verify stays green", async () => {
    const d = join(dir, "data2");
    const kek1 = join(dir, "kek1");
    const kek2 = join(dir, "kek2");
    writeFileSync(kek1, randomBytes(32).toString("base64"));
    writeFileSync(kek2, randomBytes(32).toString("hex"));
    const cfg = (kek: string) => {
      const f = join(dir, `w-${kek.slice(-4)}.yaml`);
      writeFileSync(f, `dataDir: ${d}\nlogging: { level: silent }\naudit:\n  kek: { file: ${kek} }\n  retention: { payloadDays: 30, legalHolds: [held] }\n`);
      return f;
    };
    const log = AuditLog.openSqlite({ dataDir: d, kek: { file: kek1 }, checkpointIntervalMs: 0 });
    await appendMany(log, 3, "old");
    await appendMany(log, 2, "held", "h");
    await log.close();

    const p = await warden("audit", "purge", "-c", cfg(kek1));
    expect(p.code).toBe(0);
    expect(p.stdout).toMatch(/payload\t\*\tbefore .*\t3 purged/);
    const exported = await warden("audit", "export", "--decrypt", "-c", cfg(kek1));
    const rows = exported.stdout.trim().split("\n").map((l) => JSON.parse(l) as { requestId: string; payload?: unknown; kind: string });
    expect(rows.filter((r) => r.kind === "request" && r.payload !== undefined).map((r) => r.requestId)).toEqual(["h1", "h2"]);

    const r = await warden("audit", "rotate-kek", "--new-kek-file", kek2, "-c", cfg(kek1));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/re-wrapped 2 data key/);
    const after = await warden("audit", "export", "--decrypt", "--request-id", "h2", "-c", cfg(kek2));
    expect((JSON.parse(after.stdout.trim()) as { payload: unknown }).payload).toEqual({ messages: [{ role: "user", content: "hello 2" }] });
    const events = (await warden("audit", "search", "--json", "-c", cfg(kek2))).stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { kind: string; meta: { event?: string } })
      .filter((e) => e.kind === "admin")
      .map((e) => e.meta.event);
    expect(events).toEqual(["audit.purge", "audit.export", "audit.kek.rotated", "audit.export"]);
    expect((await warden("audit", "verify", "-c", cfg(kek2))).code).toBe(0);
  });
});
