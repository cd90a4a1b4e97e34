/**
 * `npm run bench:enforce`: the cost of the controls, in one run with a bare pass-through.
 *  1. req/s and latency at 1 KB and 16 KB prompts (32 connections): bare node:http + undici pass-through vs Warden
 *     with the default policy and every default detector on (audit store off, to isolate the policy's cost; see
 *     bench:proxy for `warden serve` with everything). Two body modes: `same` sends one body again and again (the
 *     guard answers detection from its cache of recent texts, as for a repeated system prompt), `distinct` numbers
 *     every request's prompt so that every prompt is detected afresh, as in real traffic.
 *  2. Streams from a slow upstream (an event every STREAM_GAP_MS): time to the first event and to the first content
 *     character, and the added delay of every event (client arrival − upstream send time), early vs late in the
 *     stream (the hold-back window must bound it, not the stream's length).
 *  3. 1,000 concurrent streams through a fresh Warden process (same config): events lost (must be 0), its peak RSS,
 *     the RSS it started from (after a warm-up of 100 streams) and the difference per stream.
 * Environment: BENCH_DURATION_MS (default 4000).
 */
import { Pool } from "undici";
import { chatBody } from "../support/chat-body.js";
import { type LoadResult, rssMb, runLoad, spawnChild } from "../support/spawn-child.js";

const here = (p: string) => new URL(p, import.meta.url).pathname;
const duration = Number(process.env["BENCH_DURATION_MS"] ?? 4000);
const GAP_MS = Number(process.env["STREAM_GAP_MS"] ?? 5);
const fmt = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "-");

const fast = await spawnChild<{ port: number }>(here("../support/mock-upstream.ts"));
const slow = await spawnChild<{ port: number }>(here("../support/mock-upstream.ts"), ["slow", String(GAP_MS), "64"]);
const many = await spawnChild<{ port: number }>(here("../support/mock-upstream.ts"), ["slow", "20", "25"]);
const fastUrl = `http://127.0.0.1:${fast.info.port}`;
const bare = await spawnChild<{ port: number }>(here("../support/bare-proxy.ts"), [fastUrl]);
const bareSlow = await spawnChild<{ port: number }>(here("../support/bare-proxy.ts"), [`http://127.0.0.1:${slow.info.port}`]);
const wardenConfig = {
  audit: { enabled: false },
  providers: {
    fast: { type: "openai", baseUrl: `${fastUrl}/v1` },
    slow: { type: "openai", baseUrl: `http://127.0.0.1:${slow.info.port}/v1` },
    many: { type: "openai", baseUrl: `http://127.0.0.1:${many.info.port}/v1`, connections: 2048 },
  },
  routes: [
    { models: ["slow-*"], provider: "slow" },
    { models: ["many-*"], provider: "many" },
    { models: ["*"], provider: "fast" },
  ],
};
const warden = await spawnChild<{ url: string; key: string; pid: number }>(here("../support/warden-child.ts"), [JSON.stringify({ controls: "default", config: wardenConfig })]);
const auth = { authorization: `Bearer ${warden.info.key}` };

// Warm up (lazy model loads, JIT) so that the first cell is not a cold start.
for (const size of [1024, 16384]) {
  await runLoad({ url: `${warden.info.url}/v1/chat/completions`, body: chatBody(size, "gpt-bench", false), headers: auth, connections: 8, durationMs: 1000, warmupMs: 0 });
}

// 1. Throughput.
console.log(`Enforcement benchmark (${duration} ms per cell, Node ${process.version})\n`);
console.log("prompt  bodies   |    bare    p50    p99 |  warden    p50    p99 | ratio");
for (const [size, vary] of [[1024, false], [1024, true], [16384, false], [16384, true]] as const) {
  const body = chatBody(size, "gpt-bench", false, vary);
  const b: LoadResult = await runLoad({ url: `http://127.0.0.1:${bare.info.port}/v1/chat/completions`, body, connections: 32, durationMs: duration, vary });
  const w: LoadResult = await runLoad({ url: `${warden.info.url}/v1/chat/completions`, body, headers: auth, connections: 32, durationMs: duration, vary });
  console.log(
    `${String(size / 1024).padStart(2)} KB   ${(vary ? "distinct" : "same").padEnd(8)} | ${fmt(b.rps).padStart(7)} ${fmt(b.p50, 2).padStart(6)} ${fmt(b.p99, 2).padStart(6)} | ${fmt(w.rps).padStart(7)} ${fmt(w.p50, 2).padStart(6)} ${fmt(w.p99, 2).padStart(6)} | ${fmt(w.rps / b.rps, 2)}x${w.errors + b.errors ? `  (errors ${w.errors + b.errors})` : ""}`,
  );
}

// 2. Streams from a slow upstream: first event, first content, added delay per event.
interface StreamTiming {
  firstEvent: number;
  firstContent: number;
  added: number[];
  events: number;
}
async function timeStream(pool: Pool, path: string, headers: Record<string, string>, model: string): Promise<StreamTiming> {
  const t0 = Date.now();
  const res = await pool.request({ method: "POST", path, headers: { ...headers, "content-type": "application/json" }, body: chatBody(1024, model, true) });
  let firstEvent = NaN;
  let firstContent = NaN;
  const added: number[] = [];
  let events = 0;
  let buf = "";
  for await (const chunk of res.body) {
    const now = Date.now();
    if (Number.isNaN(firstEvent)) firstEvent = now - t0;
    buf += (chunk as Buffer).toString("utf8");
    let i: number;
    while ((i = buf.indexOf("\n\n")) !== -1) {
      const frame = buf.slice(0, i);
      buf = buf.slice(i + 2);
      const m = /"id":"t(\d+)"/.exec(frame);
      const content = /"content":"([^"]+)"/.exec(frame);
      if (content && Number.isNaN(firstContent)) firstContent = now - t0;
      if (m && content) added.push(now - Number(m[1]));
      events++;
    }
  }
  return { firstEvent, firstContent, added, events };
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const bPool = new Pool(`http://127.0.0.1:${bareSlow.info.port}`, { connections: 1 });
const wPool = new Pool(warden.info.url, { connections: 1 });
const runs = 20;
const bt: StreamTiming[] = [];
const wt: StreamTiming[] = [];
for (let i = 0; i < runs; i++) {
  bt.push(await timeStream(bPool, "/v1/chat/completions", {}, "slow-x"));
  wt.push(await timeStream(wPool, "/v1/chat/completions", auth, "slow-x"));
}
const col = (ts: StreamTiming[], k: "firstEvent" | "firstContent") => ts.map((t) => t[k]);
console.log(`\nStreams: 64 content events ${GAP_MS} ms apart, ${runs} runs, one at a time`);
console.log("                     |  bare p50   p99 | warden p50   p99 | added p50  p99");
for (const k of ["firstEvent", "firstContent"] as const) {
  const b = col(bt, k);
  const w = col(wt, k);
  console.log(
    `${(k === "firstEvent" ? "time to first event" : "time to first text ").padEnd(20)} | ${fmt(pct(b, 0.5), 1).padStart(9)} ${fmt(pct(b, 0.99), 1).padStart(5)} | ${fmt(pct(w, 0.5), 1).padStart(10)} ${fmt(pct(w, 0.99), 1).padStart(5)} | ${fmt(pct(w, 0.5) - pct(b, 0.5), 1).padStart(9)} ${fmt(pct(w, 0.99) - pct(b, 0.99), 1).padStart(4)}`,
  );
}
const early = wt.flatMap((t) => t.added.slice(0, 16));
const late = wt.flatMap((t) => t.added.slice(-16));
const bAll = bt.flatMap((t) => t.added);
console.log(`per-event delay (client arrival − upstream send), ms: bare mean ${fmt(mean(bAll), 1)}; warden first 16 events mean ${fmt(mean(early), 1)}, last 16 mean ${fmt(mean(late), 1)}`);
console.log(`events per stream: bare ${bt[0]?.events}, warden ${wt[0]?.events} (warden may add a held-tail event before the finish chunk)`);
await bPool.close();
await wPool.close();

// 3. 1,000 concurrent streams, in a fresh Warden process with the same config: its peak RSS is what serving the
// streams takes, not what the throughput phase (32 connections of 16 KB bodies) left in the heap of the first one.
await warden.stop();
const fresh = await spawnChild<{ url: string; key: string; pid: number }>(here("../support/warden-child.ts"), [JSON.stringify({ controls: "default", config: wardenConfig })]);
const N = Number(process.env["CONCURRENT_STREAMS"] ?? 1000);
const pool = new Pool(fresh.info.url, { connections: N, pipelining: 1 });
const streamOnce = async (): Promise<{ ok: boolean; words: number }> => {
  try {
    const res = await pool.request({ method: "POST", path: "/v1/chat/completions", headers: { authorization: `Bearer ${fresh.info.key}`, "content-type": "application/json" }, body: chatBody(256, "many-x", true) });
    const text = await res.body.text();
    const words = [...text.matchAll(/"content":"([^"]*)"/g)].map((m) => m[1]).join("");
    return { ok: res.statusCode === 200 && text.includes("[DONE]"), words: words.trim().split(/\s+/).length };
  } catch {
    return { ok: false, words: 0 };
  }
};
// Warm-up (JIT, lazy detector state, upstream connections), then the resident size the streams start from.
await Promise.all(Array.from({ length: 100 }, streamOnce));
await new Promise((r) => setTimeout(r, 1000));
const base = await rssMb(fresh.info.pid);
let peak = base;
const sampler = setInterval(() => void rssMb(fresh.info.pid).then((m) => (peak = Math.max(peak, m))), 50);
const t0 = performance.now();
const results = await Promise.all(Array.from({ length: N }, streamOnce));
clearInterval(sampler);
const ok = results.filter((r) => r.ok && r.words === 25).length;
console.log(
  `\n${N} concurrent streams (25 events, 20 ms apart; fresh Warden process): ${ok} complete with all 25 words, ${N - ok} incomplete; ${fmt(performance.now() - t0)} ms; warden peak RSS ${fmt(peak, 1)} MB (${fmt(base, 1)} MB before, ${fmt(((peak - base) * 1024) / N, 1)} KB per stream)`,
);
await pool.close();
await Promise.all([fresh.stop(), bare.stop(), bareSlow.stop(), fast.stop(), slow.stop(), many.stop()]);
