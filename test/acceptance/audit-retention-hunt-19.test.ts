/**
 * Acceptance hunt 19, retention and shredding of what the built gateway recorded (issue 5: "retention periods per
 * data class and tenant, and legal holds"; "destroying a tenant's data key makes its payloads unreadable while the
 * chain still verifies"). Three tenants call through `warden serve` with the `openai` SDK under the default policy;
 * then `warden audit purge` and `warden audit shred` are run, and the result is read back with `warden audit export
 * --decrypt`, `search` and `verify` only.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/test-gateway.js";

const BIN = join(import.meta.dirname, "../../bin/warden.js");
const CARD = "4111 1111 1111 1111";
let dir = "";
let cfg = "";
let child: ChildProcess | undefined;

function warden(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args, "-c", cfg], { encoding: "utf8", timeout: 20_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
type Row = { kind: string; requestId: string; tenant: string; meta: Record<string, unknown>; payload?: unknown; original?: unknown; originalDigest?: string | null; shredded?: boolean };
function exported(...filters: string[]): Row[] {
  const r = warden("audit", "export", "--format", "jsonl", "--decrypt", ...filters);
  expect(r.code, r.err).toBe(0);
  return r.out
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Row);
}

function serve(): Promise<string> {
  const proc = spawn(process.execPath, [BIN, "serve", "-c", cfg], { stdio: ["ignore", "pipe", "pipe"] });
  child = proc;
  let out = "";
  return new Promise((resolve, reject) => {
    proc.stdout?.on("data", (b: Buffer) => {
      out += b.toString("utf8");
      const m = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    proc.on("exit", (code) => reject(new Error(`warden serve exited with ${String(code)}: ${out}`)));
  });
}

const tiny = 0.000005; // under half a second
beforeAll(async () => {
  dir = tempDir("warden-retention-hunt-19-");
  cfg = join(dir, "w.yaml");
  writeFileSync(
    cfg,
    JSON.stringify({
      dataDir: dir,
      listen: { host: "127.0.0.1", port: 0 },
      providers: { demo: { type: "demo" } },
      routes: [{ models: ["*"], provider: "demo" }],
      audit: { retention: { tenants: { t2: { payloadDays: tiny } }, dataClasses: { PCI: { payloadDays: tiny } }, legalHolds: ["t3"], purgeIntervalMs: 0 } },
    }),
  );
  const keys: Record<string, string> = {};
  for (const t of ["t1", "t2", "t3"]) {
    const made = warden("keys", "create", "--tenant", t, "--app", "a1");
    expect(made.code, made.err).toBe(0);
    keys[t] = made.out.trim().split("\n").at(-1) ?? "";
  }
  const url = await serve();
  const ask = async (tenant: string, id: string, content: string) => {
    const client = new OpenAI({ apiKey: keys[tenant] ?? "", baseURL: `${url}/v1`, maxRetries: 0 });
    const r = await client.chat.completions.create({ model: "demo-1", messages: [{ role: "user", content }] }, { headers: { "x-request-id": id } });
    expect(r.choices.length).toBe(1);
  };
  await ask("t1", "t1-plain", "What is the capital of France?");
  await ask("t1", "t1-card", `Charge my card ${CARD} please`);
  await ask("t2", "t2-plain", "What is the capital of Spain?");
  await ask("t3", "t3-card", `Charge my card ${CARD} please`);
  const exited = new Promise((r) => child?.once("exit", r));
  child?.kill("SIGTERM");
  await exited;
  await new Promise((r) => setTimeout(r, 600)); // past the short periods
}, 30_000);
afterAll(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe("retention per data class and tenant, with a legal hold", () => {
  it("purge removes exactly the payloads (and originals) whose period ran out, records itself, and verify stays green", () => {
    const before = exported("--request-id", "t1-card");
    expect(before[0]?.originalDigest).toMatch(/^[0-9a-f]{64}$/); // the card was changed by the policy: an original kept
    const p = warden("audit", "purge");
    expect(p.code, p.err).toBe(0);
    const has = (id: string) => exported("--request-id", id).map((r) => ["payload" in r, "original" in r && r.original !== undefined && r.original !== null]);
    expect(has("t1-plain")).toEqual([
      [true, false],
      [true, false],
    ]);
    expect(has("t1-card")).toEqual([
      [false, false],
      [false, false],
    ]);
    expect(has("t2-plain")).toEqual([
      [false, false],
      [false, false],
    ]);
    expect(exported("--request-id", "t3-card").every((r) => "payload" in r)).toBe(true);
    const events = warden("audit", "search", "--json")
      .out.split("\n")
      .filter((l) => l.includes('"audit.purge"'));
    expect(events.length).toBe(1);
    expect(events[0]).not.toContain("4111");
    const v = warden("audit", "verify");
    expect(v.code, v.out + v.err).toBe(0);
  });

  it("shredding one tenant leaves the others readable, and the chain verifies", () => {
    const s = warden("audit", "shred", "--tenant", "t3", "--yes");
    expect(s.code, s.err).toBe(0);
    const t3 = exported("--request-id", "t3-card");
    expect(t3.map((r) => [r.shredded, "payload" in r])).toEqual([
      [true, false],
      [true, false],
    ]);
    const t1 = exported("--request-id", "t1-plain");
    expect(JSON.stringify(t1[0]?.payload)).toContain("capital of France");
    const v = warden("audit", "verify");
    expect(v.code, v.out + v.err).toBe(0);
    expect(warden("audit", "search", "--json").out).toContain('"tenant.shredded"');
  });
});

describe("a column edited into another type (SQLite keeps any value in any column)", () => {
  // Before entry-shape.ts, verify stopped with a bare "argument must be a string" (meta as a blob) or
  // "e.prevHash.equals is not a function", naming no record, and a fractional time passed (exit 0).
  it.each([
    ["meta as a blob", "update audit_entries set meta = cast(meta as blob) where seq = 4", /FAILED at record 4 .*column meta holds a blob/],
    ["prev_hash as text", "update audit_entries set prev_hash = hex(prev_hash) where seq = 4", /FAILED at record 4 .*column prev_hash holds text/],
    ["a fractional time", "update audit_entries set time = time + 0.5 where seq = 4", /FAILED at record 4 .*column time holds a fractional number/],
  ])("%s: verify exits 1 naming the record", (_what, sql, message) => {
    const copy = tempDir("warden-retention-hunt-19-copy-");
    try {
      cpSync(dir, copy, { recursive: true });
      const conf = JSON.parse(readFileSync(cfg, "utf8")) as Record<string, unknown>;
      const copyCfg = join(copy, "w.yaml");
      writeFileSync(copyCfg, JSON.stringify({ ...conf, dataDir: copy }));
      const db = new Database(join(copy, "audit.db"));
      db.prepare(sql).run();
      db.close();
      const v = spawnSync(process.execPath, [BIN, "audit", "verify", "-c", copyCfg], { encoding: "utf8", timeout: 20_000 });
      expect(v.status).toBe(1);
      expect(v.stdout + v.stderr).toMatch(message);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe("verify-proof on a doctored proof file", () => {
  // Before proof-file-schema.ts: a fractional time or seq and a duplicated record were accepted ("OK: 2 record(s)"),
  // meta as an object or a missing audit path stopped verify-proof with a bare TypeError.
  const doctored: [string, (p: { entries: Record<string, unknown>[] }) => void, RegExp][] = [
    ["time + 0.5", (p) => void ((p.entries[0] as { time: number }).time += 0.5), /entries\.0\.time/],
    ["the record twice", (p) => void p.entries.push(p.entries[0] as Record<string, unknown>), /more than once/],
    ["meta as an object", (p) => void ((p.entries[0] as { meta: unknown }).meta = { event: "x" }), /entries\.0\.meta/],
    ["no audit path", (p) => void delete (p.entries[0] as { auditPath?: unknown }).auditPath, /entries\.0\.auditPath/],
  ];
  it.each(doctored)("%s: INVALID, exit 1, naming the field", (_what, edit, message) => {
    const file = join(dir, "proof.json");
    const made = warden("audit", "prove", "t1-plain", "-o", file);
    expect(made.code, made.err).toBe(0);
    expect(spawnSync(process.execPath, [BIN, "audit", "verify-proof", file], { encoding: "utf8" }).status).toBe(0);
    const proof = JSON.parse(readFileSync(file, "utf8")) as { entries: Record<string, unknown>[] };
    edit(proof);
    writeFileSync(file, JSON.stringify(proof));
    const v = spawnSync(process.execPath, [BIN, "audit", "verify-proof", file], { encoding: "utf8", timeout: 20_000 });
    expect(v.status).toBe(1);
    expect(v.stdout).toMatch(/^INVALID: /);
    expect(v.stdout).toMatch(message);
  });
});

describe("a file that is not a checkpoint or proof", () => {
  // Before: `verify --checkpoint` given another JSON file said "FAILED at record undefined: external checkpoint at seq
  // undefined has an invalid signature", as if the log had been tampered with; verify-consistency threw a TypeError.
  it("verify --checkpoint and verify-consistency refuse it as usage (exit 2), naming the file and the missing fields", () => {
    const bad = join(dir, "not-a-checkpoint.json");
    writeFileSync(bad, JSON.stringify({ hello: "world" }));
    const v = warden("audit", "verify", "--checkpoint", bad);
    expect(v.code).toBe(2);
    expect(v.err).toContain("not-a-checkpoint.json is not a checkpoint file: seq: Required");
    expect(v.out).not.toContain("FAILED");
    const c = spawnSync(process.execPath, [BIN, "audit", "verify-consistency", bad], { encoding: "utf8", timeout: 20_000 });
    expect(c.status).toBe(2);
    expect(c.stderr).toContain("is not a consistency proof file");
  });
});

describe("bad option values", () => {
  // Before: --limit abc and 1.5 answered SQLite's "datatype mismatch" (exit 1); --limit -1 listed every record.
  it.each(["abc", "1.5", "-1", "0"])("search and export --limit %s: a usage error (exit 2) naming the option", (limit) => {
    for (const cmd of [["search", "--json"], ["export", "--format", "jsonl"]]) {
      const r = warden("audit", ...cmd, `--limit=${limit}`);
      expect(r.code, r.out).toBe(2);
      expect(r.err).toContain(`--limit: not a whole number of at least 1: '${limit}'`);
      expect(r.out).toBe("");
    }
  });

  it("--limit 1 still gives one record", () => {
    const r = warden("audit", "search", "--json", "--limit", "1");
    expect(r.code, r.err).toBe(0);
    expect(r.out.trim().split("\n")).toHaveLength(1);
  });
});

describe("--trusted-key that is not a key", () => {
  // Before: 'abc' made every checkpoint fail its signature check: "FAILED at record N: stored checkpoint at seq N has
  // an invalid signature" (exit 1), which reads as a forged log.
  it("verify refuses it as usage (exit 2); another Ed25519 key still fails the check (exit 1)", () => {
    const bad = warden("audit", "verify", "--trusted-key", "abc");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--trusted-key: not an Ed25519 public key");
    expect(bad.out).not.toContain("FAILED");
    const file = join(dir, "cp-trust.json");
    expect(warden("audit", "checkpoint", "-o", file).code).toBe(0);
    const own = (JSON.parse(readFileSync(file, "utf8")) as { publicKey: string }).publicKey;
    expect(warden("audit", "verify", "--trusted-key", own).code).toBe(0);
    const other = `MCowBQYDK2VwAyEA${Buffer.alloc(32, 7).toString("base64")}`;
    const wrong = warden("audit", "verify", "--trusted-key", other);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain("invalid signature");
  });
});
