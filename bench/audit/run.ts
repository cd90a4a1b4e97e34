/**
 * `npm run bench:audit`: (1) per-record costs on the request path (chain hash, payload digest, encryption) for a
 * 4 KB payload; (2) sustained records/s with 4 KB payloads through group commit on SQLite and PostgreSQL
 * (WARDEN_BENCH_PG_URL, default 127.0.0.1:5432; skipped when no server answers), SQLite both inline and through the
 * writer thread; (3) the gateway's req/s with auditing off, on (writer thread, the default) and on with the inline
 * writer, in the same run (the real CLI: `npm run build` first).
 * Environment: BENCH_RECORDS (default 20000), BENCH_DURATION_MS (default 4000), BENCH_CONNECTIONS (default 128),
 * BENCH_SKIP_GATEWAY=1. req/s is noisy on a shared machine: `bench/audit/gateway-cpu.ts` (gateway CPU per request,
 * audit off vs on) and `bench/audit/recorder-cpu.ts` (the recorder's CPU per call) measure CPU time instead.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EntryDraft } from "../../src/record/audit-entry.js";
import { AuditLog } from "../../src/record/audit-log.js";
import { encryptPayload } from "../../src/record/data-keys.js";
import { digest, hashEntry } from "../../src/record/entry-hash.js";
import { verifyLog } from "../../src/record/verify-log.js";
import { PostgresAuditBackend } from "../../src/record/postgres-audit-backend.js";
import pg from "pg";
import { chatBody } from "../support/chat-body.js";
import { type LoadResult, runLoad, spawnChild } from "../support/spawn-child.js";
import { startWardenCli } from "../support/warden-cli.js";

const RECORDS = Number(process.env["BENCH_RECORDS"] ?? 20_000);
const duration = Number(process.env["BENCH_DURATION_MS"] ?? 4000);
/** Enough connections to saturate the gateway: fewer measure added latency (closed loop), not capacity. */
const connections = Number(process.env["BENCH_CONNECTIONS"] ?? 128);
const payload = { model: "gpt-bench", messages: [{ role: "user", content: "x".repeat(4000) }] };
const payloadBytes = Buffer.from(JSON.stringify(payload));

function perOp(label: string, n: number, fn: () => void): number {
  for (let i = 0; i < 1000; i++) fn();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn();
  const us = Number(process.hrtime.bigint() - t0) / 1000 / n;
  console.log(`${label.padEnd(44)} ${us.toFixed(2)} µs`);
  return us;
}

// (1) request-path costs per record
const key = randomBytes(32);
const ct = encryptPayload(key, payloadBytes, "r\0request\0payload");
const draft: EntryDraft = {
  kind: "request",
  requestId: "req_0123456789abcdef",
  time: Date.now(),
  tenant: "bench",
  app: "bench",
  keyId: "key_0123456789",
  meta: JSON.stringify({ api: "openai.chat", provider: "up", model: "gpt-bench", stream: false, verdict: "forward", changed: false, latency: { preForwardMs: 1 } }),
  keyVersion: 1,
  payload: ct,
  original: null,
  payloadDigest: digest(ct),
  originalDigest: null,
};
const prev = randomBytes(32);
console.log("per record, 4 KB payload:");
const chainUs = perOp("  chain hash (canonical encoding + SHA-256)", 50_000, () => hashEntry(42, prev, draft));
const digestUs = perOp("  payload digest (SHA-256 of 4 KB ciphertext)", 50_000, () => digest(ct));
perOp("  AES-256-GCM encryption of 4 KB", 50_000, () => encryptPayload(key, payloadBytes, "r\0request\0payload"));

// (2) sustained records/s through group commit, on SQLite and (when a server answers) PostgreSQL
async function sustained(log: AuditLog): Promise<{ rps: number; cpMs: number; verifyRps: number; ok: boolean }> {
  const inFlight = 512;
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < RECORDS) {
        const i = next++;
        await log.append({ kind: "request", requestId: `r${i}`, time: Date.now(), tenant: `t${i % 8}`, app: "bench", keyId: "k", meta: { model: "gpt-bench", status: 200 }, payload });
      }
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  const cpT0 = performance.now();
  await log.checkpoint();
  const cpMs = performance.now() - cpT0;
  const vT0 = performance.now();
  const v = await verifyLog(log.backend);
  return { rps: RECORDS / secs, cpMs, verifyRps: v.entries / ((performance.now() - vT0) / 1000), ok: v.ok };
}

const report = (name: string, target: number, r: Awaited<ReturnType<typeof sustained>>) => {
  console.log(`\n${name}, ${RECORDS} records of 4 KB, 512 in flight, 2 ms group-commit window:`);
  console.log(`  append: ${r.rps.toFixed(0)} records/s (target ≥ ${target})`);
  console.log(`  first checkpoint (Merkle over all): ${r.cpMs.toFixed(0)} ms; verify: ${r.verifyRps.toFixed(0)} records/s (${r.ok ? "ok" : "FAILED"})`);
};

const dir = mkdtempSync(join(tmpdir(), "warden-bench-audit-"));
const sqliteLog = AuditLog.openSqlite({ dataDir: dir, groupCommitMs: 2, checkpointIntervalMs: 0, checkpointEvery: 1_000_000 });
report("SQLite", 5000, await sustained(sqliteLog));
await sqliteLog.close();
const threadDir = mkdtempSync(join(tmpdir(), "warden-bench-audit-thread-"));
const threadLog = AuditLog.openSqlite({ dataDir: threadDir, groupCommitMs: 0, checkpointIntervalMs: 0, checkpointEvery: 1_000_000, writerThread: true });
await threadLog.admin("bench.warmup", {}); // the thread is started (from sources: tsx loaded) before the clock runs
report("SQLite, writer thread", 5000, await sustained(threadLog));
await threadLog.close();
rmSync(threadDir, { recursive: true, force: true });

const pgUrl = process.env["WARDEN_BENCH_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/postgres";
const probe = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 1500 });
const pgUp = await probe.connect().then(
  () => true,
  () => false,
);
if (pgUp) {
  const schema = `warden_bench_${process.pid}`;
  const pgLog = AuditLog.open(new PostgresAuditBackend({ url: pgUrl, schema }), { dataDir: dir, groupCommitMs: 2, checkpointIntervalMs: 0, checkpointEvery: 1_000_000 });
  report("PostgreSQL", 2000, await sustained(pgLog));
  await pgLog.close();
  await probe.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  const pgThreadLog = AuditLog.open(new PostgresAuditBackend({ url: pgUrl, schema }), { dataDir: dir, groupCommitMs: 0, checkpointIntervalMs: 0, checkpointEvery: 1_000_000, writerThread: true });
  await pgThreadLog.admin("bench.warmup", {}); // the thread and its pool started before the clock runs
  report("PostgreSQL, writer thread", 2000, await sustained(pgThreadLog));
  await pgThreadLog.close();
  await probe.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
} else console.log("\nPostgreSQL: no server at WARDEN_BENCH_PG_URL, skipped");
await probe.end().catch(() => undefined);
rmSync(dir, { recursive: true, force: true });

// (3) gateway with auditing on vs off
if (process.env["BENCH_SKIP_GATEWAY"] !== "1") {
  const mock = await spawnChild<{ port: number }>(new URL("../support/mock-upstream.ts", import.meta.url).pathname);
  const upstream = `http://127.0.0.1:${mock.info.port}`;
  const base = `providers:\n  up: { type: openai, baseUrl: "${upstream}/v1" }\nroutes:\n  - { models: ["*"], provider: up }\nlogging: { level: warn }\n`;
  const results: Record<string, LoadResult> = {};
  const variants = [
    ["audit off", "audit: { enabled: false }\n"],
    ["audit on", ""],
    ["audit inline", "store: { type: sqlite, writer: inline }\n"],
  ] as const;
  // Two interleaved rounds, best of each: the position in the run otherwise weighs more than the variant (the
  // shared mock upstream and the machine warm up).
  for (let round = 0; round < 2; round++) {
    for (const [name, extra] of variants) {
      const w = await startWardenCli(base + extra);
      const r = await runLoad({ url: `${w.url}/v1/chat/completions`, body: chatBody(4096, "gpt-bench", false), headers: { authorization: `Bearer ${w.key}` }, connections, durationMs: duration });
      await w.stop();
      const prev = results[name];
      if (!prev || r.rps > prev.rps) results[name] = r;
    }
  }
  await mock.stop();
  console.log(`\ngateway, 4 KB chat requests, ${connections} connections:`);
  for (const [name, r] of Object.entries(results)) console.log(`  ${name.padEnd(12)} ${r.rps.toFixed(0)} req/s  p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  errors ${r.errors}`);
  const off = results["audit off"] as LoadResult;
  const on = results["audit on"] as LoadResult;
  console.log(`  auditing (default config) costs ${(100 * (1 - on.rps / off.rps)).toFixed(1)}% of throughput (target ≤ 20%)`);
}
console.log(`\nchain hashing + payload digest: ${(chainUs + digestUs).toFixed(2)} µs per record (target ≤ 5 µs on the request path; in the gateway both run on the writer thread)`);
