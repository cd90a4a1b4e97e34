/**
 * A dead audit writer thread is replaced (SQLite, and PostgreSQL at 127.0.0.1:5432 db `test` or WARDEN_TEST_PG_URL,
 * skipped when no server answers): the thread is terminated under load, then the chain must verify, every
 * acknowledged append must be stored exactly once at its seq, and the deaths and restarts must be recorded.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import type { Worker } from "node:worker_threads";
import pg from "pg";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { passThroughGuard } from "../../src/enforce/guard.js";
import { startGateway } from "../../src/gateway.js";
import type { AuditBackend } from "../../src/record/audit-backend.js";
import { AuditLog } from "../../src/record/audit-log.js";
import { LocalKek } from "../../src/record/key-encryption-key.js";
import { CheckpointSigner } from "../../src/record/checkpoint.js";
import { PostgresAuditBackend } from "../../src/record/postgres-audit-backend.js";
import { SqliteAuditBackend } from "../../src/record/sqlite-audit-backend.js";
import type { PlainEntry } from "../../src/record/seal-entry.js";
import type { ThreadWriter } from "../../src/record/thread-writer.js";
import { verifyLog } from "../../src/record/verify-log.js";
import { restartDelay, type WriterRestart, type WriterRestartOptions } from "../../src/record/writer-restart.js";
import { postJson, tempDir } from "../support/test-gateway.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";

async function pgReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 1500 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

const pgUp = await pgReachable();
const schemas: string[] = [];
const dirs: string[] = [];

afterAll(async () => {
  if (schemas.length > 0) {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await c.end();
  }
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const threadOf = (log: AuditLog): ThreadWriter => {
  const t = (log as unknown as { thread?: ThreadWriter }).thread;
  if (!t) throw new Error("this log does not write from a thread");
  return t;
};
const workerOf = (t: ThreadWriter): Worker | undefined => (t as unknown as { worker?: Worker }).worker;

async function until(cond: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 5));
  }
}

type Backend = "sqlite" | "postgres";

/** A log on a fresh store of `kind`, writing from a thread with the given restart policy. */
function openLog(kind: Backend, restart: Partial<WriterRestartOptions>): AuditLog {
  const dir = tempDir("warden-audit-restart-");
  dirs.push(dir);
  let backend: AuditBackend;
  if (kind === "sqlite") backend = new SqliteAuditBackend(`${dir}/audit.db`);
  else {
    const schema = `warden_restart_${randomBytes(6).toString("hex")}`;
    schemas.push(schema);
    backend = new PostgresAuditBackend({ url: PG_URL, schema });
  }
  return new AuditLog(backend, new LocalKek(randomBytes(32)), CheckpointSigner.fromFile(`${dir}/signing.key`), {
    groupCommitMs: 0,
    checkpointIntervalMs: 0,
    checkpointEvery: 1_000_000,
    writerThread: true,
    writerRestart: restart,
  });
}

interface AdminMeta {
  event: string;
  attempt?: number;
  cause?: string;
  downMs?: number;
  tailSeq?: number;
  refused?: number;
  recovered?: number;
  resent?: number;
}

async function adminEvents(log: AuditLog): Promise<AdminMeta[]> {
  return (await log.backend.search({ kind: "admin", limit: 10_000 })).sort((a, b) => a.seq - b.seq).map((e) => JSON.parse(e.meta) as AdminMeta);
}

const backends: Backend[] = pgUp ? ["sqlite", "postgres"] : ["sqlite"];

describe.each(backends)("a dead writer thread is replaced (%s)", (kind) => {
  it("killed 3 times under load: appends go on; every acknowledged one stored once at its seq; the chain verifies", async () => {
    const log = openLog(kind, { initialDelayMs: 50, maxDelayMs: 400, queueMs: 10_000 });
    const thread = threadOf(log);
    try {
      const acked = new Map<string, number>();
      let refused = 0;
      let n = 0;
      let stop = false;
      const loop = async (w: number) => {
        while (!stop) {
          const id = `load-${w}-${n++}`;
          try {
            acked.set(id, await log.append({ kind: "request", requestId: id, time: Date.now(), tenant: `t${w % 3}`, app: "a", keyId: "k", meta: { w }, payload: { id, text: "x".repeat(200) } }));
          } catch {
            refused++;
          }
        }
      };
      const loops = Array.from({ length: 16 }, (_, w) => loop(w));
      for (let kill = 0; kill < 3; kill++) {
        const before = acked.size;
        await until(() => thread.up && acked.size >= before + 150);
        await workerOf(thread)?.terminate();
        expect(thread.up).toBe(false);
      }
      const afterKills = acked.size;
      await until(() => thread.up && acked.size >= afterKills + 150);
      stop = true;
      await Promise.all(loops);
      await log.flush();

      expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
      const requests = new Map<string, number[]>();
      for await (const e of log.backend.scan()) if (e.kind === "request") requests.set(e.requestId, [...(requests.get(e.requestId) ?? []), e.seq]);
      // Never duplicated: no request id stored twice (each append had its own id)...
      expect([...requests.values()].filter((seqs) => seqs.length > 1)).toEqual([]);
      // ...and every acknowledged append is stored, at the seq it was acknowledged with.
      const missing = [...acked].filter(([id, seq]) => requests.get(id)?.[0] !== seq);
      expect(missing).toEqual([]);
      // Nothing refused: the batches in flight at the deaths were looked up (acknowledged if stored, else resent), and
      // the queue (16 appenders) stayed within its bounds.
      expect(refused).toBe(0);

      const events = await adminEvents(log);
      expect(events.filter((e) => e.event === "audit.writer.failed")).toHaveLength(3);
      const restarts = events.filter((e) => e.event === "audit.writer.restarted");
      expect(restarts).toHaveLength(3);
      for (const r of restarts) {
        expect(r).toMatchObject({ attempt: expect.any(Number), cause: expect.stringMatching(/exited/), downMs: expect.any(Number), tailSeq: expect.any(Number) });
        expect(JSON.stringify(r)).not.toMatch(/xxxx|load-/); // no payloads, no request ids
      }
      // Each was up a short while between kills (under stableMs): the deaths count in a row.
      expect(restarts.map((r) => r.attempt)).toEqual([1, 2, 3]);
      // Under this load a batch is in flight at (nearly) every death: at least one was recovered or resent.
      expect(restarts.reduce((n, r) => n + (r.recovered ?? 0) + (r.resent ?? 0), 0)).toBeGreaterThan(0);
    } finally {
      await log.close();
    }
  }, 90_000);

  it("a batch committed by a thread that died before answering is acknowledged with its stored seqs, not written again", async () => {
    const dir = tempDir("warden-audit-restart-hook-");
    dirs.push(dir);
    let backend: AuditBackend;
    if (kind === "sqlite") backend = new SqliteAuditBackend(`${dir}/audit.db`);
    else {
      const schema = `warden_restart_${randomBytes(6).toString("hex")}`;
      schemas.push(schema);
      backend = new PostgresAuditBackend({ url: PG_URL, schema });
    }
    const restarts: WriterRestart[] = [];
    const start = backend.startWriterThread?.bind(backend);
    if (!start) throw new Error("no writer thread");
    // The test hook: the first thread exits right after committing its 2nd batch, before answering.
    const writer = start({ windowMs: 0, maxBatch: 1024, crashAfterCommit: 2, onRestart: (r) => restarts.push(r), restart: { initialDelayMs: 20 } });
    const entry = (i: number): PlainEntry => ({ kind: "request", requestId: `hook-${i}`, time: 1_700_000_000_000 + i, tenant: "t", app: "a", keyId: "k", meta: JSON.stringify({ i }), keyVersion: null });
    try {
      expect(await writer.submit(entry(0), undefined)).toBe(1);
      const second = Promise.all([1, 2, 3].map((i) => writer.submit(entry(i), undefined))); // committed, then the thread dies
      await new Promise((r) => setImmediate(r));
      const third = Promise.all([4, 5].map((i) => writer.submit(entry(i), undefined))); // queued meanwhile
      expect(await second).toEqual([2, 3, 4]);
      expect(await third).toEqual([5, 6]);
      await writer.flush();
      expect(restarts).toEqual([expect.objectContaining({ attempt: 1, recovered: 3, resent: 0, refused: 0, tailSeq: 4, cause: expect.stringMatching(/code 70/) })]);
      const stored = [];
      for await (const e of backend.scan()) stored.push([e.seq, e.requestId]);
      expect(stored).toEqual([0, 1, 2, 3, 4, 5].map((i) => [i + 1, `hook-${i}`]));
      expect(await verifyLog(backend)).toMatchObject({ ok: true, entries: 6 });
    } finally {
      await writer.close();
      await backend.close();
    }
  }, 30_000);

  it("a batch in flight at a kill is stored exactly once: found and acknowledged, or sent again", async () => {
    const log = openLog(kind, { initialDelayMs: 20, queueMs: 10_000 });
    const thread = threadOf(log);
    try {
      await log.append({ kind: "request", requestId: "warm", time: Date.now(), tenant: "t", app: "a", keyId: "k", meta: {}, payload: { a: 1 } });
      for (let round = 0; round < 4; round++) {
        const ids = Array.from({ length: 300 }, (_, i) => `kill-${round}-${i}`);
        const acked = Promise.all(ids.map((id) => log.append({ kind: "request", requestId: id, time: Date.now(), tenant: "t", app: "a", keyId: "k", meta: {}, payload: { id } })));
        await new Promise((r) => setTimeout(r, round * 3)); // killed before, during or after the commit
        await until(() => workerOf(thread) !== undefined);
        await workerOf(thread)?.terminate();
        const seqs = await acked;
        for (const [i, id] of ids.entries()) expect((await log.backend.search({ requestId: id })).map((e) => e.seq)).toEqual([seqs[i]]);
      }
      await log.flush();
      expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
      const events = await adminEvents(log);
      expect(events.filter((e) => e.event === "audit.writer.failed")).toHaveLength(4);
      // A kill can hit a replacement still starting: that death and the next share one restart.
      const restarts = events.filter((e) => e.event === "audit.writer.restarted");
      expect(restarts.length).toBeGreaterThanOrEqual(1);
      // Killed right after 300 appends were submitted: their batches were caught by the deaths.
      expect(restarts.reduce((n, r) => n + (r.recovered ?? 0) + (r.resent ?? 0), 0)).toBeGreaterThan(0);
      expect(restarts.every((r) => r.refused === 0)).toBe(true);
    } finally {
      await log.close();
    }
  }, 60_000);

  it("repeated deaths back off (delay doubled per death in a row, capped), and a thread up long enough resets it", async () => {
    const policy = { initialDelayMs: 60, maxDelayMs: 300, stableMs: 1_500, queueMs: 10_000 };
    const log = openLog(kind, policy);
    const thread = threadOf(log);
    try {
      await log.append({ kind: "request", requestId: "first", time: Date.now(), tenant: "t", app: "a", keyId: "k", meta: {} });
      for (let i = 0; i < 5; i++) {
        await until(() => thread.up);
        await workerOf(thread)?.terminate();
      }
      // Appends made while no thread is up wait for the next one.
      const queued = log.append({ kind: "request", requestId: "queued", time: Date.now(), tenant: "t", app: "a", keyId: "k", meta: {} });
      await until(() => thread.up);
      expect(await queued).toBeGreaterThan(1);
      await new Promise((r) => setTimeout(r, policy.stableMs + 100)); // stable: the next death is a first again
      await workerOf(thread)?.terminate();
      await until(() => thread.up);
      await log.append({ kind: "request", requestId: "last", time: Date.now(), tenant: "t", app: "a", keyId: "k", meta: {} });
      await log.flush();
      const restarts = (await adminEvents(log)).filter((e) => e.event === "audit.writer.restarted");
      expect(restarts.map((r) => r.attempt)).toEqual([1, 2, 3, 4, 5, 1]);
      restarts.forEach((r, i) => expect(r.downMs).toBeGreaterThanOrEqual(restartDelay(i < 5 ? i + 1 : 1, policy) - 5));
      // Capped: the 4th and 5th wait maxDelayMs, not 480 and 960.
      expect(restartDelay(5, policy)).toBe(300);
      expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
    } finally {
      await log.close();
    }
  }, 60_000);

  it("while no thread is up, appends wait in a queue bounded in size and in time, and are refused beyond it", async () => {
    const log = openLog(kind, { initialDelayMs: 1_500, maxDelayMs: 1_500, queueMax: 5, queueMs: 300 });
    const thread = threadOf(log);
    const put = (id: string) => log.append({ kind: "request", requestId: id, time: Date.now(), tenant: "t", app: "a", keyId: "k", meta: {} });
    try {
      await put("before");
      await workerOf(thread)?.terminate();
      const waiting = Array.from({ length: 5 }, (_, i) => put(`waiting-${i}`).then(
        () => "stored",
        (e: Error) => e.message,
      ));
      await expect(put("over")).rejects.toThrow(/queue is full/);
      expect(await Promise.all(waiting)).toEqual(Array(5).fill("no audit writer thread came up within 300 ms"));
      await until(() => thread.up);
      const seq = await put("after");
      await log.flush();
      const ids = (await log.backend.search({ kind: "request" })).map((e) => e.requestId).sort();
      expect(ids).toEqual(["after", "before"]); // refused ones were never written
      const restarted = (await adminEvents(log)).find((e) => e.event === "audit.writer.restarted");
      expect(restarted).toMatchObject({ attempt: 1, refused: 6 });
      expect(restarted?.tailSeq).toBeLessThan(seq);
      expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
    } finally {
      await log.close();
    }
  }, 30_000);

  it("with restarts disabled, every later append fails (the behaviour before restarts)", async () => {
    const log = openLog(kind, { enabled: false });
    const thread = threadOf(log);
    try {
      await log.append({ kind: "request", requestId: "before", time: Date.now(), tenant: "t", app: "a", keyId: "k", meta: {} });
      await workerOf(thread)?.terminate();
      await expect(log.append({ kind: "request", requestId: "after", time: Date.now(), tenant: "t", app: "a", keyId: "k", meta: {} })).rejects.toThrow(/exited/);
      expect(thread.failed).toBe(true);
    } finally {
      await log.close();
    }
  }, 30_000);
});

describe.each(backends)("a gateway whose writer thread dies (%s)", (kind) => {
  it("killed twice under load: every served call has its request and response records, once; the chain verifies", async () => {
    const dir = tempDir("warden-audit-restart-gwload-");
    dirs.push(dir);
    const schema = `warden_restart_${randomBytes(6).toString("hex")}`;
    if (kind === "postgres") schemas.push(schema);
    const { config } = parseConfig(
      {
        dataDir: dir,
        listen: { host: "127.0.0.1", port: 0 },
        providers: { demo: { type: "demo" } },
        routes: [{ models: ["*"], provider: "demo" }],
        ...(kind === "postgres" ? { store: { type: "postgres", url: PG_URL, schema } } : {}),
        audit: { checkpoint: { intervalMs: 0 }, writerRestart: { queueMs: 10_000 } },
      },
      {},
      "test",
    );
    const gw = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1", guard: passThroughGuard });
    const log = gw.audit as AuditLog;
    let stop = false;
    try {
      const { key } = gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
      const url = `${gw.url}/v1/chat/completions`;
      const served = new Set<string>();
      const statuses = new Map<number, number>();
      let n = 0;
      const loop = async () => {
        while (!stop) {
          const id = `gwload-${n++}`;
          const res = await postJson(url, { model: "demo", messages: [{ role: "user", content: `call ${id}` }] }, key, { "x-request-id": id });
          await res.text();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status === 200) served.add(id);
        }
      };
      const loops = Array.from({ length: 8 }, () => loop());
      const thread = threadOf(log);
      for (let kill = 0; kill < 2; kill++) {
        const before = served.size;
        await until(() => thread.up && served.size >= before + 40);
        await workerOf(thread)?.terminate();
      }
      const after = served.size;
      await until(() => thread.up && served.size >= after + 40);
      stop = true;
      await Promise.all(loops);
      await log.flush();
      // Calls wait out the restart (queueMs 10 s): none refused.
      expect([...statuses.keys()]).toEqual([200]);
      const kinds = new Map<string, string[]>();
      for await (const e of log.backend.scan()) if (e.requestId.startsWith("gwload-")) kinds.set(e.requestId, [...(kinds.get(e.requestId) ?? []), e.kind]);
      const wrong = [...served].filter((id) => JSON.stringify(kinds.get(id)) !== JSON.stringify(["request", "response"]));
      expect(wrong).toEqual([]);
      expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
      const events = (await adminEvents(log)).map((e) => e.event);
      expect(events.filter((e) => e === "audit.writer.failed")).toHaveLength(2);
      expect(events.filter((e) => e === "audit.writer.restarted").length).toBeGreaterThanOrEqual(1);
    } finally {
      stop = true;
      await gw.close();
    }
  }, 90_000);

  it("refuses calls (503) only while no thread is up, serves them again once replaced; both recorded", async () => {
    const dir = tempDir("warden-audit-restart-gw-");
    dirs.push(dir);
    const schema = `warden_restart_${randomBytes(6).toString("hex")}`;
    if (kind === "postgres") schemas.push(schema);
    const { config } = parseConfig(
      {
        dataDir: dir,
        listen: { host: "127.0.0.1", port: 0 },
        providers: { demo: { type: "demo" } },
        routes: [{ models: ["*"], provider: "demo" }],
        ...(kind === "postgres" ? { store: { type: "postgres", url: PG_URL, schema } } : {}),
        audit: { checkpoint: { intervalMs: 0 }, writerRestart: { initialDelayMs: 1_000, queueMs: 100 } },
      },
      {},
      "test",
    );
    const gw = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1", guard: passThroughGuard });
    const log = gw.audit as AuditLog;
    try {
      const { key } = gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
      const url = `${gw.url}/v1/chat/completions`;
      const call = (id: string) => postJson(url, { model: "demo", messages: [{ role: "user", content: "hi" }] }, key, { "x-request-id": id });
      expect((await call("gw-before")).status).toBe(200);
      const thread = threadOf(log);
      await workerOf(thread)?.terminate();
      const down = await call("gw-down"); // the restart is 1 s away, the queue waits 100 ms: refused
      expect(down.status).toBe(503);
      expect(((await down.json()) as { error: { code: string } }).error.code).toBe("WARDEN_AUDIT_UNAVAILABLE");
      await until(() => thread.up);
      expect((await call("gw-after")).status).toBe(200);
      await log.flush();
      expect((await log.backend.search({ requestId: "gw-before" })).map((e) => e.kind).sort()).toEqual(["request", "response"]);
      expect(await log.backend.search({ requestId: "gw-down" })).toEqual([]);
      expect((await log.backend.search({ requestId: "gw-after" })).map((e) => e.kind).sort()).toEqual(["request", "response"]);
      const events = (await adminEvents(log)).map((e) => e.event);
      expect(events.filter((e) => e.startsWith("audit.writer."))).toEqual(["audit.writer.failed", "audit.writer.restarted"]);
      expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
    } finally {
      await gw.close();
    }
  }, 60_000);
});
