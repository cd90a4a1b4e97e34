/**
 * `node --import tsx bench/proxy/access-stage.ts`: the access stages on their own, in this process (no HTTP), so the
 * figures hold on a busy machine.
 * 1. What `bench:access`'s "access" target adds to "core", per call, as CPU µs in an ABAB A/B (5 rounds, medians):
 *    core = key authentication (real key store) + role check + the limit stage with no limit configured;
 *    access = the same with a key carrying model and source allowlists, all nine limits (memory), and the
 *    `x-ratelimit-*` headers built.
 * 2. `Limiter.admit` + `end` alone with three subjects × three limits (never reached), in memory and, when it
 *    answers, in Redis (127.0.0.1:6379; 1 and 32 calls in flight; exact mode `leaseMs: 0` and leases), with the
 *    lease scripts (Redis round trips) per call, and the allowlist checks alone.
 * 3. Two Redis replicas spending one request limit at once: admitted calls against the limit (never more), and
 *    how much of it was admitted before the first refusal (units held unspent by the other replica).
 * Env: BENCH_CALLS (default 100000 in memory, a tenth of it with Redis).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { Authenticator } from "../../src/authenticate/authenticate.js";
import { SqliteKeyStore } from "../../src/authenticate/sqlite-key-store.js";
import { modelAllowed } from "../../src/authenticate/model-allowlist.js";
import { compileSourceAllowlist } from "../../src/authenticate/source-allowlist.js";
import type { MessageSpec } from "../../src/core/message-spec.js";
import { openaiChatEndpoint } from "../../src/api/openai-chat/openai-chat-endpoint.js";
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
        limit.observe(openaiChatEndpoint, usage);
        limit.end();
      }
    }),
  );
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return { cpuUs: (cpu.user + cpu.system) / n, perSec: (n / ms) * 1000 };
}

const fmt = (n: number, d = 1) => n.toFixed(d);

// 1. The A/B: what access adds to core per call.
{
  const dir = mkdtempSync(join(tmpdir(), "warden-bench-stage-"));
  const keys = new SqliteKeyStore(dir);
  const auth = new Authenticator(keys);
  const plain = { authorization: `Bearer ${keys.create({ tenant: "bench", app: "bench", roles: ["app"] }).key}` };
  const guarded = { authorization: `Bearer ${keys.create({ tenant: "bench", app: "bench", roles: ["app"], models: ["gpt-bench*", "gpt-4o*"], cidrs: ["127.0.0.0/8", "::1/128"] }).key}` };
  const none = new Limiter(limitsConfigSchema.parse({}), new MemoryLimitStore(), log);
  const limited = new Limiter(cfg, new MemoryLimitStore(), log);
  const body = { model: "gpt-4o-mini", messages: [{ role: "user", content: "x".repeat(1000) }] };
  const call = async (headers: typeof plain, limiter: Limiter, models: boolean): Promise<void> => {
    const p = auth.authenticate(headers, Date.now(), "::ffff:127.0.0.1");
    if (!p.roles.includes("app")) throw new Error("role");
    if (models && !modelAllowed(p.models, spec.model)) throw new Error("model");
    const limit = await limiter.admit(p, spec, body);
    limit.responseHeaders();
    limit.observe(openaiChatEndpoint, usage);
    limit.end();
  };
  const run = async (headers: typeof plain, limiter: Limiter, models: boolean, n: number): Promise<number> => {
    const c0 = process.cpuUsage();
    for (let i = 0; i < n; i++) await call(headers, limiter, models);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / n;
  };
  await run(plain, none, false, 20_000);
  await run(guarded, limited, true, 20_000);
  const core: number[] = [];
  const access: number[] = [];
  for (let r = 0; r < 5; r++) {
    core.push(await run(plain, none, false, calls));
    access.push(await run(guarded, limited, true, calls));
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[2] as number;
  console.log(`A/B, CPU µs per call (median of 5 ABAB rounds of ${calls}): core ${fmt(med(core), 2)}, access ${fmt(med(access), 2)}, access adds ${fmt(med(access) - med(core), 2)} µs`);
  console.log(`  rounds: core ${core.map((x) => fmt(x, 2)).join(" ")} | access ${access.map((x) => fmt(x, 2)).join(" ")}`);
  auth.close();
  keys.close();
  await none.close();
  await limited.close();
  rmSync(dir, { recursive: true, force: true });
}

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
  const n = Math.max(1_000, Math.floor(calls / 10));
  // Exact mode (leaseMs 0: every call asks Redis, and settles there) against leases (the default, 1 s).
  for (const leaseMs of [0, 1_000]) {
    const store = new RedisLimitStore(client, `${redisCfg.keyPrefix}${leaseMs}:`, 30_000, (err) => console.error(err), { leaseMs });
    await measure(store, 500, 8); // warm-up (script load)
    for (const inFlight of [1, 32]) {
      const trips = store.roundTrips;
      const r = await measure(store, leaseMs === 0 ? n : calls, inFlight);
      const perCall = (store.roundTrips - trips) / (leaseMs === 0 ? n : calls);
      console.log(`redis store, leaseMs ${leaseMs}, ${inFlight} in flight: ${fmt(r.cpuUs)} µs client CPU per call, ${fmt(r.perSec, 0)} calls/s, ${perCall.toFixed(4)} lease scripts per call`);
    }
    await store.close();
  }
  // Two replicas (two connections) spending one limit: never more than the limit, and how much of it they reach.
  const second = await openRedis(redisCfg, log);
  const limit = 20_000;
  const pair = [client, second].map((c) => new RedisLimitStore(c, `${redisCfg.keyPrefix}pair:`, 30_000, (err) => console.error(err)));
  const req = { subjects: [{ scope: "tenant" as const, id: "t:pair", rpm: limit, tpm: HIGH, concurrency: 64 }], tokens: 50, windowMs: 60_000 };
  let admitted = 0;
  let overAt = 0;
  const t0 = performance.now();
  let firstRefusal = 0;
  await Promise.all(
    pair.flatMap((store) =>
      Array.from({ length: 16 }, async () => {
        while (performance.now() - t0 < 5_000) {
          const res = await store.admit(req);
          if (res.ok) {
            admitted++;
            if (admitted > limit) overAt++;
            await res.lease.settle(40);
          } else {
            if (firstRefusal === 0) firstRefusal = admitted;
            await new Promise((r) => setTimeout(r, 20));
          }
        }
      }),
    ),
  );
  console.log(`two replicas, rpm ${limit}, 16 + 16 in flight for 5 s: admitted ${admitted} (over the limit: ${overAt}); first refusal after ${firstRefusal} admitted (${fmt((100 * firstRefusal) / limit)} % of the limit)`);
  for (const store of pair) await store.close();
  second.disconnect();
  const keys = await client.keys(`${redisCfg.keyPrefix}*`);
  if (keys.length > 0) await client.del(...keys);
} else {
  console.log("redis store: skipped (no Redis at 127.0.0.1:6379)");
}
client.disconnect();
