/**
 * The audit log on PostgreSQL (127.0.0.1:5432 by default, or WARDEN_TEST_PG_URL). Skipped when no server answers.
 * Each test works in its own schema, dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import pino from "pino";
import type { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { passThroughGuard } from "../../src/enforce/guard.js";
import { startGateway } from "../../src/gateway.js";
import { AuditLog } from "../../src/record/audit-log.js";
import type { SignedCheckpoint } from "../../src/record/checkpoint.js";
import { LocalKek } from "../../src/record/key-encryption-key.js";
import { PostgresAuditBackend } from "../../src/record/postgres-audit-backend.js";
import { verifyLog } from "../../src/record/verify-log.js";
import { postJson, tempDir } from "../support/test-gateway.js";
import { checkCategoryRetention, checkDataClassRetention } from "./category-retention.js";
import { checkSearchFilters } from "./search-filters.js";
import { appendMany } from "./support.js";
import { loadUntil, spawnGateway } from "./crash-support.js";
import type { ThreadWriter } from "../../src/record/thread-writer.js";

const threadOf = (log: AuditLog): ThreadWriter | undefined => (log as unknown as { thread?: ThreadWriter }).thread;

const URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function reachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: URL, connectionTimeoutMillis: 1500 });
  try {
    await c.connect();
    await c.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const available = await reachable();
const schemas: string[] = [];
const dirs: string[] = [];

afterAll(async () => {
  if (!available) return;
  const c = new pg.Client({ connectionString: URL });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await c.end();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function newSchema(): string {
  const s = `warden_audit_test_${randomBytes(6).toString("hex")}`;
  schemas.push(s);
  return s;
}

function openPgLog(schema: string, kek = new LocalKek(randomBytes(32)), writerThread = false): AuditLog {
  const dir = tempDir("warden-audit-pg-");
  dirs.push(dir);
  return AuditLog.open(new PostgresAuditBackend({ url: URL, schema }), { dataDir: dir, kek: { kek }, groupCommitMs: 1, checkpointIntervalMs: 0, checkpointEvery: 1_000_000, writerThread });
}

async function sql(schema: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: URL });
  await c.connect();
  try {
    await c.query(`SET search_path TO "${schema}"`);
    await c.query(text);
  } finally {
    await c.end();
  }
}

describe.skipIf(!available)("audit log on PostgreSQL", () => {
  it("append, read back decrypted, checkpoint and verify; migrations run once", async () => {
    const schema = newSchema();
    const log = openPgLog(schema);
    await appendMany(log, 20);
    const [e] = await log.backend.search({ requestId: "r7" });
    expect((await log.open(e as NonNullable<typeof e>)).payload).toEqual({ messages: [{ role: "user", content: "hello 7" }] });
    await log.checkpoint();
    expect(await verifyLog(log.backend)).toMatchObject({ ok: true, entries: 20, checkpoints: 1 });
    await log.close();
    const again = openPgLog(schema);
    expect((await again.backend.tail()).seq).toBe(20);
    await again.close();
  });

  const cases: { name: string; sql: string; seq: number; reason: RegExp }[] = [
    { name: "update", sql: "UPDATE audit_entries SET meta = '{}' WHERE seq = 4", seq: 4, reason: /modified/ },
    { name: "delete", sql: "DELETE FROM audit_entries WHERE seq = 3", seq: 3, reason: /missing/ },
    { name: "reorder", sql: "UPDATE audit_entries SET seq = 100 WHERE seq = 7; UPDATE audit_entries SET seq = 7 WHERE seq = 8; UPDATE audit_entries SET seq = 8 WHERE seq = 100", seq: 7, reason: /predecessor/ },
    {
      name: "insert",
      sql: "UPDATE audit_entries SET seq = -seq WHERE seq >= 5; UPDATE audit_entries SET seq = -seq + 1 WHERE seq < 0; INSERT INTO audit_entries SELECT 5, kind, 'forged', time, tenant, app, key_id, meta, key_version, payload, original, payload_digest, original_digest, prev_hash, hash FROM audit_entries WHERE seq = 4",
      seq: 5,
      reason: /predecessor/,
    },
    {
      name: "insert below the first record (seq 0)",
      sql: "INSERT INTO audit_entries SELECT 0, kind, 'forged', time, tenant, app, key_id, meta, key_version, payload, original, payload_digest, original_digest, prev_hash, hash FROM audit_entries WHERE seq = 1",
      seq: 1,
      reason: /unexpected seq 0/,
    },
  ];
  it.each(cases)("verify catches $name", async ({ sql: text, seq, reason }) => {
    const schema = newSchema();
    const log = openPgLog(schema);
    await appendMany(log, 10);
    await sql(schema, text);
    const r = await verifyLog(log.backend);
    await log.close();
    expect(r.ok).toBe(false);
    expect(r.problem?.seq).toBe(seq);
    expect(r.problem?.reason).toMatch(reason);
  });

  it("truncation is caught against an exported checkpoint", async () => {
    const schema = newSchema();
    const log = openPgLog(schema);
    await appendMany(log, 10);
    const cp = JSON.parse(JSON.stringify(await log.checkpoint())) as SignedCheckpoint;
    await sql(schema, "DELETE FROM audit_entries WHERE seq > 6; DELETE FROM audit_checkpoints");
    const r = await verifyLog(log.backend, { external: [cp] });
    await log.close();
    expect(r).toMatchObject({ ok: false, problem: { seq: 7, reason: expect.stringMatching(/truncated/) } });
  });

  it("search filters: finding type, action, incomplete, limit", async () => {
    const log = openPgLog(newSchema());
    await checkSearchFilters(log);
    await log.close();
  });

  it("retention per finding category", async () => {
    const log = openPgLog(newSchema());
    await checkCategoryRetention(log);
    await log.close();
  });

  it("retention per data class", async () => {
    const log = openPgLog(newSchema());
    await checkDataClassRetention(log);
    await log.close();
  });

  it("purge (tombstones), KEK rotation and shredding keep the chain verifiable", async () => {
    const schema = newSchema();
    const log = openPgLog(schema);
    await appendMany(log, 5, "old");
    await appendMany(log, 3, "held", "h");
    await log.checkpoint();
    const results = await log.purge({ payloadDays: 1, legalHolds: ["held"] });
    expect(results.reduce((n, r) => n + r.entries, 0)).toBe(5);
    expect((await log.backend.search({ tenant: "old" })).every((e) => e.payload === null && e.payloadDigest !== null)).toBe(true);
    expect(await log.rotateKek(new LocalKek(randomBytes(32)))).toBe(2);
    const [h] = await log.backend.search({ requestId: "h2" });
    expect((await log.open(h as NonNullable<typeof h>)).payload).toEqual({ messages: [{ role: "user", content: "hello 2" }] });
    expect(await log.shredTenant("held")).toBe(1);
    expect(await log.open(h as NonNullable<typeof h>)).toEqual({ shredded: true });
    expect(await verifyLog(log.backend)).toMatchObject({ ok: true, entries: 11, checkpoints: 1 });
    await log.close();
  });

  it("two writers (separate pools, as two replicas) append concurrently into one chain", async () => {
    const schema = newSchema();
    const kek = new LocalKek(randomBytes(32));
    const a = openPgLog(schema, kek);
    const b = openPgLog(schema, kek);
    await Promise.all([appendMany(a, 150, "ta", "a"), appendMany(b, 150, "tb", "b"), appendMany(a, 50, "shared", "sa"), appendMany(b, 50, "shared", "sb")]);
    await a.checkpoint();
    await appendMany(b, 5, "tb", "late");
    await b.checkpoint();
    expect(await verifyLog(a.backend)).toMatchObject({ ok: true, entries: 405, checkpoints: 2 });
    // One data key per tenant even though both writers raced to create "shared"'s; each reads the other's records.
    const [fromB] = await a.backend.search({ requestId: "sb3" });
    expect((await a.open(fromB as NonNullable<typeof fromB>)).payload).toEqual({ messages: [{ role: "user", content: "hello 3" }] });
    await a.close();
    await b.close();
  });

  it("writer threads: each append durable when it resolves, in submission order; two threads and an inline writer extend one chain", async () => {
    const schema = newSchema();
    const kek = new LocalKek(randomBytes(32));
    const a = openPgLog(schema, kek, true);
    const b = openPgLog(schema, kek, true);
    const inline = openPgLog(schema, kek);
    const reader = new PostgresAuditBackend({ url: URL, schema });
    try {
      expect(threadOf(a)).toBeDefined();
      expect(threadOf(inline)).toBeUndefined();
      // Tenants' data keys first (a tenant's first append waits for its key and can be overtaken).
      await appendMany(a, 1, "ta", "warm-a");
      await appendMany(b, 1, "tb", "warm-b");
      const durable = (log: AuditLog, tenant: string, prefix: string, n: number) =>
        Promise.all(
          Array.from({ length: n }, (_, i) =>
            log
              .append({ kind: "request", requestId: `${prefix}${i}`, time: 1_700_000_000_000 + i, tenant, app: "x", keyId: "k", meta: { i }, payload: { n: i, text: "é".repeat(i) } })
              .then(async (seq) => {
                // Durable: another pool sees it as soon as the append resolved.
                const [e] = await reader.search({ requestId: `${prefix}${i}` });
                expect(e?.seq).toBe(seq);
                return seq;
              }),
          ),
        );
      const [seqsA, seqsB] = await Promise.all([durable(a, "ta", "pa", 200), durable(b, "tb", "pb", 200), appendMany(inline, 100, "ti", "pi")]);
      expect(seqsA).toEqual(seqsA.slice().sort((x, y) => x - y));
      expect(seqsB).toEqual(seqsB.slice().sort((x, y) => x - y));
      const [e] = await reader.search({ requestId: "pb199" });
      expect((await a.open(e as NonNullable<typeof e>)).payload).toEqual({ n: 199, text: "é".repeat(199) });
      await a.checkpoint();
      expect(await verifyLog(reader)).toMatchObject({ ok: true, entries: 502, checkpoints: 1 });
    } finally {
      for (const l of [a, b, inline]) await l.close();
      await reader.close();
    }
  });

  it("a gateway whose PostgreSQL writer thread dies, restarts disabled, fails closed (503) and the failure is recorded", async () => {
    const schema = newSchema();
    const dir = tempDir("warden-audit-pgdie-");
    dirs.push(dir);
    const { config } = parseConfig(
      { dataDir: dir, listen: { host: "127.0.0.1", port: 0 }, logging: { level: "silent" }, store: { type: "postgres", url: URL, schema }, audit: { checkpoint: { intervalMs: 0 }, writerRestart: { enabled: false } } },
      {},
      "test",
    );
    const gw = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1", guard: passThroughGuard });
    const log = gw.audit as AuditLog;
    try {
      const { key } = gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
      const url = `${gw.url}/v1/chat/completions`;
      const ok = await postJson(url, { model: "demo", messages: [{ role: "user", content: "hi" }] }, key, { "x-request-id": "pg-before" });
      expect(ok.status).toBe(200);
      const thread = threadOf(log);
      if (!thread) throw new Error("the gateway does not write from a thread on PostgreSQL");
      await (thread as unknown as { worker: Worker }).worker.terminate();
      const res = await postJson(url, { model: "demo", messages: [{ role: "user", content: "hi again" }] }, key, { "x-request-id": "pg-after" });
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("WARDEN_AUDIT_UNAVAILABLE");
      await log.flush();
      const events = (await log.backend.search({ kind: "admin" })).map((e) => JSON.parse(e.meta) as { event: string; error?: string });
      expect(events.find((m) => m.event === "audit.writer.failed")).toMatchObject({ error: expect.stringMatching(/exited/) });
      expect((await log.backend.search({ requestId: "pg-before" })).map((e) => e.kind)).toEqual(["request", "response"]);
      expect(await log.backend.search({ requestId: "pg-after" })).toEqual([]);
      expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
    } finally {
      await gw.close();
    }
  });

  it("two gateways on one PostgreSQL store: every call recorded, the chain verifies", async () => {
    const schema = newSchema();
    const kekFile = join(tempDir("warden-audit-pgkek-"), "kek");
    dirs.push(join(kekFile, ".."));
    writeFileSync(kekFile, randomBytes(32).toString("base64"));
    const gws = await Promise.all(
      [0, 1].map(async () => {
        const dir = tempDir("warden-audit-pggw-");
        dirs.push(dir);
        const { config } = parseConfig(
          { dataDir: dir, listen: { host: "127.0.0.1", port: 0 }, logging: { level: "silent" }, store: { type: "postgres", url: URL, schema }, audit: { kek: { file: kekFile }, checkpoint: { intervalMs: 0 } } },
          {},
          "test",
        );
        const gw = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1", guard: passThroughGuard });
        return { gw, key: gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] }).key };
      }),
    );
    try {
      const ids = Array.from({ length: 60 }, (_, i) => `pg-gw-${i}`);
      await Promise.all(
        ids.map(async (id, i) => {
          const g = gws[i % 2] as (typeof gws)[number];
          const res = await postJson(`${g.gw.url}/v1/chat/completions`, { model: "demo", messages: [{ role: "user", content: id }] }, g.key, { "x-request-id": id });
          expect(res.status).toBe(200);
          await res.text();
        }),
      );
      const log = gws[0]?.gw.audit as AuditLog;
      for (const id of ids) expect((await log.backend.search({ requestId: id })).map((e) => e.kind)).toEqual(["request", "response"]);
      expect(await verifyLog(log.backend)).toMatchObject({ ok: true, entries: 122 }); // 60 calls × 2, 2 gateway.started
    } finally {
      for (const g of gws) await g.gw.close();
    }
  });

  it("two gateway processes on one store under load, one killed with SIGKILL: every served call recorded, one chain", async () => {
    const schema = newSchema();
    const kekDir = tempDir("warden-audit-pgkek-");
    dirs.push(kekDir);
    const kekFile = join(kekDir, "kek");
    writeFileSync(kekFile, randomBytes(32).toString("base64"));
    // One process appends from its writer thread, the other on its event loop: both serialise on the same lock.
    const gws = await Promise.all(
      ["thread", "inline"].map((writer) => {
        const dir = tempDir("warden-audit-pgproc-");
        dirs.push(dir);
        return spawnGateway([dir, URL, schema, kekFile, writer]);
      }),
    );
    const [a, b] = gws as [(typeof gws)[number], (typeof gws)[number]];
    try {
      let killedAt = 0;
      const served = await loadUntil(gws, 6, async (s) => {
        if (!killedAt && s.size >= 100) {
          await a.kill9();
          killedAt = s.size;
        }
        return killedAt > 0 && s.size >= killedAt + 40; // the survivor keeps serving
      });
      await b.kill9();
      const log = openPgLog(schema, new LocalKek(Buffer.from(readFileSync(kekFile, "utf8").trim(), "base64")));
      try {
        const byId = new Map<string, string[]>();
        for (const e of await log.backend.search({})) byId.set(e.requestId, [...(byId.get(e.requestId) ?? []), e.kind]);
        const missing = [...served].filter((id) => JSON.stringify(byId.get(id)) !== JSON.stringify(["request", "response"]));
        expect(missing).toEqual([]);
        for (const e of await log.backend.search({ incomplete: true })) expect(served.has(e.requestId)).toBe(false);
        const [one] = await log.backend.search({ requestId: [...served][0] as string });
        expect((await log.open(one as NonNullable<typeof one>)).payload).toBeDefined(); // either process's tenant key opens
        expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
      } finally {
        await log.close();
      }
    } finally {
      for (const g of gws) await g.kill9();
    }
  });
});
