/**
 * `node --import tsx bench/audit/recorder-cpu.ts`: CPU time per call spent in the audit recorder alone (request
 * and response entries of a 4 KB chat call through `AuditRecorder` on SQLite with the default 2 ms window), with
 * CONCURRENCY calls in flight. Measured as `process.cpuUsage()` (user + system, all threads) per call, and the main
 * thread's own CPU (from /proc), best of ROUNDS, so that the figure holds on a shared, noisy machine. Env:
 * BENCH_CALLS (default 20000), BENCH_CONCURRENCY (default 128), BENCH_ROUNDS (default 3), BENCH_WRITER (`inline`
 * or `thread`: where encryption, hashing and SQLite writes run; default both, interleaved), BENCH_IDS (`gateway`: request
 * ids as the gateway generates them, time-ordered, the default; `random`: random hex, as before 2026-11-26 and as
 * callers' own `x-request-id` values may be; the audit index on request ids pays for random ones), BENCH_WINDOW_MS
 * (`audit.groupCommitMs`, default 0).
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallContext } from "../../src/core/call-context.js";
import { AuditLog } from "../../src/record/audit-log.js";
import { AuditRecorder } from "../../src/record/audit-recorder.js";
import { SqliteAuditBackend } from "../../src/record/sqlite-audit-backend.js";
import { requestIdFor } from "../../src/server/request-id.js";
import { auditBenchCall, mainThreadUs } from "./audit-bench-call.js";

const CALLS = Number(process.env["BENCH_CALLS"] ?? 20_000);
const CONCURRENCY = Number(process.env["BENCH_CONCURRENCY"] ?? 128);
const ROUNDS = Number(process.env["BENCH_ROUNDS"] ?? 3);

const { original, response, responseRaw, context: callContext } = auditBenchCall(12);

const randomIds = process.env["BENCH_IDS"] === "random";
const requestId = (): string => (randomIds ? `req_${randomUUID().replace(/-/g, "")}` : requestIdFor({}));

const context = (_i: number): CallContext => callContext(requestId());

const writers = (process.env["BENCH_WRITER"] ?? "inline,thread").split(",") as ("inline" | "thread")[];
const dir = mkdtempSync(join(tmpdir(), "warden-bench-recorder-"));
// As the gateway opens it: SQLite's WAL checkpoints from a worker thread (their CPU counts too).
const logs = Object.fromEntries(
  writers.map((w) => {
    const log = AuditLog.open(new SqliteAuditBackend(join(dir, `audit-${w}.db`), { backgroundCheckpointMs: 1000 }), { dataDir: dir, groupCommitMs: Number(process.env["BENCH_WINDOW_MS"] ?? 0), checkpointIntervalMs: 0, writerThread: w === "thread" });
    return [w, { log, recorder: new AuditRecorder(log, { rejections: false }) }];
  }),
);
const bestOf: Record<string, { all: number; main: number }> = {};
let id = 0;
for (let round = 0; round < ROUNDS; round++) for (const w of writers) {
  const { recorder } = logs[w] as { recorder: AuditRecorder };
  const m0 = mainThreadUs();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < CALLS) {
        const ctx = context(id++);
        await recorder.begin(ctx, { kind: "forward", body: original, changed: false });
        await recorder.complete(ctx, { status: 200, upstreamStatus: 200, response, responseRaw, finishedAt: Date.now() });
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  const us = (cpu.user + cpu.system) / CALLS;
  const main = (mainThreadUs() - m0) / CALLS;
  const secs = (performance.now() - t0) / 1000;
  console.log(`round ${round + 1} ${w.padEnd(6)}: ${us.toFixed(1)} µs CPU per call (main thread ${main.toFixed(1)}), ${(CALLS / secs).toFixed(0)} calls/s`);
  const b = bestOf[w];
  bestOf[w] = { all: Math.min(b?.all ?? Infinity, us), main: Math.min(b?.main ?? Infinity, main) };
}
for (const w of writers) {
  const b = bestOf[w] as { all: number; main: number };
  console.log(`audit recorder (${w} writer), 4 KB chat call (2 entries), ${CONCURRENCY} in flight: best ${b.all.toFixed(1)} µs CPU per call, ${b.main.toFixed(1)} µs of it on the main thread`);
}
const keepAlive = setInterval(() => undefined, 1000); // the log's own close timers are unref'd
for (const { log } of Object.values(logs)) await log.close();
clearInterval(keepAlive);
rmSync(dir, { recursive: true, force: true });
