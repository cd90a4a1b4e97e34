/**
 * `npm run bench:tls`: what TLS costs the gateway, in one run on one machine (read the ratios; absolute numbers
 * depend on the machine). Four gateway processes (controls off: authentication, parsing, routing, forwarding)
 * in front of the same mock upstream: plain HTTP, HTTPS, HTTPS asking for an optional client certificate (mTLS).
 *  1. keep-alive req/s, 1 KB chat completions, 32 connections: HTTPS vs HTTP;
 *  2. a new connection per request (GET /healthz, 32 at a time): HTTP (TCP connect only) vs HTTPS full TLS 1.3
 *     handshakes, full TLS 1.2 handshakes, TLS 1.3 resumed sessions, and full TLS 1.3 handshakes with a client
 *     certificate; handshakes/s = requests/s there, since each request opens one connection.
 * Certificates: ECDSA P-256 from `warden certs dev`'s generator. Environment: BENCH_DURATION_MS (default 4000) per
 * cell, BENCH_ROUNDS (default 3) interleaved rounds whose medians are reported.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { createDevCertificates } from "../../src/cli/dev-certificates.js";
import { chatBody } from "../support/chat-body.js";
import { type LoadResult, spawnChild } from "../support/spawn-child.js";

const here = (p: string) => new URL(p, import.meta.url).pathname;
const duration = Number(process.env["BENCH_DURATION_MS"] ?? 4000);
const connections = 32;
const rounds = Number(process.env["BENCH_ROUNDS"] ?? 3);

const dir = mkdtempSync(join(tmpdir(), "warden-bench-tls-"));
const pki = await createDevCertificates({ hosts: ["127.0.0.1", "localhost"], clientName: "bench" });
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const tls = { cert: file("server.pem", pki.server.cert), key: file("server-key.pem", pki.server.key) };
const caFile = file("ca.pem", pki.ca.cert);

const mock = await spawnChild<{ port: number }>(here("../support/mock-upstream.ts"));
const upstream = `http://127.0.0.1:${mock.info.port}`;
const gateway = (listen: Record<string, unknown>) =>
  spawnChild<{ url: string; key: string; pid: number }>(here("../support/warden-child.ts"), [
    JSON.stringify({ controls: "off", config: { listen, providers: { up: { type: "openai", baseUrl: `${upstream}/v1` } }, routes: [{ models: ["*"], provider: "up" }] } }),
  ]);
const http = await gateway({});
const https = await gateway({ tls });
const mtls = await gateway({ tls: { ...tls, ca: caFile, clientAuth: "optional", clientPrincipals: [{ match: { subjectCN: "bench" }, tenant: "bench", app: "bench" }] } });

async function load(spec: Record<string, unknown>): Promise<LoadResult> {
  const child = await spawnChild<LoadResult>(here("./tls-load-generator.ts"), [JSON.stringify({ headers: {}, warmupMs: 1000, connections, durationMs: duration, resume: false, fresh: false, ...spec })]);
  await child.stop();
  return child.info;
}

const chat = chatBody(1024, "gpt-bench", false);
const post = (g: typeof http) => ({ url: `${g.info.url}/v1/chat/completions`, method: "POST", body: chat, headers: { authorization: `Bearer ${g.info.key}` } });
const health = (g: typeof http) => ({ url: `${g.info.url}/healthz`, method: "GET", fresh: true });

const scenarios: { name: string; group: "ka" | "fresh"; spec: Record<string, unknown> }[] = [
  { name: "keep-alive, 1 KB chat: HTTP", group: "ka", spec: post(http) },
  { name: "keep-alive, 1 KB chat: HTTPS", group: "ka", spec: { ...post(https), ca: pki.ca.cert } },
  { name: "new connection per request: HTTP (TCP only)", group: "fresh", spec: health(http) },
  { name: "  HTTPS, full TLS 1.3 handshake", group: "fresh", spec: { ...health(https), ca: pki.ca.cert } },
  { name: "  HTTPS, full TLS 1.2 handshake", group: "fresh", spec: { ...health(https), ca: pki.ca.cert, maxVersion: "TLSv1.2" } },
  { name: "  HTTPS, TLS 1.3 session resumed", group: "fresh", spec: { ...health(https), ca: pki.ca.cert, resume: true } },
  { name: "  HTTPS, mTLS gateway, no client cert, full", group: "fresh", spec: { ...health(mtls), ca: pki.ca.cert } },
  { name: "  HTTPS + client certificate (mTLS), full", group: "fresh", spec: { ...health(mtls), ca: pki.ca.cert, cert: pki.client!.cert, key: pki.client!.key } },
];
// Rounds interleave the scenarios, so that load from other processes falls on all of them alike; medians reported.
const results = new Map<string, LoadResult[]>();
for (let round = 0; round < rounds; round++) {
  for (const sc of scenarios) results.set(sc.name, [...(results.get(sc.name) ?? []), await load(sc.spec)]);
}
await Promise.all([http.stop(), https.stop(), mtls.stop(), mock.stop()]);
rmSync(dir, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const summary = (name: string): LoadResult => {
  const rs = results.get(name) ?? [];
  return { rps: median(rs.map((r) => r.rps)), p50: median(rs.map((r) => r.p50)), p99: median(rs.map((r) => r.p99)), errors: rs.reduce((n, r) => n + r.errors, 0), requests: 0 };
};
const fmt = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "-");
console.log(`TLS benchmark (${duration} ms per cell, median of ${rounds} interleaved rounds, ${connections} concurrent, Node ${process.version}, ${cpus().length} cores, ECDSA P-256)`);
console.log(`${"scenario".padEnd(44)} |   req/s |     p50 |     p99 | ratio | errors`);
console.log(`${"-".repeat(44)}-+---------+---------+---------+-------+-------`);
for (const sc of scenarios) {
  const r = summary(sc.name);
  const base = summary((scenarios.find((x) => x.group === sc.group) as (typeof scenarios)[number]).name);
  console.log(`${sc.name.padEnd(44)} | ${fmt(r.rps).padStart(7)} | ${fmt(r.p50, 2).padStart(7)} | ${fmt(r.p99, 2).padStart(7)} | ${fmt(r.rps / base.rps, 2).padStart(5)}x | ${r.errors}`);
}
for (const sc of scenarios) {
  const kinds: Record<string, number> = {};
  for (const r of results.get(sc.name) ?? []) for (const [k, n] of Object.entries((r as LoadResult & { errorKinds?: Record<string, number> }).errorKinds ?? {})) kinds[k] = (kinds[k] ?? 0) + n;
  if (Object.keys(kinds).length > 0) console.log(`errors in "${sc.name.trim()}": ${JSON.stringify(kinds)}`);
}
console.log("req/s (for new-connection rows = handshakes/s); latencies in ms; ratio = req/s ÷ the HTTP row of the same group.");
