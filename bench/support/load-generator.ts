/**
 * A closed-loop HTTP load generator on an undici Pool (llhttp; far cheaper per request than JS-parser tools, so
 * that on a 2-core machine the generator is less of the bottleneck). Run as a child process:
 *   load-generator.ts '{"url":..., "body":..., "headers":{...}, "connections":N, "durationMs":N, "warmupMs":N, "vary":B}'
 * `vary: true` makes every request's body distinct (same length): the first run of eight zeros in the body
 * ({@link VARY_MARK}) is overwritten with the request's number, so that a gateway cannot answer from a cache keyed
 * by the body, as real traffic would not let it.
 * Prints `{"rps":..,"p50":..,"p99":..,"errors":..,"requests":..}` (latencies in ms).
 */
import { Pool } from "undici";

interface LoadSpec {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  durationMs: number;
  warmupMs: number;
  vary?: boolean;
}

/** Where a `vary` body gets its request number (see chat-body.ts). */
const VARY_MARK = "00000000";

const spec = JSON.parse(process.argv[2] as string) as LoadSpec;
const url = new URL(spec.url);
const pool = new Pool(url.origin, { connections: spec.connections, pipelining: 1, keepAliveTimeout: 60_000 });
const body = Buffer.from(spec.body);
const headers = { ...spec.headers, "content-type": "application/json" };
const markAt = spec.vary === true ? body.indexOf(VARY_MARK) : -1;
if (spec.vary === true && markAt < 0) throw new Error(`vary: the body has no ${VARY_MARK} to overwrite`);
let sent = 0;
/** The body of the next request: the same bytes, or (vary) a copy numbered in place of the mark. */
function nextBody(): Buffer {
  if (markAt < 0) return body;
  const b = Buffer.from(body);
  b.write(String(sent++ % 1e8).padStart(8, "0"), markAt, "latin1");
  return b;
}

const latencies: number[] = [];
let errors = 0;
let recording = false;
let stop = false;

async function worker(): Promise<void> {
  while (!stop) {
    const t0 = performance.now();
    try {
      const res = await pool.request({ method: "POST", path: url.pathname, headers, body: nextBody() });
      await res.body.arrayBuffer();
      if (res.statusCode !== 200) errors++;
    } catch {
      errors++;
    }
    if (recording) latencies.push(performance.now() - t0);
  }
}

const workers = Array.from({ length: spec.connections }, () => worker());
setTimeout(() => {
  recording = true;
  const start = performance.now();
  setTimeout(async () => {
    stop = true;
    const elapsed = (performance.now() - start) / 1000;
    await Promise.all(workers);
    await pool.close();
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN;
    process.stdout.write(`${JSON.stringify({ rps: latencies.length / elapsed, p50: pct(0.5), p99: pct(0.99), errors, requests: latencies.length })}\n`);
  }, spec.durationMs);
}, spec.warmupMs);
