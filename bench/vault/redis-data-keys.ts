/**
 * `node --import tsx bench/vault/redis-data-keys.ts`: what data keys per tenant and period cost the Redis vault,
 * base (mappings sealed under the vault key, as before) next to new (under the tenant's data key of the period), in
 * one run against 127.0.0.1:6379, in-process (store + working set, no HTTP):
 *   put  one call writing a new mapping: load the conversation (a fresh one), tokenize a value, write it through;
 *   get  one call reading it back: load the conversation into a fresh working set (another replica) and restore;
 *   mem  Redis memory of the stored vault (MEMORY USAGE over the run's keys) per mapping.
 * Rounds alternate base and new; the median of the rounds' p50/p99 is printed.
 * Environment: BENCH_CONVERSATIONS (default 2000 per round), BENCH_TENANTS (20), BENCH_ROUNDS (3).
 */
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { TokenVault } from "../../src/enforce/token-vault.js";
import { RedisVaultStore } from "../../src/enforce/vault/redis-vault-store.js";
import { SharedVault } from "../../src/enforce/vault/shared-vault.js";
import { VaultDataKeys } from "../../src/enforce/vault/vault-data-keys.js";
import { deriveVaultKeys } from "../../src/enforce/vault/vault-key.js";
import { sealKeyFromMaster } from "../../src/enforce/vault/vault-key-ring.js";

const N = Number(process.env["BENCH_CONVERSATIONS"] ?? 2000);
const TENANTS = Number(process.env["BENCH_TENANTS"] ?? 20);
const ROUNDS = Number(process.env["BENCH_ROUNDS"] ?? 3);
const TTL = 600_000;
const redis = new Redis("redis://127.0.0.1:6379");
const master = randomBytes(32);
const ring = [sealKeyFromMaster(master)];
const macKey = deriveVaultKeys(master).macKey;
const run = randomBytes(4).toString("hex");

function replica(store: RedisVaultStore, withKeys: boolean): { vault: TokenVault; shared: SharedVault } {
  const dataKeys = withKeys ? new VaultDataKeys(ring, 3_600_000) : undefined;
  const vault = new TokenVault({ ttlMs: TTL, writeThrough: true, ring, macKey, ...(dataKeys ? { dataKeys } : {}) });
  return { vault, shared: new SharedVault(vault, store, () => TTL, async () => undefined, dataKeys) };
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1] ?? NaN;

async function round(variant: "base" | "new", r: number): Promise<{ put50: number; put99: number; get50: number; get99: number; bytes: number }> {
  const prefix = `bench-vdek-${run}-${variant}-${r}:`;
  const store = new RedisVaultStore(redis, prefix);
  const writer = replica(store, variant === "new");
  const reader = replica(store, variant === "new");
  const put: number[] = [];
  const get: number[] = [];
  const convs = Array.from({ length: N }, (_, i) => `tenant-${i % TENANTS}\u0000key\u0000conv-${i}`);
  const tokens: string[] = [];
  for (const conv of convs) {
    const t0 = performance.now();
    await writer.shared.load(conv);
    tokens.push(writer.vault.tokenize(conv, "EMAIL_ADDRESS", `someone.${conv.length}.${randomBytes(3).toString("hex")}@example.org`));
    await writer.shared.flush(conv);
    put.push(performance.now() - t0);
  }
  for (const [i, conv] of convs.entries()) {
    const t0 = performance.now();
    await reader.shared.load(conv);
    if (!reader.vault.restore(conv, tokens[i] ?? "")) throw new Error("not restored");
    get.push(performance.now() - t0);
  }
  const keys = await redis.keys(`${prefix}*`);
  let bytes = 0;
  for (const k of keys) bytes += Number(await redis.memory("USAGE", k));
  await redis.del(...keys);
  return { put50: pct(put, 0.5), put99: pct(put, 0.99), get50: pct(get, 0.5), get99: pct(get, 0.99), bytes: bytes / N };
}

const got: Record<"base" | "new", Awaited<ReturnType<typeof round>>[]> = { base: [], new: [] };
await round("new", -1); // warm-up (JIT, connection)
for (let r = 0; r < ROUNDS; r++) for (const v of ["base", "new"] as const) got[v].push(await round(v, r));
await redis.quit();

const col = (v: "base" | "new", f: keyof Awaited<ReturnType<typeof round>>): number => median(got[v].map((x) => x[f]));
console.log(`Redis vault, data keys (${N} conversations × 1 mapping over ${TENANTS} tenants per round, median of ${ROUNDS} rounds, Node ${process.version})`);
console.log("metric                 |     base |      new |  new÷base");
for (const [name, f, unit] of [
  ["put p50 (ms)", "put50", 3],
  ["put p99 (ms)", "put99", 3],
  ["get p50 (ms)", "get50", 3],
  ["get p99 (ms)", "get99", 3],
  ["redis bytes / mapping", "bytes", 0],
] as const) {
  const b = col("base", f);
  const n = col("new", f);
  console.log(`${name.padEnd(22)} | ${b.toFixed(unit).padStart(8)} | ${n.toFixed(unit).padStart(8)} | ${(n / b).toFixed(2).padStart(8)}`);
}
