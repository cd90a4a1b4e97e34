/**
 * `node --import tsx bench/enforce/gateway-cpu-ab.ts <old build dir> [new build dir, default dist]`: CPU time per
 * request (user + system of the server process, from /proc, divided by the requests it served) of the bare
 * pass-through and of two compiled Warden builds with the default policy (audit off, as `npm run bench:enforce`),
 * under the same closed-loop load (32 connections, chat requests of SIZE bytes, distinct prompts unless SAME=1).
 * Where req/s swings with whatever else runs on a shared machine, CPU per request holds: bare ÷ Warden CPU per
 * request is the req/s ratio the two would reach on a core of their own. The three servers take turns (the order
 * rotates every round); medians of ROUNDS (default 3) rounds of BENCH_DURATION_MS (default 3000) each.
 * An old build: see guard-ab.ts's header.
 */
import { readFileSync } from "node:fs";
import { chatBody } from "../support/chat-body.js";
import { runLoad, spawnChild } from "../support/spawn-child.js";

const [oldDir, newDir = "dist"] = process.argv.slice(2);
if (!oldDir) {
  console.error("usage: node --import tsx bench/enforce/gateway-cpu-ab.ts <old build dir> [new build dir]");
  process.exit(2);
}
const SIZE = Number(process.env["SIZE"] ?? 1024);
const ROUNDS = Number(process.env["ROUNDS"] ?? 3);
const duration = Number(process.env["BENCH_DURATION_MS"] ?? 3000);
const vary = process.env["SAME"] !== "1";
const TICK_US = 1e6 / 100; // USER_HZ is 100 on Linux
const here = (p: string): string => new URL(p, import.meta.url).pathname;

/** CPU time of a process so far, in µs (utime + stime from /proc). */
function cpuUs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_US;
}

const upstream = await spawnChild<{ port: number }>(here("../support/mock-upstream.ts"));
const upstreamUrl = `http://127.0.0.1:${upstream.info.port}`;
const bare = await spawnChild<{ port: number }>(here("../support/bare-proxy.ts"), [upstreamUrl]);
const config = JSON.stringify({ controls: "default", config: { audit: { enabled: false }, providers: { fast: { type: "openai", baseUrl: `${upstreamUrl}/v1` } }, routes: [{ models: ["*"], provider: "fast" }] } });
const wardens = await Promise.all(
  [oldDir, newDir].map((dir) => spawnChild<{ url: string; key: string; pid: number }>(here("../support/warden-child.ts"), [config], { WARDEN_BENCH_BUILD: dir })),
);

interface Server {
  name: string;
  pid: number;
  url: string;
  headers: Record<string, string>;
}
const servers: Server[] = [
  { name: "bare", pid: bare.proc.pid as number, url: `http://127.0.0.1:${bare.info.port}/v1/chat/completions`, headers: {} },
  ...wardens.map((w, i) => ({ name: i === 0 ? "old" : "new", pid: w.info.pid, url: `${w.info.url}/v1/chat/completions`, headers: { authorization: `Bearer ${w.info.key}` } })),
];
const body = chatBody(SIZE, "gpt-bench", false, vary);
// Warm-up: lazy model loads and the JIT.
for (const s of servers) await runLoad({ url: s.url, body, headers: s.headers, connections: 8, durationMs: 1500, warmupMs: 0, vary });

const per: Record<string, number[]> = { bare: [], old: [], new: [] };
const rps: Record<string, number[]> = { bare: [], old: [], new: [] };
for (let r = 0; r < ROUNDS; r++) {
  const order = servers.map((_, i) => servers[(i + r) % servers.length]!);
  for (const s of order) {
    const c0 = cpuUs(s.pid);
    const res = await runLoad({ url: s.url, body, headers: s.headers, connections: 32, durationMs: duration, warmupMs: 0, vary });
    const used = cpuUs(s.pid) - c0;
    if (res.errors > 0) console.log(`(${s.name}: ${res.errors} errors)`);
    per[s.name]!.push(used / Math.max(1, res.requests));
    rps[s.name]!.push(res.rps);
  }
}
const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const b = med(per["bare"]!);
const o = med(per["old"]!);
const n = med(per["new"]!);
console.log(
  `server CPU per request (${SIZE} B, ${vary ? "distinct prompts" : "same body"}, ${ROUNDS} rounds x ${duration} ms, medians): bare ${b.toFixed(0)} µs, old ${o.toFixed(0)} µs, new ${n.toFixed(0)} µs; ` +
    `bare/old ${(b / o).toFixed(2)}x, bare/new ${(b / n).toFixed(2)}x, new/old ${(n / o).toFixed(3)}; req/s medians bare ${med(rps["bare"]!).toFixed(0)}, old ${med(rps["old"]!).toFixed(0)}, new ${med(rps["new"]!).toFixed(0)} ` +
    `(load ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")})`,
);
for (const c of [upstream, bare, ...wardens]) await c.stop();
