import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "pino";
import { ConfigError } from "../../core/config-error.js";
import type { StoreConfig } from "../../record/audit-config.js";
import type { KeyEncryptionKey } from "../../record/key-encryption-key.js";
import { ModuleKek } from "../../record/module-kek.js";
import { VaultTransitKek } from "../../record/vault-transit-kek.js";
import { openRedis } from "../../redis/open-redis.js";
import type { RedisConfig } from "../../redis/redis-config.js";
import { TokenVault } from "../token-vault.js";
import { SharedVault } from "./shared-vault.js";
import { openErasureFeed } from "./vault-erasure-feed.js";
import { SqliteVaultStore } from "./sqlite-vault-store.js";
import { VaultDataKeys } from "./vault-data-keys.js";
import type { VaultConfig } from "./vault-config.js";
import { deriveVaultKeys, loadVaultKey } from "./vault-key.js";
import { keyIdText, openTokenKey, type SealKey, sealedWith, sealKeyFromMaster, sealTokenKey } from "./vault-key-ring.js";
import type { VaultStore } from "./vault-store.js";

export interface OpenedVault {
  vault: TokenVault;
  /** The shared store behind the vault; undefined for `memory`. */
  shared: SharedVault | undefined;
  /** The per tenant and period data keys of a shared store (undefined for `memory`). */
  dataKeys?: VaultDataKeys;
  close(): Promise<void>;
}

/**
 * Open the configured vault: the in-memory working set, and (for `redis`/`sql`) the shared store with the key every
 * replica shares. `ttlMs` and `maxEntries` come from the policy's `vault` section. Throws ConfigError for a shared
 * backend without a usable key; a store that is down at start is not an error (calls fail closed until it is back).
 */
export async function openVault(opts: {
  vault: VaultConfig;
  redis: RedisConfig | undefined;
  store: StoreConfig;
  dataDir: string;
  logger: Logger;
  ttlMs: () => number;
  maxEntries: number;
  /** Listen for tenant erasures made by other processes (a serving gateway; not the one-shot CLI commands). */
  watchErasures?: boolean;
}): Promise<OpenedVault> {
  const { vault: cfg, logger } = opts;
  let backend = cfg.backend;
  if (backend === "auto") {
    backend = opts.redis && cfg.key ? "redis" : "memory";
    if (opts.redis && !cfg.key) logger.warn({}, "vault: redis is configured but vault.key is not; tokenize mappings stay in this process (set vault.key to share them)");
  }
  const keySource = cfg.key;
  const previous = cfg.previousKeys.map((src, i) => loadVaultKey(src, undefined, process.env, `vault.previousKeys.${i}`) as Buffer);
  if (previous.length > 0 && !keySource) throw new ConfigError([{ path: "vault.previousKeys", message: "previous keys need the current one in vault.key" }]);
  if (backend === "memory") {
    if (keySource && "kms" in keySource) throw new ConfigError([{ path: "vault.key.kms", message: "a KMS-wrapped key is kept in a shared store: use backend redis or sql" }]);
    const master = keySource ? loadVaultKey(keySource, undefined) : undefined;
    const vault = new TokenVault({ ttlMs: opts.ttlMs(), maxEntries: opts.maxEntries, ...(master ? ringOptions(master, previous) : {}) });
    return { vault, shared: undefined, close: async () => undefined };
  }
  const sqlite = backend === "sql" && opts.store.type !== "postgres";
  if (!cfg.key && !sqlite) throw new ConfigError([{ path: "vault.key", message: `vault backend '${backend}' needs a key shared by every replica ({ env } or { file })` }]);
  if (backend === "redis" && !opts.redis) throw new ConfigError([{ path: "vault.backend", message: "vault backend 'redis' needs the redis section (redis.url)" }]);
  if (sqlite) mkdirSync(opts.dataDir, { recursive: true });
  let store: VaultStore;
  let closeClient: () => Promise<void> = async () => undefined;
  // Where erasures made by other processes are heard (the same mechanism as key revocations); none for SQLite.
  let feedSource: Parameters<typeof openErasureFeed>[0] | undefined;
  if (backend === "redis" && opts.redis) {
    const client = await openRedis(opts.redis, logger);
    feedSource = { kind: "redis", redis: opts.redis, client };
    // The shared stores are loaded only when configured: the default keeps them out of memory.
    const { RedisVaultStore } = await import("./redis-vault-store.js");
    store = new RedisVaultStore(client, opts.redis.keyPrefix);
    closeClient = async () => {
      await client.quit().catch(() => client.disconnect());
    };
  } else if (opts.store.type === "postgres") {
    const { PostgresVaultStore } = await import("./postgres-vault-store.js");
    store = new PostgresVaultStore({ url: opts.store.url, schema: opts.store.schema, poolSize: Math.min(opts.store.poolSize, 4) });
    feedSource = { kind: "postgres", url: opts.store.url, schema: opts.store.schema };
  } else {
    store = new SqliteVaultStore(cfg.file ?? join(opts.dataDir, "vault.db"));
  }
  let master: Buffer;
  try {
    master = keySource && "kms" in keySource ? await unwrapSharedKey(kmsKek(keySource.kms), store) : (loadVaultKey(keySource, sqlite ? join(opts.dataDir, "vault.key") : undefined) as Buffer);
  } catch (err) {
    await store.close().catch(() => undefined);
    await closeClient();
    throw err;
  }
  const ring = ringOptions(master, previous);
  const dataKeys = new VaultDataKeys(ring.ring, cfg.keyPeriodSeconds * 1000);
  const vault = new TokenVault({ ttlMs: opts.ttlMs(), maxEntries: opts.maxEntries, writeThrough: true, dataKeys, ...ring });
  // The token key lives in the store, sealed by the ring, so that it outlives key rotation (conversation ids and
  // tokens derive from it). A store down at start defers this to the first call (which fails closed meanwhile);
  // a record no key of the ring opens stops the start.
  const prepare = () => useStoredTokenKey(vault, store, ring, logger);
  try {
    await prepare();
  } catch (err) {
    if (err instanceof ConfigError) {
      await store.close().catch(() => undefined);
      await closeClient();
      throw err;
    }
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, "vault: store unreachable at start; calls are refused until it is back");
  }
  const shared = new SharedVault(vault, store, opts.ttlMs, prepare, dataKeys);
  // Erasures elsewhere (another replica, `warden vault erase`) reach this working set at once; missed ones (the feed
  // was down) make every held key be asked for again. Only with `watchErasures` (the gateway; one-shot commands skip it).
  const feed = feedSource && opts.watchErasures ? await openErasureFeed(feedSource, { onErased: (t) => shared.erased(t), onMissed: () => dataKeys.recheckAll() }, logger) : undefined;
  const timer =
    store.kind !== "redis" && cfg.purgeIntervalMs > 0
      ? setInterval(() => {
          purgeVault(store).catch((err: unknown) => logger.warn({ err: err instanceof Error ? err.message : String(err) }, "vault purge failed"));
        }, cfg.purgeIntervalMs).unref()
      : undefined;
  logger.info({ backend: store.kind }, "token vault shared through the store");
  return {
    vault,
    shared,
    dataKeys,
    async close() {
      if (timer) clearInterval(timer);
      await feed?.close();
      await shared.close();
      await closeClient();
    },
  };
}

/**
 * Delete expired mappings, then destroy the data keys no mapping needs any more (the order matters: a key is
 * retired only once the rows sealed under it are gone). Returns both counts.
 */
export async function purgeVault(store: VaultStore, now = Date.now()): Promise<{ mappings: number; keys: number }> {
  const mappings = await store.purge();
  const keys = (await store.retireDataKeys(now)).length;
  return { mappings, keys };
}

/**
 * The key ring (current key first) and the token key candidate, derived from the current key as before key rings
 * (so a store from then keeps its tokens; a store holding a token key already keeps that one).
 */
function ringOptions(master: Buffer, previous: readonly Buffer[]): { ring: SealKey[]; macKey: Buffer } {
  return { ring: [master, ...previous].map(sealKeyFromMaster), macKey: deriveVaultKeys(master).macKey };
}

/**
 * Take the token key from the store's `token` record (storing this replica's candidate, sealed under the current
 * key, when there is none yet), and seal it again under the current key when an older key of the ring sealed it.
 */
async function useStoredTokenKey(vault: TokenVault, store: VaultStore, keys: { ring: SealKey[]; macKey: Buffer }, logger: Logger): Promise<void> {
  const current = keys.ring[0] as SealKey;
  const record = await store.record("token", sealTokenKey(current, keys.macKey));
  let mac: Buffer;
  try {
    mac = openTokenKey(keys.ring, record);
  } catch (err) {
    throw new ConfigError([{ path: "vault.previousKeys", message: `vault: ${err instanceof Error ? err.message : String(err)}` }]);
  }
  vault.useTokenKey(mac);
  if (!sealedWith(record).equals(current.id)) {
    const moved = await store.replaceRecord("token", record, sealTokenKey(current, mac));
    if (moved) logger.info({ keyId: keyIdText(current.id) }, "vault: token key sealed again under the current vault key");
  }
}

type KmsConfig = Extract<NonNullable<VaultConfig["key"]>, { kms: unknown }>["kms"];

function kmsKek(k: KmsConfig): KeyEncryptionKey {
  if (k.type === "module") return new ModuleKek(k.module, k.options);
  const { type: _type, ...transit } = k;
  return new VaultTransitKek(transit);
}

/**
 * KMS mode: propose a fresh key (wrapped), keep whichever the store holds first, unwrap it. Every replica ends up
 * with the first one's key; the key itself is only ever in memory. Fails (the gateway does not start) when the
 * store or the KMS cannot be reached.
 */
async function unwrapSharedKey(kek: KeyEncryptionKey, store: VaultStore): Promise<Buffer> {
  let stored: Buffer;
  try {
    stored = await store.record("key", await kek.wrap(randomBytes(32)));
  } catch (err) {
    throw new Error(`vault: could not set up the KMS-wrapped key in the ${store.kind} store: ${err instanceof Error ? err.message : String(err)}`);
  }
  const key = await kek.unwrap(stored);
  if (key.length !== 32) throw new Error("vault: the unwrapped key is not 32 bytes");
  return key;
}
