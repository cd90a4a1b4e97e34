/**
 * Data keys per tenant and key period, through each real store (SQLite file, PostgreSQL schema, Redis prefix of this
 * run): mappings go to the store under the tenant's key of the period and restore on another replica; once expired
 * and purged their key is destroyed, and copies of their sealed bytes taken while they were live open under no key
 * left in the store; tenant erasure does the same at once; mappings of the older format still open; a data key
 * wrapped under a vault key that has left the ring fails closed.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openableCopies, type SealedCopy } from "../../../test/vault/open-with-stored-keys.js";
import { TokenVault } from "../token-vault.js";
import { blobDataKey } from "./data-key-blob.js";
import { purgeVault } from "./open-vault.js";
import { PostgresVaultStore } from "./postgres-vault-store.js";
import { RedisVaultStore } from "./redis-vault-store.js";
import { SharedVault } from "./shared-vault.js";
import { SqliteVaultStore } from "./sqlite-vault-store.js";
import { VaultDataKeys } from "./vault-data-keys.js";
import { deriveVaultKeys } from "./vault-key.js";
import { type SealKey, sealKeyFromMaster } from "./vault-key-ring.js";
import type { VaultStore } from "./vault-store.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const run = randomBytes(4).toString("hex");
const file = join(tmpdir(), `warden-vault-dek-${run}.db`);
const redis = new Redis("redis://127.0.0.1:6379", { lazyConnect: true });
const stores: Record<string, () => VaultStore> = {
  sqlite: () => new SqliteVaultStore(file),
  postgres: () => new PostgresVaultStore({ url: PG_URL, schema: `vdek_${run}` }),
  redis: () => new RedisVaultStore(redis, `vdek-${run}:`),
};

afterAll(async () => {
  rmSync(file, { force: true });
  for (const s of ["-wal", "-shm"]) rmSync(file + s, { force: true });
  const keys = await redis.keys(`vdek-${run}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS vdek_${run} CASCADE`);
  await c.end();
});

const EMAIL = "jane.doe@acme-corp.com";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One replica: its working set, data keys and shared store, all keys from one master. */
function replica(store: VaultStore, master: Buffer, o: { ttlMs: number; periodMs: number; dataKeys?: boolean; ring?: SealKey[] }) {
  const ring = o.ring ?? [sealKeyFromMaster(master)];
  const dataKeys = o.dataKeys === false ? undefined : new VaultDataKeys(ring, o.periodMs);
  const vault = new TokenVault({ ttlMs: o.ttlMs, writeThrough: true, ring, macKey: deriveVaultKeys(master).macKey, ...(dataKeys ? { dataKeys } : {}) });
  const shared = new SharedVault(vault, store, () => o.ttlMs, async () => undefined, dataKeys);
  return { vault, shared, ring, dataKeys };
}

/** Tokenize `value` in the conversation through a replica as a call does: load, enforce, write through. */
async function tokenize(r: ReturnType<typeof replica>, conv: string, value: string): Promise<string> {
  await r.shared.load(conv);
  const token = r.vault.tokenize(conv, "EMAIL_ADDRESS", value);
  expect(await r.shared.flush(conv)).toEqual([]);
  return token;
}

/** What a reader of the store's files would copy: every sealed blob of the conversation, as stored now. */
async function copies(store: VaultStore, r: ReturnType<typeof replica>, conv: string, ttlMs: number): Promise<SealedCopy[]> {
  const storeId = r.vault.storeId(conv);
  return (await store.load(storeId, ttlMs)).filter((m) => !m.token.startsWith("#")).map((m) => ({ storeId, token: m.token, blob: Buffer.from(m.blob) }));
}

describe.each(Object.keys(stores))("vault data keys: %s", (name) => {
  const store = (stores[name] as () => VaultStore)();
  const master = randomBytes(32);
  afterAll(async () => store.close());

  it("seals under the tenant's key of the period (another tenant: another key); another replica restores it", async () => {
    const a = replica(store, master, { ttlMs: 60_000, periodMs: 3_600_000 });
    const b = replica(store, master, { ttlMs: 60_000, periodMs: 3_600_000 });
    const conv1 = `t1\u0000k1\u0000c-${name}`;
    const conv2 = `t2\u0000k9\u0000c-${name}`;
    const token = await tokenize(a, conv1, EMAIL);
    await tokenize(a, conv2, EMAIL);
    const [c1] = await copies(store, a, conv1, 60_000);
    const [c2] = await copies(store, a, conv2, 60_000);
    const k1 = blobDataKey(c1?.blob ?? Buffer.alloc(0));
    const k2 = blobDataKey(c2?.blob ?? Buffer.alloc(0));
    expect(k1?.tenant).toBe(a.vault.tenantId(conv1));
    expect(k2?.tenant).toBe(a.vault.tenantId(conv2));
    expect(k1?.tenant).not.toBe(k2?.tenant);
    expect(k1?.check.equals(k2?.check ?? Buffer.alloc(0))).toBe(false);
    expect(c1?.blob.includes(Buffer.from(EMAIL))).toBe(false);
    await b.shared.load(conv1);
    expect(b.vault.restore(conv1, `write to ${token}`)?.text).toBe(`write to ${EMAIL}`);
  });

  it("expired and purged: the period's key is destroyed and no key left in the store opens the copies of its mappings", async () => {
    const ttlMs = 150;
    const periodMs = 200;
    const a = replica(store, master, { ttlMs, periodMs });
    const conv = `t3\u0000k1\u0000expiring-${name}`;
    for (const v of [EMAIL, "john@example.org", "mary@example.net"]) await tokenize(a, conv, v);
    const taken = await copies(store, a, conv, ttlMs);
    expect(taken).toHaveLength(3);
    expect(await openableCopies(store, a.ring, taken)).toHaveLength(3); // the probe opens what is live
    // past the TTL, the key's period end and one more period (plus the quarter TTL Redis keeps a key past its mappings)
    await sleep(ttlMs + 2 * periodMs + ttlMs / 4 + 100);
    const purged = await purgeVault(store);
    if (name !== "redis") expect(purged.mappings).toBe(3);
    if (name === "redis") expect(purged.keys).toBe(0); // Redis keys expire by themselves
    else expect(purged.keys).toBeGreaterThanOrEqual(1); // two if the 200 ms period turned between the writes
    expect(await openableCopies(store, a.ring, taken)).toEqual([]);
    const fresh = replica(store, master, { ttlMs, periodMs });
    await fresh.shared.load(conv);
    expect(fresh.vault.restore(conv, taken.map((c) => c.token).join(" "))).toBeUndefined();
  });

  it("a key some live mapping still needs is kept past its period (a conversation in use)", async () => {
    // The loop outlasts the key's period and the mappings' TTL (12 steps of 100 ms against 800 ms), so only the
    // conversation's loads keep the mapping, and its key, alive; each step leaves 700 ms of slack for a loaded machine.
    const ttlMs = 800;
    const periodMs = 100;
    const a = replica(store, master, { ttlMs, periodMs });
    const conv = `t4\u0000k1\u0000busy-${name}`;
    const token = await tokenize(a, conv, EMAIL);
    for (let i = 0; i < 12; i++) {
      await sleep(100);
      await purgeVault(store);
      await a.shared.load(conv); // the conversation in use: its mappings and their key stay
    }
    const fresh = replica(store, master, { ttlMs, periodMs });
    await fresh.shared.load(conv);
    expect(fresh.vault.restore(conv, token)?.text).toBe(EMAIL);
  });

  it("tenant erasure destroys the tenant's keys at once: its mappings restore nowhere, another tenant's still do", async () => {
    const a = replica(store, master, { ttlMs: 60_000, periodMs: 3_600_000 });
    const gone = `t5\u0000k1\u0000erased-${name}`;
    const kept = `t6\u0000k1\u0000kept-${name}`;
    const t1 = await tokenize(a, gone, EMAIL);
    const t2 = await tokenize(a, kept, EMAIL);
    const taken = await copies(store, a, gone, 60_000);
    const r = await a.shared.eraseTenant("t5");
    expect(r.keys).toBeGreaterThanOrEqual(1);
    expect(r.mappings).toBe(1);
    expect(await openableCopies(store, a.ring, taken)).toEqual([]);
    expect(a.vault.restore(gone, t1)).toBeUndefined(); // this replica's working set too
    const fresh = replica(store, master, { ttlMs: 60_000, periodMs: 3_600_000 });
    await fresh.shared.load(gone);
    expect(fresh.vault.restore(gone, t1)).toBeUndefined();
    await fresh.shared.load(kept);
    expect(fresh.vault.restore(kept, t2)?.text).toBe(EMAIL);
  });

  it("another replica drops the erased tenant's keys when notified, or, having missed it, at the tenant's next load after recheckAll", async () => {
    const a = replica(store, master, { ttlMs: 60_000, periodMs: 3_600_000 });
    const notified = replica(store, master, { ttlMs: 60_000, periodMs: 3_600_000 });
    const missed = replica(store, master, { ttlMs: 60_000, periodMs: 3_600_000 });
    const conv = `t8\u0000k1\u0000elsewhere-${name}`;
    const token = await tokenize(a, conv, EMAIL);
    for (const r of [notified, missed]) {
      await r.shared.load(conv);
      expect(r.vault.restore(conv, token)?.text).toBe(EMAIL);
    }
    await a.shared.eraseTenant("t8");
    // within the one-minute recheck, a replica told nothing still holds the key and the mapping
    await missed.shared.load(conv);
    expect(missed.vault.restore(conv, token)?.text).toBe(EMAIL);
    notified.shared.erased(a.vault.tenantId(conv));
    expect(notified.vault.restore(conv, token)).toBeUndefined();
    missed.dataKeys?.recheckAll();
    await missed.shared.load(conv);
    expect(missed.vault.restore(conv, token)).toBeUndefined();
  });

  it("mappings sealed before data keys (under the ring key) still restore, and are sealed again under the data key when loaded", async () => {
    const old = replica(store, master, { ttlMs: 60_000, periodMs: 3_600_000, dataKeys: false });
    const conv = `t7\u0000k1\u0000legacy-${name}`;
    const token = await tokenize(old, conv, EMAIL);
    const [before] = await copies(store, old, conv, 60_000);
    expect(blobDataKey(before?.blob ?? Buffer.alloc(0))).toBeUndefined();
    const now = replica(store, master, { ttlMs: 60_000, periodMs: 3_600_000 });
    await now.shared.load(conv);
    expect(now.vault.restore(conv, token)?.text).toBe(EMAIL);
    const [after] = await copies(store, now, conv, 60_000);
    expect(blobDataKey(after?.blob ?? Buffer.alloc(0))?.tenant).toBe(now.vault.tenantId(conv));
    expect(after?.blob.subarray(0, 32).equals(before?.blob.subarray(0, 32) ?? Buffer.alloc(0))).toBe(true); // same value
    const third = replica(store, master, { ttlMs: 60_000, periodMs: 3_600_000 });
    await third.shared.load(conv);
    expect(third.vault.restore(conv, token)?.text).toBe(EMAIL);
    const second = await tokenize(now, conv, "john@example.org");
    const blobs = await copies(store, now, conv, 60_000);
    expect(blobDataKey(blobs.find((c) => c.token === second)?.blob ?? Buffer.alloc(0))).toBeDefined();
  });

  it("a data key wrapped under a vault key that has left the ring fails closed (WARDEN_VAULT_KEY_UNKNOWN)", async () => {
    const other = randomBytes(32);
    const a = replica(store, other, { ttlMs: 60_000, periodMs: 3_600_000 });
    const conv = `t8\u0000k1\u0000ring-${name}`;
    await tokenize(a, conv, EMAIL);
    // the same token key (the store's), another ring: the stored data key does not unwrap
    const b = replica(store, other, { ttlMs: 60_000, periodMs: 3_600_000, ring: [sealKeyFromMaster(randomBytes(32))] });
    await expect(b.shared.load(conv)).rejects.toMatchObject({ code: "WARDEN_VAULT_KEY_UNKNOWN" });
  });
});
