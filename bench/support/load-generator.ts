/**
 * A closed-loop HTTP load generator on an undici Pool (llhttp; far cheaper per request than JS-parser tools, so
 * that on a 2-core machine the generator is less of the bottleneck). Run as a child process:
 *   load-generator.ts '{"url":..., "body":..., "headers":{...}, "connections":N, "durationMs":N, "warmupMs":N}'
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
}

const spec = JSON.parse(process.argv[2] as string) as LoadSpec;
const url = new URL(spec.url);
const pool = new Pool(url.origin, { connections: spec.connections, pipelining: 1, keepAliveTimeout: 60_000 });
const body = Buffer.from(spec.body);
const headers = { ...spec.headers, "content-type": "application/json" };

const latencies: number[] = [];
let errors = 0;
let recording = false;
let stop = false;

async function worker(): Promise<void> {
  while (!stop) {
    const t0 = performance.now();
    try {
      const res = await pool.request({ method: "POST", path: url.pathname, headers, body });
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
