/**
 * The three shared stores behind the vault, against real Redis, PostgreSQL and SQLite: expiry (and its refresh on
 * use), first writer wins, restore flags that only widen for the same value, purge; and two vault replicas over one
 * store tokenizing concurrently.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { TokenVault, type StoredMapping } from "../../src/enforce/token-vault.js";
import { PostgresVaultStore } from "../../src/enforce/vault/postgres-vault-store.js";
import { RedisVaultStore } from "../../src/enforce/vault/redis-vault-store.js";
import { SharedVault } from "../../src/enforce/vault/shared-vault.js";
import { SqliteVaultStore } from "../../src/enforce/vault/sqlite-vault-store.js";
import { deriveVaultKeys } from "../../src/enforce/vault/vault-key.js";
import type { VaultStore } from "../../src/enforce/vault/vault-store.js";
import { tempDir } from "../support/test-gateway.js";

const run = randomBytes(4).toString("hex");
const PG_URL = "postgres://postgres@127.0.0.1:5432/test";
const dir = tempDir("warden-vault-stores-");
const redis = new Redis("redis://127.0.0.1:6379", { lazyConnect: true });
const opened: VaultStore[] = [];

function open(kind: string): VaultStore {
  const s =
    kind === "redis"
      ? new RedisVaultStore(redis, `wtest-${run}:`)
      : kind === "postgres"
        ? new PostgresVaultStore({ url: PG_URL, schema: `wvault_s_${run}` })
        : new SqliteVaultStore(join(dir, "vault.db"));
  opened.push(s);
  return s;
}

afterAll(async () => {
  for (const s of opened) await s.close();
  const keys = await redis.keys(`wtest-${run}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  const c = new pg.Client(PG_URL);
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS wvault_s_${run} CASCADE`);
  await c.end();
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A blob as the vault writes it: digest (32) | iv (12) | tag (16) | data. */
const blob = (digestByte: number, fill = randomBytes(1)[0] as number): Buffer => Buffer.concat([Buffer.alloc(32, digestByte), Buffer.alloc(40, fill)]);
const m = (token: string, b: Buffer, restore = true): StoredMapping => ({ token, blob: b, restore });

describe.each(["redis", "postgres", "sqlite"])("vault store: %s", (kind) => {
  const store = open(kind);
  const conv = (name: string) => `${name}-${kind}-${run}`;

  it("first writer wins: another value under a taken token is reported, the stored one kept", async () => {
    const first = blob(1);
    expect(await store.save(conv("fw"), [m("⟦X_aaaaaa⟧", first)], 10_000)).toEqual([]);
    // The same value again (same digest, fresh IV): not a conflict.
    expect(await store.save(conv("fw"), [m("⟦X_aaaaaa⟧", blob(1))], 10_000)).toEqual([]);
    expect(await store.save(conv("fw"), [m("⟦X_aaaaaa⟧", blob(2)), m("⟦X_bbbbbb⟧", blob(3))], 10_000)).toEqual(["⟦X_aaaaaa⟧"]);
    const loaded = await store.load(conv("fw"), 10_000);
    expect(loaded.map((x) => x.token).sort()).toEqual(["⟦X_aaaaaa⟧", "⟦X_bbbbbb⟧"]);
    expect(loaded.find((x) => x.token === "⟦X_aaaaaa⟧")?.blob.equals(first)).toBe(true);
  });

  it("a restore flag widens for the same value only", async () => {
    await store.save(conv("rf"), [m("⟦X_cccccc⟧", blob(4), false)], 10_000);
    await store.save(conv("rf"), [m("⟦X_cccccc⟧", blob(5), true)], 10_000);
    expect((await store.load(conv("rf"), 10_000))[0]?.restore).toBe(false);
    await store.save(conv("rf"), [m("⟦X_cccccc⟧", blob(4), true)], 10_000);
    expect((await store.load(conv("rf"), 10_000))[0]?.restore).toBe(true);
  });

  it("mappings expire after the TTL; a load refreshes it", async () => {
    // Wide margins (TTL 1 s, steps of 0.6 s): on a loaded machine a 250 ms sleep can take most of a 400 ms TTL.
    await store.save(conv("ttl"), [m("⟦X_dddddd⟧", blob(6))], 1000);
    await store.save(conv("ttl2"), [m("⟦X_eeeeee⟧", blob(7))], 1000);
    await sleep(600);
    expect(await store.load(conv("ttl"), 1000)).toHaveLength(1); // refreshed to now + 1 s
    await sleep(600);
    expect(await store.load(conv("ttl2"), 1000)).toEqual([]);
    expect(await store.load(conv("ttl"), 1000)).toHaveLength(1);
    await sleep(1100);
    expect(await store.load(conv("ttl"), 1000)).toEqual([]);
    if (kind !== "redis") expect(await store.purge()).toBeGreaterThanOrEqual(2);
    // An expired token is free again for a new value.
    expect(await store.save(conv("ttl"), [m("⟦X_dddddd⟧", blob(8))], 10_000)).toEqual([]);
  });

  it("two replicas tokenizing the same values at once agree on tokens and store each mapping once", async () => {
    const keys = deriveVaultKeys(randomBytes(32));
    const replicas = [0, 1].map(() => {
      const v = new TokenVault({ ttlMs: 60_000, writeThrough: true, ...keys });
      return { v, shared: new SharedVault(v, store, () => 60_000) };
    });
    const c = conv("conc");
    const values = Array.from({ length: 20 }, (_, i) => `person${i}@example.com`);
    const tokens = await Promise.all(
      replicas.map(async ({ v, shared }) => {
        await shared.load(c);
        const t = values.map((x) => v.tokenize(c, "EMAIL_ADDRESS", x));
        expect(await shared.flush(c)).toEqual([]);
        return t;
      }),
    );
    expect(tokens[0]).toEqual(tokens[1]);
    const stored = await store.load(replicas[0]?.v.storeId(c) ?? "", 60_000);
    expect(stored).toHaveLength(20);
    // A third replica (same key) that never saw the values restores every token after one load.
    const third = new TokenVault({ ttlMs: 60_000, writeThrough: true, ...keys });
    await new SharedVault(third, store, () => 60_000).load(c);
    expect(tokens[0]?.map((t) => third.reveal(c, t))).toEqual(values);
    // A replica with another key, or the same blobs under another conversation, restores nothing.
    // (another key fails closed with a code, rather than leaving the token as if nothing were there)
    const stranger = new TokenVault({ ttlMs: 60_000, ...deriveVaultKeys(randomBytes(32)) });
    stranger.absorb(c, stored);
    expect(() => stranger.reveal(c, tokens[0]?.[0] ?? "")).toThrow(expect.objectContaining({ code: "WARDEN_VAULT_KEY_UNKNOWN" }));
    const moved = new TokenVault({ ttlMs: 60_000, writeThrough: true, ...keys });
    moved.absorb("another conversation", stored);
    expect(moved.reveal("another conversation", tokens[0]?.[0] ?? "")).toBeUndefined();
  });

  it("a token taken by another value in the store is dropped locally, and the value gets a longer token after a load", async () => {
    const keys = deriveVaultKeys(randomBytes(32));
    const v = new TokenVault({ ttlMs: 60_000, writeThrough: true, ...keys });
    const shared = new SharedVault(v, store, () => 60_000);
    const c = conv("coll");
    const t = v.tokenize(c, "EMAIL_ADDRESS", "a@example.com");
    // Another replica's different value got the same token first.
    await store.save(v.storeId(c), [m(t, blob(9))], 60_000);
    expect(await shared.flush(c)).toEqual([t]);
    await shared.load(c);
    const again = v.tokenize(c, "EMAIL_ADDRESS", "a@example.com");
    expect(again).not.toBe(t);
    expect(again.startsWith(t.slice(0, -1))).toBe(true);
    expect(await shared.flush(c)).toEqual([]);
    expect(v.reveal(c, again)).toBe("a@example.com");
  });
  it("a value two replicas number at once keeps one number: the later claim loses and that call takes the claimed one", async () => {
    const keys = deriveVaultKeys(randomBytes(32));
    const replica = () => {
      const v = new TokenVault({ ttlMs: 60_000, writeThrough: true, ...keys });
      return { v, shared: new SharedVault(v, store, () => 60_000) };
    };
    for (const aFirst of [true, false]) {
      const a = replica();
      const b = replica();
      const c = conv(`claim-${aFirst}`);
      // Neither has loaded the other's numbers: A numbers `shared` 1; B numbers `own` 1 and `shared` 2. Slot 1 can
      // go to one value only; slot 2 is free, so without claims B's call would send `shared` as 2 and A's as 1.
      expect(a.v.numberFor(c, "PERSON", "shared")).toBe(1);
      expect([b.v.numberFor(c, "PERSON", "own"), b.v.numberFor(c, "PERSON", "shared")]).toEqual([1, 2]);
      if (aFirst) {
        expect(await a.shared.flush(c)).toEqual([]);
        // B loses slot 1 (to A's `shared`) and its claim on `shared` (A claimed 1): both are reported.
        expect((await b.shared.flush(c)).sort()).toEqual(["#PERSON_1", "#PERSON_2"]);
        await b.shared.load(c);
        expect(b.v.numberFor(c, "PERSON", "shared")).toBe(1);
        expect(b.v.numberFor(c, "PERSON", "own")).toBe(3);
        expect(await b.shared.flush(c)).toEqual([]);
      } else {
        expect(await b.shared.flush(c)).toEqual([]);
        // A loses slot 1 (to B's `own`); B's claim gives `shared` 2.
        expect(await a.shared.flush(c)).toEqual(["#PERSON_1"]);
        await a.shared.load(c);
        expect(a.v.numberFor(c, "PERSON", "shared")).toBe(2);
        expect(a.v.numberFor(c, "PERSON", "own")).toBe(1);
        expect(await a.shared.flush(c)).toEqual([]);
      }
      // Every replica that loads the store now agrees, also one that saw none of it.
      const third = replica();
      await third.shared.load(c);
      const want = aFirst ? [1, 3] : [2, 1];
      expect(["shared", "own"].map((x) => third.v.numberFor(c, "PERSON", x))).toEqual(want);
      await a.shared.load(c);
      await b.shared.load(c);
      expect(["shared", "own"].map((x) => a.v.numberFor(c, "PERSON", x))).toEqual(want);
      expect(["shared", "own"].map((x) => b.v.numberFor(c, "PERSON", x))).toEqual(want);
    }
  });
  it("a replica that used a number read from another's slot before any claim writes the claim too, and yields to the stored one", async () => {
    const keys = deriveVaultKeys(randomBytes(32));
    const replica = () => {
      const v = new TokenVault({ ttlMs: 60_000, writeThrough: true, ...keys });
      return { v, shared: new SharedVault(v, store, () => 60_000) };
    };
    const [a, b, c] = [replica(), replica(), replica()];
    const conv3 = conv("claim-3");
    // A numbers V 1; B numbers `own` 1 and V 2. Their slots reach the store (A's #1 first), their claims not yet.
    a.v.numberFor(conv3, "PERSON", "V");
    b.v.numberFor(conv3, "PERSON", "own");
    b.v.numberFor(conv3, "PERSON", "V");
    const id = a.v.storeId(conv3);
    const slotsOf = (r: { v: TokenVault }) => r.v.pendingMappings(conv3).filter((m) => m.token.startsWith("#"));
    await store.save(id, slotsOf(a), 60_000);
    await store.save(id, slotsOf(b), 60_000);
    // C loads between the slot writes and the claims: the smallest slot gives V number 1 there.
    await c.shared.load(conv3);
    expect(c.v.numberFor(conv3, "PERSON", "V")).toBe(1);
    // B's claim (V → 2) lands first.
    const vDigest = (slotsOf(b).find((m) => m.token === "#PERSON_2")?.blob ?? Buffer.alloc(0)).toString("hex");
    const two = Buffer.alloc(32);
    two.writeUInt32BE(2, 0);
    await store.save(id, [{ token: `#=${vDigest}`, blob: two, restore: false }], 60_000);
    // C's write-through claims what it used, loses, and after a load uses 2 like everyone else.
    expect(await c.shared.flush(conv3)).toContain("#PERSON_1");
    await c.shared.load(conv3);
    expect(c.v.numberFor(conv3, "PERSON", "V")).toBe(2);
    expect(await c.shared.flush(conv3)).toEqual([]);
  });

  it("a claim whose slot is gone gives no number (it could be another value's after expiry)", async () => {
    const keys = deriveVaultKeys(randomBytes(32));
    const v = new TokenVault({ ttlMs: 60_000, writeThrough: true, ...keys });
    const convX = conv("claim-orphan");
    v.numberFor(convX, "PERSON", "V");
    const digest = (v.pendingMappings(convX).find((m) => m.token === "#PERSON_1")?.blob ?? Buffer.alloc(0)).toString("hex");
    const fresh = new TokenVault({ ttlMs: 60_000, writeThrough: true, ...keys });
    const one = Buffer.alloc(32);
    one.writeUInt32BE(1, 0);
    fresh.absorb(convX, [{ token: `#=${digest}`, blob: one, restore: false }]);
    expect(fresh.numberFor(convX, "PERSON", "W")).toBe(1);
    expect(fresh.numberFor(convX, "PERSON", "V")).toBe(2);
  });
});
