/**
 * `npm run bench:proxy`: in one run, the same load against (1) the mock upstream directly, (2) a bare node:http +
 * undici Pool pass-through written here, (3) the Warden core (authentication, parsing into the message spec,
 * routing, forwarding; no policy guard, no audit store) and (4) Warden as `warden serve` runs it (default policy
 * with every default detector, audit store), for 1 KB and 16 KB chat requests, streamed and not, at 1 and 32
 * connections. Also start-up time and idle memory of the real CLI. Prints a table with ratios to the bare pass-through.
 *
 * (4) runs the real CLI (`node bin/warden.js serve`, compiled by the `npm run build` this script's npm entry runs
 * first) with logging at `warn`; (3) runs the same compiled modules (`dist/`) with the controls swapped out.
 * Environment: BENCH_DURATION_MS (default 4000) per measurement; IDLE_MS (default 10000): when after start the idle
 * memory is read (also read at 500 ms, start-up's transient).
 */
import { chatBody } from "../support/chat-body.js";
import { type LoadResult, rssMb, runLoad, spawnChild } from "../support/spawn-child.js";
import { startWardenCli } from "../support/warden-cli.js";

const here = (p: string) => new URL(p, import.meta.url).pathname;
const duration = Number(process.env["BENCH_DURATION_MS"] ?? 4000);

const mock = await spawnChild<{ port: number }>(here("../support/mock-upstream.ts"));
const upstream = `http://127.0.0.1:${mock.info.port}`;
const bare = await spawnChild<{ port: number }>(here("../support/bare-proxy.ts"), [upstream]);
const wardenConfig = `providers:\n  up: { type: openai, baseUrl: "${upstream}/v1" }\nroutes:\n  - { models: ["*"], provider: up }\nlogging: { level: warn }\n`;
// The core from the compiled build, as `warden serve` runs it (not the sources through tsx: see warden-child.ts).
const core = await spawnChild<{ url: string; key: string; pid: number }>(
  here("../support/warden-child.ts"),
  [JSON.stringify({ controls: "off", config: { providers: { up: { type: "openai", baseUrl: `${upstream}/v1` } }, routes: [{ models: ["*"], provider: "up" }] } })],
  { WARDEN_BENCH_BUILD: here("../../dist") },
);
const warden = await startWardenCli(wardenConfig);
await new Promise((r) => setTimeout(r, 500));
const idleAtStart = await rssMb(warden.pid);
// Idle: no request for IDLE_MS (default 10 s) after start. V8 gives back the young generation that start-up grew once
// allocation has been low for a few seconds, so the 500 ms reading is start-up's transient, not the idle footprint.
const idleMs = Number(process.env["IDLE_MS"] ?? 10_000);
await new Promise((r) => setTimeout(r, Math.max(0, idleMs - 500)));
const idleSettled = await rssMb(warden.pid);

const targets: { name: string; url: string; headers: Record<string, string> }[] = [
  { name: "direct", url: `${upstream}/v1/chat/completions`, headers: {} },
  { name: "bare", url: `http://127.0.0.1:${bare.info.port}/v1/chat/completions`, headers: {} },
  { name: "core", url: `${core.info.url}/v1/chat/completions`, headers: { authorization: `Bearer ${core.info.key}` } },
  { name: "warden", url: `${warden.url}/v1/chat/completions`, headers: { authorization: `Bearer ${warden.key}` } },
];

const fmt = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "-");
const rows: string[] = [];
for (const size of [1024, 16384]) {
  for (const stream of [false, true]) {
    for (const connections of [1, 32]) {
      const body = chatBody(size, "gpt-bench", stream);
      const res: Record<string, LoadResult> = {};
      for (const t of targets) res[t.name] = await runLoad({ url: t.url, body, headers: t.headers, connections, durationMs: duration });
      const b = res["bare"] as LoadResult;
      const w = res["warden"] as LoadResult;
      const c = res["core"] as LoadResult;
      const d = res["direct"] as LoadResult;
      const label = `${size / 1024}KB ${stream ? "stream" : "json  "} c=${String(connections).padEnd(2)}`;
      rows.push(
        `${label} | ${fmt(d.rps).padStart(7)} | ${fmt(b.rps).padStart(7)} ${fmt(b.p50, 2).padStart(6)} ${fmt(b.p99, 2).padStart(6)} | ` +
          `${fmt(c.rps).padStart(7)} ${fmt(c.p50, 2).padStart(6)} ${fmt(c.p99, 2).padStart(6)} ${fmt(c.rps / b.rps, 2).padStart(5)}x ${fmt(c.p50 - b.p50, 2).padStart(6)} | ` +
          `${fmt(w.rps).padStart(7)} ${fmt(w.p50, 2).padStart(6)} ${fmt(w.p99, 2).padStart(6)} ${fmt(w.rps / b.rps, 2).padStart(5)}x | ${d.errors + b.errors + c.errors + w.errors}`,
      );
    }
  }
}
const afterLoad = await rssMb(warden.pid);
await Promise.all([warden.stop(), core.stop(), bare.stop(), mock.stop()]);

// Start-up: `warden serve` (the real CLI, compiled) from spawn to a 200 on /healthz, three fresh processes.
const starts: number[] = [];
for (let i = 0; i < 3; i++) {
  const w = await startWardenCli("logging: { level: warn }\n");
  starts.push(w.startMs);
  await w.stop();
}

console.log(`Proxy benchmark (${duration} ms per cell, Node ${process.version}, ${(await import("node:os")).cpus().length} cores)`);
console.log("scenario          |  direct |    bare    p50    p99 |    core    p50    p99  ratio   +p50 |  warden    p50    p99  ratio | errors");
console.log("------------------+---------+-----------------------+------------------------------------+-----------------------------+-------");
for (const r of rows) console.log(r);
console.log("req/s; latencies in ms; ratio = req/s ÷ the bare pass-through's in the same cell; +p50 = p50 − bare p50.");
console.log("core = the gateway core (auth, parsing, routing, forwarding; no policy, no audit); warden = `warden serve` with its defaults (default policy with all detectors, audit store).");
console.log(`warden RSS: 500 ms after start ${fmt(idleAtStart, 1)} MB; idle ${(idleMs / 1000).toFixed(0)} s after start ${fmt(idleSettled, 1)} MB; after the load above ${fmt(afterLoad, 1)} MB`);
console.log(`warden start-up (spawn → /healthz 200), 3 runs: ${starts.map((s) => fmt(s)).join(", ")} ms`);
