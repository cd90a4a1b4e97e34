/**
 * `node --import tsx bench/proxy/access-cpu.ts`: CPU time per request of the access stages in a running gateway,
 * in ONE process, so the figures hold on a busy machine (`bench:access` measures req/s across processes, which
 * swings with the load): the bare node:http + undici pass-through, the core (key authentication, role check,
 * parsing, routing, forwarding), the core with `bench:access`'s allowlists and nine limits in memory ("access"),
 * the same without the `x-ratelimit-*` headers ("nohdr"), the same limits in Redis with leases ("redis") and in Redis's exact mode, `leaseMs: 0` ("rexact"; skipped
 * without Redis at 127.0.0.1:6379), all compiled with tsc from the working tree, and the closed-loop client. The
 * mock upstream runs in a child process (the same for every target). Each measurement sends N requests at C
 * connections and divides this process's CPU time (user + system) by N; targets run in ABBA order over ROUNDS
 * rounds; printed: the median per target and, per round (paired), each target minus core.
 * Env: N (10000), C (32), ROUNDS (6), CELLS (1j,1s: KB and json/stream).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import pino from "pino";
import { Pool } from "undici";
import { chatBody } from "../support/chat-body.js";
import { createBareProxy } from "../support/create-bare-proxy.js";
import { spawnChild } from "../support/spawn-child.js";

const N = Number(process.env["N"] ?? 10_000);
const C = Number(process.env["C"] ?? 32);
const ROUNDS = Number(process.env["ROUNDS"] ?? 6);
const cells = (process.env["CELLS"] ?? "1j,1s").split(",");
const HIGH = 1_000_000_000;
const repo = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
const dist = join(repo, ".tmp", "access-cpu", "dist");
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
try {
  execFileSync(join(repo, "node_modules", ".bin", "tsc"), ["-p", join(repo, "tsconfig.build.json"), "--outDir", dist], { stdio: "ignore" });
} catch {
  /* type errors elsewhere in a shared working tree still emit JavaScript */
}

const redisUp = await new Promise<boolean>((resolve) => {
  const s = createConnection({ host: "127.0.0.1", port: 6379 }, () => {
    s.end();
    resolve(true);
  });
  s.on("error", () => resolve(false));
});
const mock = await spawnChild<{ port: number }>(new URL("../support/mock-upstream.ts", import.meta.url).pathname);
const upstream = `http://127.0.0.1:${mock.info.port}`;
const listen = (s: Server) => new Promise<number>((r) => s.listen(0, "127.0.0.1", () => r((s.address() as { port: number }).port)));
const barePort = await listen(createBareProxy(upstream));

const load = <T>(p: string) => import(pathToFileURL(join(dist, p)).href) as Promise<T>;
const { parseConfig } = await load<typeof import("../../src/config/load-config.js")>("config/load-config.js");
const { startGateway } = await load<typeof import("../../src/gateway.js")>("gateway.js");
const { passThroughGuard } = await load<typeof import("../../src/enforce/guard.js")>("enforce/guard.js");
const { nullRecorder } = await load<typeof import("../../src/record/recorder.js")>("record/recorder.js");

const all = { rpm: HIGH, tpm: HIGH, concurrency: 100_000 };
const limits = { key: all, app: all, tenant: all };
const guarded = { models: ["gpt-bench*", "gpt-4o*"], cidrs: ["127.0.0.0/8", "::1/128"] };
const closers: (() => Promise<void>)[] = [];

async function gateway(extra: Record<string, unknown>, key: Record<string, unknown>): Promise<{ url: string; key: string }> {
  const { config } = parseConfig({
    dataDir: mkdtempSync(join(tmpdir(), "warden-access-cpu-")),
    providers: { up: { type: "openai", baseUrl: `${upstream}/v1` } },
    routes: [{ models: ["*"], provider: "up" }],
    listen: { host: "127.0.0.1", port: 0 },
    ...extra,
  });
  const gw = await startGateway({ config, logger: pino({ level: "silent" }), guard: passThroughGuard, recorder: nullRecorder });
  closers.push(() => gw.close());
  return { url: gw.url, key: gw.keys.create({ tenant: "bench", app: "bench", roles: ["app"], ...key }).key };
}

const redis = (prefix: string) => ({ url: "redis://127.0.0.1:6379", keyPrefix: `warden-access-cpu-${process.pid}-${prefix}:` });
const specs: [string, Record<string, unknown>, Record<string, unknown>][] = [
  ["core", {}, {}],
  ["access", { limits }, guarded],
  ["nohdr", { limits: { ...limits, responseHeaders: false } }, guarded],
  ...(redisUp
    ? ([
        ["redis", { limits, redis: redis("l") }, guarded],
        ["rexact", { limits: { ...limits, leaseMs: 0 }, redis: redis("x") }, guarded],
      ] as [string, Record<string, unknown>, Record<string, unknown>][])
    : []),
];
const targets: { name: string; url: string; headers: Record<string, string> }[] = [{ name: "bare", url: `http://127.0.0.1:${barePort}`, headers: { "content-type": "application/json" } }];
for (const [name, extra, key] of specs) {
  const g = await gateway(extra, key);
  targets.push({ name, url: g.url, headers: { "content-type": "application/json", authorization: `Bearer ${g.key}` } });
}
const pools = new Map(targets.map((t) => [t.name, new Pool(t.url, { connections: C, pipelining: 1, keepAliveTimeout: 60_000 })]));

async function measure(t: (typeof targets)[number], body: Buffer, n: number): Promise<number> {
  const pool = pools.get(t.name) as Pool;
  let left = n;
  let errors = 0;
  const c0 = process.cpuUsage();
  await Promise.all(
    Array.from({ length: C }, async () => {
      while (left-- > 0) {
        const r = await pool.request({ method: "POST", path: "/v1/chat/completions", headers: t.headers, body });
        await r.body.arrayBuffer();
        if (r.statusCode !== 200) errors++;
      }
    }),
  );
  const d = process.cpuUsage(c0);
  if (errors > 0) throw new Error(`${t.name}: ${errors} non-200 answers`);
  return (d.user + d.system) / n;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1] as number;
const loadavg = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
const sign = (x: number) => (x >= 0 ? "+" : "") + x.toFixed(1);
console.log(`Access CPU per request, one process (N=${N}, ${C} connections, median of ${ROUNDS} ABBA rounds, Node ${process.version}; load average ${loadavg()})`);
console.log(`cell         | ${targets.map((t) => `${t.name} µs`).join(" | ")} | per round minus core: ${targets.filter((t) => !["bare", "core"].includes(t.name)).map((t) => `${t.name} (median, range)`).join(" | ")} | core ÷ target CPU-bound ratio`);
for (const cell of cells) {
  const m = /^(\d+)([js])$/.exec(cell);
  if (!m) throw new Error(`bad cell ${cell}`);
  const body = Buffer.from(chatBody(Number(m[1]) * 1024, "gpt-bench", m[2] === "s"));
  for (const t of targets) await measure(t, body, Math.min(N, 5_000)); // JIT warm-up
  const got = new Map<string, number[]>();
  for (let r = 0; r < ROUNDS; r++) {
    for (const t of r % 2 ? [...targets].reverse() : targets) got.set(t.name, [...(got.get(t.name) ?? []), await measure(t, body, N)]);
  }
  const core = got.get("core") ?? [];
  const added = targets
    .filter((t) => !["bare", "core"].includes(t.name))
    .map((t) => {
      const diffs = (got.get(t.name) ?? []).map((x, r) => x - (core[r] as number));
      return `${sign(median(diffs))} (${sign(Math.min(...diffs))}..${sign(Math.max(...diffs))})`;
    });
  const ratios = targets.filter((t) => !["bare", "core"].includes(t.name)).map((t) => `${t.name} ${(median(core) / median(got.get(t.name) ?? [])).toFixed(2)}x`);
  const label = `${m[1]} KB ${m[2] === "s" ? "stream" : "json"}`;
  console.log(`${label.padEnd(12)} | ${targets.map((t) => median(got.get(t.name) ?? []).toFixed(1)).join(" | ")} | ${added.join(" | ")} | ${ratios.join(", ")}`);
}
console.log(`µs = CPU time of this process (client, bare proxy and gateways; the mock upstream is a child process) per request. Load average at the end: ${loadavg()}`);
for (const close of closers) await close();
await mock.stop();
process.exit(0);
