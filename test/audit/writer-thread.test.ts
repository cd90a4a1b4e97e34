import { execFile } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Worker } from "node:worker_threads";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { passThroughGuard } from "../../src/enforce/guard.js";
import { startGateway } from "../../src/gateway.js";
import { AuditLog } from "../../src/record/audit-log.js";
import { SqliteAuditBackend } from "../../src/record/sqlite-audit-backend.js";
import type { ThreadWriter } from "../../src/record/thread-writer.js";
import { verifyLog } from "../../src/record/verify-log.js";
import { postJson, tempDir } from "../support/test-gateway.js";

const threadOf = (log: AuditLog): ThreadWriter | undefined => (log as unknown as { thread?: ThreadWriter }).thread;
const workerOf = (t: ThreadWriter): Worker => (t as unknown as { worker: Worker }).worker;

describe("the audit writer thread", () => {
  const dir = tempDir("warden-audit-thread-");
  let log: AuditLog;
  beforeAll(() => {
    log = AuditLog.openSqlite({ dataDir: dir, groupCommitMs: 0, checkpointIntervalMs: 0, checkpointEvery: 1_000_000, writerThread: true });
    expect(threadOf(log)).toBeDefined();
  });
  afterAll(async () => {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("appends in submission order, each durable when it resolves (read back on another connection), payloads decrypt", async () => {
    const reader = new SqliteAuditBackend(join(dir, "audit.db"), { readonly: true });
    try {
      // The tenants' data keys loaded first (a tenant's first record waits for its key, so it can be overtaken).
      for (const tenant of ["a", "b"]) await log.append({ kind: "request", requestId: `warm-${tenant}`, time: 1, tenant, app: "x", keyId: "k", meta: {}, payload: {} });
      const seqs = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          log
            .append({ kind: "request", requestId: `t${i}`, time: 1_700_000_000_000 + i, tenant: i % 3 === 0 ? "a" : "b", app: "x", keyId: "k", meta: { i }, payload: { n: i, text: "é".repeat(i) } })
            .then(async (seq) => {
              // Durable: another connection sees it as soon as the append resolved.
              const [e] = await reader.search({ requestId: `t${i}` });
              expect(e?.seq).toBe(seq);
              return seq;
            }),
        ),
      );
      expect(seqs).toEqual(seqs.slice().sort((x, y) => x - y));
      expect(new Set(seqs).size).toBe(300);
      const [e] = await reader.search({ requestId: "t299" });
      expect((await log.open(e as NonNullable<typeof e>)).payload).toEqual({ n: 299, text: "é".repeat(299) });
      expect(await verifyLog(reader)).toMatchObject({ ok: true, entries: expect.any(Number) });
    } finally {
      await reader.close();
    }
  });

  it("batch after batch (each encoded into the buffer the last one handed back, sealed into reused bytes), every payload decrypts to what was appended", async () => {
    // Sizes around the reuse limits: the 64 KiB batch buffer, the 256 KiB ciphertext arena, and beyond both.
    const sizes = [10, 5_000, 70_000, 3, 200_000, 300_000, 40, 1_200_000, 7];
    const written: { requestId: string; payload: { s: string } }[] = [];
    for (let wave = 0; wave < sizes.length; wave++) {
      const size = sizes[wave] as number;
      const inWave = Array.from({ length: 3 }, (_, j) => ({ requestId: `wave${wave}-${j}`, payload: { s: String.fromCharCode(97 + ((wave + j) % 26)).repeat(size) } }));
      // One wave per batch: each waits for the previous one's commit.
      await Promise.all(inWave.map((w) => log.append({ kind: "response", requestId: w.requestId, time: Date.now(), tenant: "a", app: "x", keyId: "k", meta: { wave }, payload: w.payload })));
      written.push(...inWave);
    }
    for (const w of written) {
      const [e] = await log.backend.search({ requestId: w.requestId });
      expect((await log.open(e as NonNullable<typeof e>)).payload).toEqual(w.payload);
    }
    expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
  });

  it("after crypto-shredding, new records of the tenant get a fresh key; the old payloads are unreadable", async () => {
    await log.append({ kind: "request", requestId: "before-shred", time: Date.now(), tenant: "s", app: "x", keyId: "k", meta: {}, payload: { a: 1 } });
    await log.shredTenant("s");
    await log.append({ kind: "request", requestId: "after-shred", time: Date.now(), tenant: "s", app: "x", keyId: "k", meta: {}, payload: { a: 2 } });
    const [before] = await log.backend.search({ requestId: "before-shred" });
    const [after] = await log.backend.search({ requestId: "after-shred" });
    expect(after?.keyVersion).toBe((before?.keyVersion ?? 0) + 1);
    expect((await log.open(before as NonNullable<typeof before>)).shredded).toBe(true);
    expect((await log.open(after as NonNullable<typeof after>)).payload).toEqual({ a: 2 });
  });
});

describe("checkpoints: the Merkle tree extended on the writer thread", () => {
  it("interleaved with another writer on the same file (whose hashes are read back), every checkpoint verifies", async () => {
    const dir = tempDir("warden-audit-thread-cp-");
    const threaded = AuditLog.openSqlite({ dataDir: dir, groupCommitMs: 0, checkpointIntervalMs: 0, checkpointEvery: 1_000_000, writerThread: true });
    const inline = AuditLog.openSqlite({ dataDir: dir, groupCommitMs: 0, checkpointIntervalMs: 0, checkpointEvery: 1_000_000 });
    try {
      const put = (log: AuditLog, prefix: string, n: number) =>
        Promise.all(Array.from({ length: n }, (_, i) => log.append({ kind: "request", requestId: `${prefix}${i}`, time: Date.now(), tenant: "t", app: "a", keyId: "k", meta: { i }, payload: { i } })));
      await put(threaded, "solo", 50);
      const first = await threaded.checkpoint(); // every hash remembered by the thread
      expect(first?.seq).toBe(50);
      await Promise.all([put(threaded, "a", 3000), put(inline, "b", 1500)]);
      await put(threaded, "c", 20);
      const second = await threaded.checkpoint(); // gaps: the thread reads the other writer's slices
      const third = await inline.checkpoint();
      expect([second?.seq, third?.seq]).toEqual([4570, 4570]);
      expect(third?.root).toBe(second?.root);
      expect(await verifyLog(threaded.backend)).toMatchObject({ ok: true, entries: 4570, checkpoints: 2 });
    } finally {
      await threaded.close();
      await inline.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the group-commit window on the writer thread", () => {
  it("after an idle spell an entry is committed without waiting; right after a commit, the next waits out the window", async () => {
    const dir = tempDir("warden-audit-thread-window-");
    const log = AuditLog.openSqlite({ dataDir: dir, groupCommitMs: 2_000, checkpointIntervalMs: 0, checkpointEvery: 1_000_000, writerThread: true });
    try {
      const put = (id: string) => log.append({ kind: "request", requestId: id, time: Date.now(), tenant: "t", app: "a", keyId: "k", meta: {} });
      await put("warm-up"); // the thread started; this one may wait (no commit yet counts as idle)
      await new Promise((r) => setTimeout(r, 2_100)); // idle: the window since the last commit is over
      let t = performance.now();
      await put("after-idle");
      expect(performance.now() - t).toBeLessThan(1_500);
      t = performance.now();
      const [a, b] = await Promise.all([put("busy-1"), put("busy-2")]); // right after a commit: one batch, after the window
      expect(performance.now() - t).toBeGreaterThan(1_500);
      expect(b).toBe(a + 1);
    } finally {
      await log.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a gateway whose writer thread dies, restarts disabled", () => {
  // With restarts (the default) see writer-restart.test.ts.
  it("fails closed: 503 WARDEN_AUDIT_UNAVAILABLE, nothing forwarded; the failure is recorded", async () => {
    const dir = tempDir("warden-audit-thread-gw-");
    const { config } = parseConfig(
      { dataDir: dir, listen: { host: "127.0.0.1", port: 0 }, providers: { demo: { type: "demo" } }, routes: [{ models: ["*"], provider: "demo" }], audit: { checkpoint: { intervalMs: 0 }, writerRestart: { enabled: false } } },
      {},
      "test",
    );
    const gw = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1", guard: passThroughGuard });
    try {
      const { key } = gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
      const url = `${gw.url}/v1/chat/completions`;
      const ok = await postJson(url, { model: "demo", messages: [{ role: "user", content: "hi" }] }, key);
      expect(ok.status).toBe(200);
      const thread = threadOf(gw.audit as AuditLog);
      if (!thread) throw new Error("the gateway does not write from a thread");
      await workerOf(thread).terminate();
      const res = await postJson(url, { model: "demo", messages: [{ role: "user", content: "hi again" }] }, key);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("WARDEN_AUDIT_UNAVAILABLE");
      // The evidence shows where recording stopped: written on the event loop's own connection.
      const log = gw.audit as AuditLog;
      await log.flush();
      const events = (await log.backend.search({ kind: "admin" })).map((e) => JSON.parse(e.meta) as { event: string });
      expect(events.filter((m) => m.event === "audit.writer.failed")).toHaveLength(1);
      expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
    } finally {
      await gw.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("closing the log is the last thing a process does", () => {
  it("the final commit and checkpoint complete before the process exits (the worker threads hold it while busy)", async () => {
    const dir = tempDir("warden-audit-thread-exit-");
    try {
      const src = resolve("src/record");
      const script = join(dir, "close-last.mts");
      writeFileSync(
        script,
        `import { AuditLog } from ${JSON.stringify(`${src}/audit-log.ts`)};
         import { SqliteAuditBackend } from ${JSON.stringify(`${src}/sqlite-audit-backend.ts`)};
         const dir = ${JSON.stringify(dir)};
         const log = AuditLog.open(new SqliteAuditBackend(dir + "/audit.db", { backgroundCheckpointMs: 1000 }), { dataDir: dir, groupCommitMs: 0, checkpointIntervalMs: 0, writerThread: true, checkpointOnClose: true });
         void log.append({ kind: "request", requestId: "last", time: Date.now(), tenant: "t", app: "a", keyId: "k", meta: {}, payload: { a: 1 } });
         await log.close();
         console.log("closed");\n`,
      );
      const out = await new Promise<{ code: number | null; stdout: string }>((done) => {
        const child = execFile(process.execPath, ["--import", "tsx", script], { cwd: process.cwd(), timeout: 60_000 }, (_err, stdout) => done({ code: child.exitCode, stdout }));
      });
      expect(out).toEqual({ code: 0, stdout: "closed\n" });
      const backend = new SqliteAuditBackend(join(dir, "audit.db"), { readonly: true });
      try {
        expect((await backend.search({ requestId: "last" })).length).toBe(1);
        expect((await backend.lastCheckpoint())?.seq).toBe(1);
      } finally {
        await backend.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
