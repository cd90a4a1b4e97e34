/**
 * `node --import tsx bench/audit/gateway-cpu.ts`: the gateway's CPU time per request (user + system, from /proc,
 * divided by requests served) with auditing off, on with the audit writer on the event loop (`store.writer: inline`),
 * and on with the writer thread (the default), 4 KB chats through the default controls (policy guard included)
 * against the mock upstream. Two CPU figures: the whole process (all threads) and the main thread alone (the event
 * loop, which bounds a gateway's throughput when another core is free). CPU per request holds on a shared machine
 * where req/s does not. Interleaved rounds; the summary gives the median of each figure over the rounds (on a busy
 * shared machine the best-of swings with whatever else runs). Each round also splits the CPU by thread (from
 * `schedstat`): the main thread, the busiest other one (with auditing on, the audit writer thread) and the rest (V8's
 * GC and compiler helpers, libuv's pool). Env: BENCH_DURATION_MS (3000), BENCH_WARMUP_MS (1500: the JIT is still
 * compiling after it, the audit writer thread's isolate included, which shows in the rest as auditing cost; 12000 gives
 * steady-state figures, see docs/audit.md), BENCH_CONNECTIONS (64), BENCH_ROUNDS (2),
 * BENCH_VARIANTS (comma-separated subset of off,inline,thread).
 */
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { chatBody } from "../support/chat-body.js";
import { runLoad, spawnChild } from "../support/spawn-child.js";

const duration = Number(process.env["BENCH_DURATION_MS"] ?? 3000);
const connections = Number(process.env["BENCH_CONNECTIONS"] ?? 64);
const rounds = Number(process.env["BENCH_ROUNDS"] ?? 2);
const warmup = Number(process.env["BENCH_WARMUP_MS"] ?? 1500);
const TICK_US = 1e6 / 100; // USER_HZ is 100 on Linux

/** CPU time of a process (or, with `tid`, of one of its threads) so far, in µs (utime + stime from /proc). */
function cpuUs(pid: number, tid?: number): number {
  const stat = readFileSync(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_US;
}

/**
 * CPU time of every thread of a process so far, in µs, by thread id (`/proc/<pid>/task/<tid>/schedstat`: time on
 * the CPU in ns, not rounded to 10 ms ticks). A thread that ended meanwhile is missing from the later reading.
 */
function threadsUs(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      out.set(Number(tid), Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]) / 1000);
    } catch {
      /* the thread ended */
    }
  }
  return out;
}

/**
 * Per-request CPU of the threads between two readings: the main thread, the busiest other thread (with auditing on:
 * the audit writer thread), and the rest (V8's GC and compiler helpers, libuv's pool, the WAL-checkpoint worker).
 */
function splitThreads(pid: number, before: Map<number, number>, after: Map<number, number>, n: number): { main: number; busiest: number; rest: number } {
  const deltas = [...after].map(([tid, us]) => ({ tid, us: (us - (before.get(tid) ?? 0)) / n }));
  const main = deltas.find((d) => d.tid === pid)?.us ?? 0;
  const others = deltas.filter((d) => d.tid !== pid).sort((a, b) => b.us - a.us);
  const busiest = others[0]?.us ?? 0;
  return { main, busiest, rest: others.slice(1).reduce((a, d) => a + d.us, 0) };
}

type Variant = "off" | "inline" | "thread";
const variants = (process.env["BENCH_VARIANTS"] ?? "off,inline,thread").split(",") as Variant[];
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");
console.log(`load average at start: ${load()}`);
const mock = await spawnChild<{ port: number }>(new URL("../support/mock-upstream.ts", import.meta.url).pathname);
const config = (v: Variant) => ({
  providers: { up: { type: "openai", baseUrl: `http://127.0.0.1:${mock.info.port}/v1` } },
  routes: [{ models: ["*"], provider: "up" }],
  logging: { level: "warn" },
  audit: { enabled: v !== "off" },
  ...(v === "inline" ? { store: { type: "sqlite", writer: "inline" } } : {}),
});
const samples: Partial<Record<Variant, { us: number[]; mainUs: number[]; busiestUs: number[]; restUs: number[]; rps: number[] }>> = {};
const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
for (let round = 0; round < rounds; round++) {
  for (const v of variants) {
    const w = await spawnChild<{ url: string; key: string; pid: number }>(new URL("../support/warden-child.ts", import.meta.url).pathname, [
      JSON.stringify({ controls: "default", config: config(v) }),
    ]);
    const spec = { url: `${w.info.url}/v1/chat/completions`, body: chatBody(4096, "gpt-bench", false), headers: { authorization: `Bearer ${w.info.key}` }, connections };
    await runLoad({ ...spec, durationMs: warmup, warmupMs: 0 }); // JIT warm-up
    const c0 = cpuUs(w.info.pid);
    const m0 = cpuUs(w.info.pid, w.info.pid);
    const t0 = threadsUs(w.info.pid);
    const r = await runLoad({ ...spec, durationMs: duration, warmupMs: 0 });
    const n = Math.max(1, r.requests);
    const t = splitThreads(w.info.pid, t0, threadsUs(w.info.pid), n);
    const us = (cpuUs(w.info.pid) - c0) / n;
    const mainUs = (cpuUs(w.info.pid, w.info.pid) - m0) / n;
    await w.stop();
    console.log(
      `round ${round + 1} audit ${v.padEnd(7)} ${us.toFixed(0)} µs CPU/request (main thread ${mainUs.toFixed(0)}; ` +
        `schedstat: main ${t.main.toFixed(1)}, busiest other thread ${t.busiest.toFixed(1)}, rest ${t.rest.toFixed(1)}), ${r.rps.toFixed(0)} req/s, errors ${r.errors}`,
    );
    const s = (samples[v] ??= { us: [], mainUs: [], busiestUs: [], restUs: [], rps: [] });
    s.us.push(us);
    s.mainUs.push(mainUs);
    s.busiestUs.push(t.busiest);
    s.restUs.push(t.rest);
    s.rps.push(r.rps);
  }
}
await mock.stop();
const med = (v: Variant) => {
  const s = samples[v];
  return s ? { us: median(s.us), mainUs: median(s.mainUs), busiestUs: median(s.busiestUs), restUs: median(s.restUs), rps: median(s.rps) } : undefined;
};
const off = med("off");
console.log(`\nload average at the end: ${load()}\nmedians over the rounds:`);
for (const v of variants) {
  const m = med(v);
  if (m) {
    console.log(
      `audit ${v.padEnd(7)} ${m.us.toFixed(0)} µs CPU/request (main thread ${m.mainUs.toFixed(0)}; busiest other thread ${m.busiestUs.toFixed(1)}, rest ${m.restUs.toFixed(1)}), ${m.rps.toFixed(0)} req/s`,
    );
  }
}
for (const v of ["inline", "thread"] as const) {
  const on = med(v);
  if (!off || !on) continue;
  console.log(
    `audit ${v}: +${(on.us - off.us).toFixed(0)} µs CPU/request (all threads; ${(100 * (1 - off.us / on.us)).toFixed(1)}% of throughput at equal CPU), ` +
      `+${(on.mainUs - off.mainUs).toFixed(0)} µs on the main thread (${(100 * (1 - off.mainUs / on.mainUs)).toFixed(1)}% of an event-loop-bound throughput); ` +
      `req/s ${on.rps.toFixed(0)} vs ${off.rps.toFixed(0)} off (${((100 * on.rps) / off.rps).toFixed(0)}%)`,
  );
}
