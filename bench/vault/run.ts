/**
 * `node --import tsx bench/vault/run.ts`: what sharing the token vault costs, in one run against the same mock
 * upstream. Every target runs all default detectors with a policy that tokenizes emails in requests (no adaptive
 * controls: the default policy's risk score would quarantine the bench key), on a 1 KB chat request holding an email:
 *   memory    the in-process vault (one node),
 *   redis     the vault shared through Redis (127.0.0.1:6379),
 *   postgres  the vault shared through PostgreSQL (127.0.0.1:5432 db test),
 *   sqlite    the vault in a SQLite file (one node, survives restarts).
 * Each request loads its conversation from the store before enforcing (the cost measured here); the value is the
 * same every time, so after the first request nothing new is written. Cells run in interleaved rounds; the median
 * per target is printed with its ratio to `memory` from the same run.
 * Environment: BENCH_DURATION_MS (default 3000) per measurement, BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (32),
 * BENCH_BACKENDS (comma-separated subset; memory always runs).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Child, type LoadResult, runLoad, spawnChild } from "../support/spawn-child.js";

const here = (p: string) => new URL(p, import.meta.url).pathname;
const duration = Number(process.env["BENCH_DURATION_MS"] ?? 3000);
const rounds = Number(process.env["BENCH_ROUNDS"] ?? 3);
const connections = Number(process.env["BENCH_CONNECTIONS"] ?? 32);
const run = randomBytes(4).toString("hex");
const keyFile = join(mkdtempSync(join(tmpdir(), "warden-bench-vault-")), "vault.key");
writeFileSync(keyFile, randomBytes(32).toString("hex"));

const mock = await spawnChild<{ port: number }>(here("../support/mock-upstream.ts"));
const base = { providers: { up: { type: "openai", baseUrl: `http://127.0.0.1:${mock.info.port}/v1` } }, routes: [{ models: ["*"], provider: "up" }], audit: { enabled: false }, policy: { rules: [{ id: "tokenize-email", match: { type: "EMAIL_ADDRESS", direction: "request" }, action: "tokenize" }] } };
type WardenInfo = { url: string; key: string; pid: number };
const variants: Record<string, object> = {
  memory: { vault: { backend: "memory" } },
  redis: { redis: { url: "redis://127.0.0.1:6379", keyPrefix: `warden-bench-${run}:` }, vault: { backend: "redis", key: { file: keyFile } } },
  postgres: { store: { type: "postgres", url: "postgres://postgres@127.0.0.1:5432/test", schema: `wbench_${run}` }, vault: { backend: "sql", key: { file: keyFile } } },
  sqlite: { vault: { backend: "sql" } },
};
const children: Record<string, Child<WardenInfo>> = {};
const only = process.env["BENCH_BACKENDS"]?.split(",");
for (const [name, patch] of Object.entries(variants)) {
  if (only && name !== "memory" && !only.includes(name)) continue;
  children[name] = await spawnChild<WardenInfo>(here("../support/warden-child.ts"), [JSON.stringify({ controls: "default", config: { ...base, ...patch } })]);
}

const filler = "Please summarise the quarterly report and list the open items for the team. ".repeat(13);
const body = JSON.stringify({ model: "gpt-bench", messages: [{ role: "user", content: `${filler}Reply to jane.doe@acme-corp.com when done.` }] });
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1] ?? NaN;
const got: Record<string, LoadResult[]> = {};
for (let r = 0; r < rounds; r++) {
  for (const [name, c] of Object.entries(children)) {
    const res = await runLoad({ url: `${c.info.url}/v1/chat/completions`, body, headers: { authorization: `Bearer ${c.info.key}` }, connections, durationMs: duration });
    (got[name] ??= []).push(res);
  }
}
await Promise.all([...Object.values(children), mock].map((c: Child<unknown>) => c.stop()));

const rps = (n: string) => median((got[n] ?? []).map((x) => x.rps));
console.log(`Vault benchmark (${duration} ms per measurement, median of ${rounds} interleaved rounds, c=${connections}, Node ${process.version})`);
console.log("backend  |   req/s |  p50 ms |  p99 ms | ÷memory | errors");
for (const n of Object.keys(children)) {
  const xs = got[n] ?? [];
  const errors = xs.reduce((a, x) => a + x.errors, 0);
  console.log(`${n.padEnd(8)} | ${rps(n).toFixed(0).padStart(7)} | ${median(xs.map((x) => x.p50)).toFixed(2).padStart(7)} | ${median(xs.map((x) => x.p99)).toFixed(2).padStart(7)} | ${(rps(n) / rps("memory")).toFixed(2).padStart(6)}x | ${errors}`);
}
