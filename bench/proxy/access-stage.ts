/**
 * `node --import tsx bench/proxy/access-stage.ts`: the limit stage on its own, in this process (no HTTP), so the
 * figure holds on a busy machine: CPU µs per call of `Limiter.admit` + `end` with three subjects (key, app, tenant)
 * each with a request, token and concurrency limit (never reached), in memory and, when it answers, in Redis
 * (127.0.0.1:6379; 1 and 32 calls in flight). Also the key checks the authenticate stage adds: model and source
 * allowlists. Env: BENCH_CALLS (default 100000 in memory, a tenth of it with Redis).
 */
import pino from "pino";
import { modelAllowed } from "../../src/authenticate/model-allowlist.js";
import { compileSourceAllowlist } from "../../src/authenticate/source-allowlist.js";
import type { MessageSpec } from "../../src/core/message-spec.js";
import type { Principal } from "../../src/core/principal.js";
import { Limiter } from "../../src/limit/limiter.js";
import type { LimitStore } from "../../src/limit/limit-store.js";
import { limitsConfigSchema } from "../../src/limit/limits-config.js";
import { MemoryLimitStore } from "../../src/limit/memory-limit-store.js";
import { RedisLimitStore } from "../../src/limit/redis-limit-store.js";
import { openRedis } from "../../src/redis/open-redis.js";

const calls = Number(process.env["BENCH_CALLS"] ?? 100_000);
const HIGH = 1_000_000_000;
const all = { rpm: HIGH, tpm: HIGH, concurrency: 100_000 };
const cfg = limitsConfigSchema.parse({ key: all, app: all, tenant: all });
const log = pino({ level: "silent" });
const principal: Principal = { keyId: "bench", tenant: "bench", app: "bench", roles: ["app"], models: ["gpt-4o*"] };
const spec: MessageSpec = { api: "openai.chat", model: "gpt-4o-mini", stream: false, parts: [{ path: ["messages", 0, "content"], role: "user", kind: "text", text: "x".repeat(1000), messageIndex: 0 }] };
const usage = { usage: { prompt_tokens: 250, completion_tokens: 50, total_tokens: 300 } };

async function measure(store: LimitStore, n: number, inFlight: number): Promise<{ cpuUs: number; perSec: number }> {
  const limiter = new Limiter(cfg, store, log);
  let started = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (started < n) {
        started++;
        const limit = await limiter.admit(principal, spec);
        limit.observe(usage);
        limit.end();
      }
    }),
  );
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return { cpuUs: (cpu.user + cpu.system) / n, perSec: (n / ms) * 1000 };
}

const fmt = (n: number, d = 1) => n.toFixed(d);
const memory = new MemoryLimitStore();
await measure(memory, Math.min(calls, 20_000), 1); // warm-up
const m = await measure(memory, calls, 1);
console.log(`memory store: ${fmt(m.cpuUs)} µs CPU per call (admit + settle, 3 subjects × 3 limits), ${fmt(m.perSec, 0)} calls/s`);
await memory.close();

const allow = compileSourceAllowlist(["10.0.0.0/8", "127.0.0.0/8", "::1/128"]);
let ok = 0;
const a0 = process.cpuUsage();
for (let i = 0; i < calls; i++) ok += Number(modelAllowed(principal.models, "gpt-4o-mini")) + Number(allow("::ffff:127.0.0.1"));
const a = process.cpuUsage(a0);
console.log(`allowlists: ${fmt((a.user + a.system) / calls, 2)} µs CPU per call (model glob + source CIDR, ${ok === 2 * calls ? "all admitted" : "UNEXPECTED REFUSALS"})`);

const redisCfg = { url: "redis://127.0.0.1:6379", keyPrefix: `warden-bench-stage-${process.pid}:`, connectTimeoutMs: 1_000, commandTimeoutMs: 5_000 };
const client = await openRedis(redisCfg, log);
if (client.status === "ready") {
  const store = new RedisLimitStore(client, redisCfg.keyPrefix, 30_000, (err) => console.error(err));
  const n = Math.max(1_000, Math.floor(calls / 10));
  await measure(store, 500, 8); // warm-up (script load)
  for (const inFlight of [1, 32]) {
    const r = await measure(store, n, inFlight);
    console.log(`redis store, ${inFlight} in flight: ${fmt(r.cpuUs)} µs client CPU per call, ${fmt(r.perSec, 0)} calls/s (2 round trips per call)`);
  }
  await store.close();
  const keys = await client.keys(`${redisCfg.keyPrefix}*`);
  if (keys.length > 0) await client.del(...keys);
} else {
  console.log("redis store: skipped (no Redis at 127.0.0.1:6379)");
}
client.disconnect();
