/**
 * Acceptance hunt 18 on Redis (`vault.backend: redis`): Redis expires a conversation's hash by itself, but an
 * expired value can linger: in the server's freed memory (a core dump, a memory snapshot of the host), and in RDB/AOF
 * files written while it was live. This test measures the first where it can (it reads the Redis server's memory
 * through /proc/<pid>/mem when Redis runs on this host and the test may read it, as root here), and asserts what data
 * keys promise whatever lingers: once the mappings and their data key have expired, no copy of their sealed bytes
 * opens with any key left in the store.
 */
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, readSync } from "node:fs";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { TokenVault } from "../../src/enforce/token-vault.js";
import { RedisVaultStore } from "../../src/enforce/vault/redis-vault-store.js";
import { SharedVault } from "../../src/enforce/vault/shared-vault.js";
import { VaultDataKeys } from "../../src/enforce/vault/vault-data-keys.js";
import { deriveVaultKeys } from "../../src/enforce/vault/vault-key.js";
import { sealKeyFromMaster } from "../../src/enforce/vault/vault-key-ring.js";
import { openableCopies, type SealedCopy } from "../vault/open-with-stored-keys.js";

const prefix = `hunt18-redis-${randomBytes(4).toString("hex")}:`;
const redis = new Redis("redis://127.0.0.1:6379");
afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

/** How many of `needles` are in the Redis server's writable memory, or undefined when it cannot be read from here. */
async function inServerMemory(needles: readonly Buffer[]): Promise<number | undefined> {
  const pid = /process_id:(\d+)/.exec(await redis.info("server"))?.[1];
  if (!pid || !existsSync(`/proc/${pid}/maps`)) return undefined;
  let fd: number;
  try {
    fd = openSync(`/proc/${pid}/mem`, "r");
  } catch {
    return undefined;
  }
  const found = new Set<number>();
  try {
    for (const line of readFileSync(`/proc/${pid}/maps`, "utf8").split("\n")) {
      const m = /^([0-9a-f]+)-([0-9a-f]+) rw/.exec(line);
      if (!m?.[1] || !m[2]) continue;
      const start = BigInt(`0x${m[1]}`);
      const size = Number(BigInt(`0x${m[2]}`) - start);
      if (size > 1 << 30) continue;
      const buf = Buffer.alloc(size);
      try {
        readSync(fd, buf, 0, size, start);
      } catch {
        continue;
      }
      needles.forEach((n, i) => buf.includes(n) && found.add(i));
    }
  } finally {
    closeSync(fd);
  }
  return found.size;
}

describe("vault expiry on Redis", () => {
  it("expired mappings may linger in Redis's memory, but no key left in the store opens any of them", async () => {
    const store = new RedisVaultStore(redis, prefix);
    const master = randomBytes(32);
    const ring = [sealKeyFromMaster(master)];
    const ttlMs = 150;
    const periodMs = 200;
    const dataKeys = new VaultDataKeys(ring, periodMs);
    const vault = new TokenVault({ ttlMs, writeThrough: true, ring, macKey: deriveVaultKeys(master).macKey, dataKeys });
    const shared = new SharedVault(vault, store, () => ttlMs, async () => undefined, dataKeys);
    const conv = "t-redis\u0000k1\u0000conv";
    for (let i = 0; i < 40; i++) vault.tokenize(conv, "EMAIL_ADDRESS", `person.${i}.${randomBytes(4).toString("hex")}@example.org`);
    await shared.load(conv); // loads the tenant's key of this period (tokenize before it sealed under the ring key)
    expect(await shared.flush(conv)).toEqual([]);
    const storeId = vault.storeId(conv);
    const sealed: SealedCopy[] = (await store.load(storeId, ttlMs)).map((m) => ({ storeId, token: m.token, blob: Buffer.from(m.blob) }));
    expect(sealed).toHaveLength(40);
    expect(await openableCopies(store, ring, sealed)).toHaveLength(40); // the probe opens what is live
    const wrapped: Buffer[] = [];
    for await (const k of store.dataKeyRecords()) wrapped.push(Buffer.from(k.wrapped));
    const needles = sealed.map((s) => s.blob.subarray(s.blob.length - 24));
    const before = await inServerMemory(needles);
    // past the TTL, the key's period and one more (the data key's own expiry), then touch the keys so that Redis
    // deletes them now (lazy expiry) instead of at its next active-expiry cycle
    await new Promise((r) => setTimeout(r, ttlMs + 2 * periodMs + 200));
    expect(await redis.exists(`${prefix}vault:${storeId}`)).toBe(0);
    for (const k of await redis.keys(`${prefix}vault-dek:*`)) await redis.exists(k);
    const after = await inServerMemory(needles);
    const keysAfter = await inServerMemory(wrapped);
    console.log(
      before === undefined
        ? "hunt 18 Redis vault: the Redis server's memory cannot be read from here (not measured)"
        : `hunt 18 Redis vault: of 40 expired sealed blobs, ${before} in Redis's memory while live, ${after} after expiry; of ${wrapped.length} expired data key wrapping(s), ${keysAfter} still in its memory`,
    );
    if (before !== undefined) expect(before).toBe(40); // the memory probe sees what it looks for
    expect(await openableCopies(store, ring, sealed)).toEqual([]);
  }, 30_000);
});
