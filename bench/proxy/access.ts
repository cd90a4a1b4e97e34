/**
 * `npm run bench:access`: what access control costs, in one run against the same mock upstream:
 *   bare    a node:http + undici Pool pass-through (no gateway logic),
 *   core    the Warden core (API-key authentication, role check, parsing, routing, forwarding; no policy, no audit),
 *   access  the core plus a key with a model allowlist and a source-IP allowlist, and request-rate, token and
 *           concurrency limits per key, app and tenant counted in memory (limits high enough never to refuse),
 *   redis   the same limits counted in Redis (127.0.0.1:6379; skipped when it does not answer), with leases (the
 *           default `limits.leaseMs`: a replica takes units in batches and spends them locally),
 *   rexact  the same in Redis's exact mode (`limits.leaseMs: 0`: a Redis round trip before every call).
 * Cells are measured in interleaved rounds (bare, core, access, redis, then again) and the median per target is
 * printed with its ratio to bare and to core from the same run, plus the gateway process's CPU time per request
 * (user + system, from /proc): on a machine shared with other work, CPU per request is the steadier figure.
 * Environment: BENCH_DURATION_MS (default 3000) per measurement, BENCH_ROUNDS (default 3).
 */
import { readFileSync } from "node:fs";
import { createConnection } from "node:net";
import { chatBody } from "../support/chat-body.js";
import { type Child, type LoadResult, runLoad, spawnChild } from "../support/spawn-child.js";

const here = (p: string) => new URL(p, import.meta.url).pathname;
const duration = Number(process.env["BENCH_DURATION_MS"] ?? 3000);
const rounds = Number(process.env["BENCH_ROUNDS"] ?? 3);
const HIGH = 1_000_000_000;

const redisUp = await new Promise<boolean>((resolve) => {
  const s = createConnection({ host: "127.0.0.1", port: 6379 }, () => {
    s.end();
    resolve(true);
  });
  s.on("error", () => resolve(false));
});

const mock = await spawnChild<{ port: number }>(here("../support/mock-upstream.ts"));
const upstream = `http://127.0.0.1:${mock.info.port}`;
const base = { providers: { up: { type: "openai", baseUrl: `${upstream}/v1` } }, routes: [{ models: ["*"], provider: "up" }] };
const limits = {
  key: { rpm: HIGH, tpm: HIGH, concurrency: 100_000 },
  app: { rpm: HIGH, tpm: HIGH, concurrency: 100_000 },
  tenant: { rpm: HIGH, tpm: HIGH, concurrency: 100_000 },
};
const key = { models: ["gpt-bench*", "gpt-4o*"], cidrs: ["127.0.0.0/8", "::1/128"] };
type WardenInfo = { url: string; key: string; pid: number };
const bare = await spawnChild<{ port: number }>(here("../support/bare-proxy.ts"), [upstream]);
const core = await spawnChild<WardenInfo>(here("../support/warden-child.ts"), [JSON.stringify({ controls: "off", config: base })]);
const access = await spawnChild<WardenInfo>(here("../support/warden-child.ts"), [JSON.stringify({ controls: "off", config: { ...base, limits }, key })]);
const redis = redisUp
  ? await spawnChild<WardenInfo>(here("../support/warden-child.ts"), [
      JSON.stringify({ controls: "off", config: { ...base, limits, redis: { url: "redis://127.0.0.1:6379", keyPrefix: `warden-bench-${process.pid}:` } }, key }),
    ])
  : undefined;
const rexact = redisUp
  ? await spawnChild<WardenInfo>(here("../support/warden-child.ts"), [
      JSON.stringify({ controls: "off", config: { ...base, limits: { ...limits, leaseMs: 0 }, redis: { url: "redis://127.0.0.1:6379", keyPrefix: `warden-bench-x-${process.pid}:` } }, key }),
    ])
  : undefined;

const targets: { name: string; url: string; headers: Record<string, string>; pid: number }[] = [
  { name: "bare", url: `http://127.0.0.1:${bare.info.port}/v1/chat/completions`, headers: {}, pid: bare.proc.pid as number },
  { name: "core", url: `${core.info.url}/v1/chat/completions`, headers: { authorization: `Bearer ${core.info.key}` }, pid: core.info.pid },
  { name: "access", url: `${access.info.url}/v1/chat/completions`, headers: { authorization: `Bearer ${access.info.key}` }, pid: access.info.pid },
  ...(redis ? [{ name: "redis", url: `${redis.info.url}/v1/chat/completions`, headers: { authorization: `Bearer ${redis.info.key}` }, pid: redis.info.pid }] : []),
  ...(rexact ? [{ name: "rexact", url: `${rexact.info.url}/v1/chat/completions`, headers: { authorization: `Bearer ${rexact.info.key}` }, pid: rexact.info.pid }] : []),
];

/** CPU time (user + system) a process has used, in µs (/proc/<pid>/stat fields 14 and 15, in clock ticks of 10 ms). */
function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : (s[(s.length - 1) >> 1] as number);
};
const fmt = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "-");

const cells: { label: string; stream: boolean; connections: number }[] = [
  { label: "1KB json   c=32", stream: false, connections: 32 },
  { label: "1KB json   c=1 ", stream: false, connections: 1 },
  { label: "1KB stream c=32", stream: true, connections: 32 },
];
const lines: string[] = [];
const addedLines: string[] = [];
for (const cell of cells) {
  const body = chatBody(1024, "gpt-bench", cell.stream);
  const got: Record<string, LoadResult[]> = {};
  const cpu: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r++) {
    for (const t of targets) {
      const before = cpuMicros(t.pid);
      // The load generator's warm-up second is also served: count its requests (approximately) in the divisor.
      const res = await runLoad({ url: t.url, body, headers: t.headers, connections: cell.connections, durationMs: duration });
      (got[t.name] ??= []).push(res);
      (cpu[t.name] ??= []).push((cpuMicros(t.pid) - before) / (res.rps * (duration + 1000) / 1000));
    }
  }
  const rps = (name: string) => median((got[name] ?? []).map((x) => x.rps));
  const p50 = (name: string) => median((got[name] ?? []).map((x) => x.p50));
  const errors = Object.values(got).flat().reduce((n, x) => n + x.errors, 0);
  const cols = targets.map((t) => `${fmt(rps(t.name)).padStart(7)} ${fmt(p50(t.name), 2).padStart(6)} ${fmt(median(cpu[t.name] ?? [])).padStart(5)}`);
  const ratios = targets.slice(2).map((t) => `${fmt(rps(t.name) / rps("bare"), 2)}x / ${fmt(rps(t.name) / rps("core"), 2)}x`);
  lines.push(`${cell.label} | ${cols.join(" | ")} | ${ratios.map((r) => r.padStart(13)).join(" | ")} | ${errors}`);
  // What the access stage adds per request: the gateway CPU of access minus core, per round (same load), median.
  const added = median((cpu["access"] ?? []).map((a, i) => a - ((cpu["core"] ?? [])[i] ?? NaN)));
  const addedRedis = median((cpu["redis"] ?? []).map((a, i) => a - ((cpu["core"] ?? [])[i] ?? NaN)));
  addedLines.push(`${cell.label}: access adds ${fmt(added, 1)} µs CPU per request over core, redis ${fmt(addedRedis, 1)} µs (medians of per-round differences; core ${fmt(median(cpu["core"] ?? []), 1)} µs)`);
}
await Promise.all([bare, core, access, ...(redis ? [redis] : []), ...(rexact ? [rexact] : []), mock].map((c: Child<unknown>) => c.stop()));

console.log(`Access-control benchmark (${duration} ms per measurement, median of ${rounds} interleaved rounds, Node ${process.version}, ${(await import("node:os")).cpus().length} cores)`);
const names = targets.map((t) => `${t.name.padStart(7)}    p50 µs/rq`).join(" | ");
const ratioNames = targets.slice(2).map((t) => `${t.name} ÷bare/÷core`.padStart(13)).join(" | ");
console.log(`scenario        | ${names} | ${ratioNames} | errors`);
for (const l of lines) console.log(l);
for (const l of addedLines) console.log(l);
console.log("req/s, p50 latency (ms) and the gateway process's CPU µs per request. access = core + model/source allowlists + rate, token and concurrency limits per key, app and tenant (memory);");
console.log(`redis = the same limits counted in Redis with leases, rexact = in Redis with leaseMs 0 (a round trip per call)${redis ? "" : " (skipped: no Redis at 127.0.0.1:6379)"}. Limits are set high enough never to refuse; errors counts non-2xx answers.`);
