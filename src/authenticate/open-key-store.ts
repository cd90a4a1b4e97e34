import type { KeysConfig } from "./keys-config.js";
import type { KeyStore } from "./key-store.js";
import { SqliteKeyStore } from "./sqlite-key-store.js";
import type { StoreConfig } from "../record/audit-config.js";

/**
 * The configured key store: SQLite in the data directory (default), or PostgreSQL in the database and schema of
 * `store:` when `keys.store` is `postgres` (loaded before this resolves, so the first call already sees every key).
 */
export async function openKeyStore(opts: {
  keys: KeysConfig;
  store: StoreConfig;
  dataDir: string;
  onError?: (err: unknown, what: string) => void;
}): Promise<KeyStore> {
  if (opts.keys.store !== "postgres") return new SqliteKeyStore(opts.dataDir);
  if (opts.store.type !== "postgres") throw new Error("keys.store postgres needs store.type postgres");
  const { PostgresKeyStore } = await import("./postgres-key-store.js");
  return PostgresKeyStore.open({
    url: opts.store.url,
    schema: opts.store.schema,
    refreshMs: opts.keys.refreshMs,
    maxStaleMs: opts.keys.maxStaleSeconds * 1_000,
    ...(opts.onError ? { onError: opts.onError } : {}),
  });
}
