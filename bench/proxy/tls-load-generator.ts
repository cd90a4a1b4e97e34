/**
 * Closed-loop load over HTTP or HTTPS for `bench:tls`, run as a child process:
 *   tls-load-generator.ts '{"url":..,"method":"GET"|"POST","body"?:..,"headers":{..},"connections":N,"durationMs":N,
 *                           "warmupMs":N,"fresh":bool,"resume":bool,"ca"?:PEM,"cert"?:PEM,"key"?:PEM,"maxVersion"?:..}'
 * `fresh: true` opens a new connection for every request (so every request pays a TCP connect, and over HTTPS a
 * TLS handshake); `resume: false` also disables TLS session resumption, so each handshake is a full one.
 * Prints `{"rps":..,"p50":..,"p99":..,"errors":..,"errorKinds":{status or code: count},"requests":..}` (ms).
 */
import { createSecureContext, type SecureVersion } from "node:tls";
import { buildConnector, Client, Pool } from "undici";

interface Spec {
  url: string;
  method: "GET" | "POST";
  body?: string;
  headers: Record<string, string>;
  connections: number;
  durationMs: number;
  warmupMs: number;
  fresh: boolean;
  resume: boolean;
  ca?: string;
  cert?: string;
  key?: string;
  maxVersion?: SecureVersion;
}

const spec = JSON.parse(process.argv[2] as string) as Spec;
const url = new URL(spec.url);
// One client context, built once: per-connection PEM parsing in the generator would be measured as handshake cost.
const secureContext = createSecureContext({
  ...(spec.ca ? { ca: spec.ca } : {}),
  ...(spec.cert && spec.key ? { cert: spec.cert, key: spec.key } : {}),
  ...(spec.maxVersion ? { maxVersion: spec.maxVersion } : {}),
});
const connect = {
  secureContext,
  // undici caches TLS sessions per host by default; 0 makes every handshake a full one.
  maxCachedSessions: spec.resume ? 100 : 0,
};
const pool = spec.fresh ? undefined : new Pool(url.origin, { connections: spec.connections, pipelining: 1, keepAliveTimeout: 60_000, connect });
// Fresh connections share one connector, hence one TLS session cache (used when `resume` is on).
const connector = buildConnector(connect);
const body = spec.body !== undefined ? Buffer.from(spec.body) : null;
const headers = { ...spec.headers, ...(body ? { "content-type": "application/json" } : {}) };

const latencies: number[] = [];
let errors = 0;
/** Non-200 statuses and thrown error codes, counted, to tell what the errors were. */
const errorKinds: Record<string, number> = {};
const countError = (kind: string) => {
  errors++;
  errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
};
let recording = false;
let stop = false;

async function once(): Promise<void> {
  if (pool) {
    const res = await pool.request({ method: spec.method, path: url.pathname, headers, body });
    await res.body.arrayBuffer();
    if (res.statusCode !== 200) countError(String(res.statusCode));
    return;
  }
  const client = new Client(url.origin, { pipelining: 1, connect: connector });
  try {
    const res = await client.request({ method: spec.method, path: url.pathname, headers, body });
    await res.body.arrayBuffer();
    if (res.statusCode !== 200) countError(String(res.statusCode));
  } finally {
    await client.destroy();
  }
}

async function worker(): Promise<void> {
  while (!stop) {
    const t0 = performance.now();
    try {
      await once();
    } catch (err) {
      countError(String((err as { code?: unknown }).code ?? "error"));
    }
    if (recording) latencies.push(performance.now() - t0);
  }
}

const workers = Array.from({ length: spec.connections }, () => worker());
setTimeout(() => {
  recording = true;
  errors = 0;
  for (const k of Object.keys(errorKinds)) delete errorKinds[k];
  const start = performance.now();
  setTimeout(async () => {
    stop = true;
    const elapsed = (performance.now() - start) / 1000;
    await Promise.all(workers);
    await pool?.close();
    latencies.sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN;
    process.stdout.write(`${JSON.stringify({ rps: latencies.length / elapsed, p50: pct(0.5), p99: pct(0.99), errors, errorKinds, requests: latencies.length })}\n`);
  }, spec.durationMs);
}, spec.warmupMs);
