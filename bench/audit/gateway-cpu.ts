/**
 * `node --import tsx bench/audit/gateway-cpu.ts`: the gateway's CPU time per request (user + system, from /proc,
 * divided by requests served) with auditing off, on with the audit writer on the event loop (`store.writer: inline`),
 * and on with the writer thread (the default), 4 KB chats through the default controls (policy guard included)
 * against the mock upstream. Two CPU figures: the whole process (all threads) and the main thread alone (the event
 * loop, which bounds a gateway's throughput when another core is free). CPU per request holds on a shared machine
 * where req/s does not. Interleaved rounds; the summary gives the median of each figure over the rounds (on a busy
 * shared machine the best-of swings with whatever else runs). Env: BENCH_DURATION_MS (3000), BENCH_CONNECTIONS (64),
 * BENCH_ROUNDS (2), BENCH_VARIANTS (comma-separated subset of off,inline,thread).
 */
import { readFileSync } from "node:fs";
import { chatBody } from "../support/chat-body.js";
import { runLoad, spawnChild } from "../support/spawn-child.js";

const duration = Number(process.env["BENCH_DURATION_MS"] ?? 3000);
const connections = Number(process.env["BENCH_CONNECTIONS"] ?? 64);
const rounds = Number(process.env["BENCH_ROUNDS"] ?? 2);
const TICK_US = 1e6 / 100; // USER_HZ is 100 on Linux

/** CPU time of a process (or, with `tid`, of one of its threads) so far, in µs (utime + stime from /proc). */
function cpuUs(pid: number, tid?: number): number {
  const stat = readFileSync(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_US;
}

type Variant = "off" | "inline" | "thread";
const variants = (process.env["BENCH_VARIANTS"] ?? "off,inline,thread").split(",") as Variant[];
const mock = await spawnChild<{ port: number }>(new URL("../support/mock-upstream.ts", import.meta.url).pathname);
const config = (v: Variant) => ({
  providers: { up: { type: "openai", baseUrl: `http://127.0.0.1:${mock.info.port}/v1` } },
  routes: [{ models: ["*"], provider: "up" }],
  logging: { level: "warn" },
  audit: { enabled: v !== "off" },
  ...(v === "inline" ? { store: { type: "sqlite", writer: "inline" } } : {}),
});
const samples: Partial<Record<Variant, { us: number[]; mainUs: number[]; rps: number[] }>> = {};
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
    await runLoad({ ...spec, durationMs: 1500, warmupMs: 0 }); // JIT warm-up
    const c0 = cpuUs(w.info.pid);
    const m0 = cpuUs(w.info.pid, w.info.pid);
    const r = await runLoad({ ...spec, durationMs: duration, warmupMs: 0 });
    const n = Math.max(1, r.requests);
    const us = (cpuUs(w.info.pid) - c0) / n;
    const mainUs = (cpuUs(w.info.pid, w.info.pid) - m0) / n;
    await w.stop();
    console.log(`round ${round + 1} audit ${v.padEnd(7)} ${us.toFixed(0)} µs CPU/request (main thread ${mainUs.toFixed(0)}), ${r.rps.toFixed(0)} req/s, errors ${r.errors}`);
    const s = (samples[v] ??= { us: [], mainUs: [], rps: [] });
    s.us.push(us);
    s.mainUs.push(mainUs);
    s.rps.push(r.rps);
  }
}
await mock.stop();
const med = (v: Variant) => {
  const s = samples[v];
  return s ? { us: median(s.us), mainUs: median(s.mainUs), rps: median(s.rps) } : undefined;
};
const off = med("off");
console.log("\nmedians over the rounds:");
for (const v of variants) {
  const m = med(v);
  if (m) console.log(`audit ${v.padEnd(7)} ${m.us.toFixed(0)} µs CPU/request (main thread ${m.mainUs.toFixed(0)}), ${m.rps.toFixed(0)} req/s`);
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
