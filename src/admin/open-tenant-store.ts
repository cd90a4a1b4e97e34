import type { KeysConfig } from "../authenticate/keys-config.js";
import type { StoreConfig } from "../record/audit-config.js";
import { SqliteTenantStore } from "./sqlite-tenant-store.js";
import type { TenantStore } from "./tenant-store.js";

/** Tenants go where the keys go: `<dataDir>/warden.db`, or PostgreSQL with `keys.store: postgres`. */
export async function openTenantStore(opts: { keys: KeysConfig; store: StoreConfig; dataDir: string; onError?: (err: unknown, what: string) => void }): Promise<TenantStore> {
  if (opts.keys.store !== "postgres") return new SqliteTenantStore(opts.dataDir);
  if (opts.store.type !== "postgres") throw new Error("keys.store postgres needs store.type postgres");
  const { PostgresTenantStore } = await import("./postgres-tenant-store.js");
  return PostgresTenantStore.open({
    url: opts.store.url,
    schema: opts.store.schema,
    refreshMs: opts.keys.refreshMs,
    maxStaleMs: opts.keys.maxStaleSeconds * 1_000,
    ...(opts.onError ? { onError: opts.onError } : {}),
  });
}
