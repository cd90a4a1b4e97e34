/**
 * `node --import tsx bench/audit/recorder-cpu.ts`: CPU time per call spent in the audit recorder alone (request
 * and response entries of a 4 KB chat call through `AuditRecorder` on SQLite with the default 2 ms window), with
 * CONCURRENCY calls in flight. Measured as `process.cpuUsage()` (user + system, all threads) per call, best of
 * ROUNDS, so that the figure holds on a shared, noisy machine. Env: BENCH_CALLS (default 20000),
 * BENCH_CONCURRENCY (default 128), BENCH_ROUNDS (default 3).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallContext } from "../../src/core/call-context.js";
import type { JsonObject } from "../../src/core/json.js";
import type { CancelSignal } from "../../src/core/cancel-signal.js";
import { AuditLog } from "../../src/record/audit-log.js";
import { AuditRecorder } from "../../src/record/audit-recorder.js";
import { SqliteAuditBackend } from "../../src/record/sqlite-audit-backend.js";
import { chatBody } from "../support/chat-body.js";

const CALLS = Number(process.env["BENCH_CALLS"] ?? 20_000);
const CONCURRENCY = Number(process.env["BENCH_CONCURRENCY"] ?? 128);
const ROUNDS = Number(process.env["BENCH_ROUNDS"] ?? 3);

const raw = chatBody(4096, "gpt-bench", false);
const original = JSON.parse(raw) as JsonObject;
const responseRaw = JSON.stringify({
  id: "chatcmpl-bench",
  object: "chat.completion",
  created: 1_700_000_000,
  model: "gpt-bench",
  choices: [{ index: 0, message: { role: "assistant", content: "The meeting covered the billing migration. ".repeat(12) }, finish_reason: "stop" }],
  usage: { prompt_tokens: 900, completion_tokens: 120, total_tokens: 1020 },
});
const response = JSON.parse(responseRaw) as JsonObject;

function context(i: number): CallContext {
  return {
    requestId: `req_${i.toString(16).padStart(16, "0")}`,
    receivedAt: Date.now(),
    principal: { keyId: "key_0123456789", tenant: "bench", app: "bench", roles: ["app"] },
    api: "openai.chat",
    original,
    rawBody: raw,
    spec: { api: "openai.chat", model: "gpt-bench", stream: false, parts: [] },
    providerName: "up",
    upstreamModel: "gpt-bench",
    clientHeaders: {},
    signal: {} as CancelSignal,
    responseHeaders: {},
  };
}

const dir = mkdtempSync(join(tmpdir(), "warden-bench-recorder-"));
// As the gateway opens it: SQLite's WAL checkpoints from a worker thread (their CPU counts too).
const log = AuditLog.open(new SqliteAuditBackend(join(dir, "audit.db"), { backgroundCheckpointMs: 1000 }), { dataDir: dir, groupCommitMs: 2, checkpointIntervalMs: 0 });
const recorder = new AuditRecorder(log);
let best = Infinity;
let id = 0;
for (let round = 0; round < ROUNDS; round++) {
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
  const secs = (performance.now() - t0) / 1000;
  console.log(`round ${round + 1}: ${us.toFixed(1)} µs CPU per call (user ${(cpu.user / CALLS).toFixed(1)}, system ${(cpu.system / CALLS).toFixed(1)}), ${(CALLS / secs).toFixed(0)} calls/s`);
  best = Math.min(best, us);
}
console.log(`audit recorder, 4 KB chat call (2 entries), ${CONCURRENCY} in flight: best ${best.toFixed(1)} µs CPU per call`);
const keepAlive = setInterval(() => undefined, 1000); // the log's own close timers are unref'd
await log.close();
clearInterval(keepAlive);
rmSync(dir, { recursive: true, force: true });
