import type { KeysConfig } from "../authenticate/keys-config.js";
import type { StoreConfig } from "../record/audit-config.js";
import type { KeyEncryptionKey } from "../record/key-encryption-key.js";
import { SqliteTenantPolicyStore } from "./sqlite-tenant-policy-store.js";
import type { TenantPolicyStore } from "./tenant-policy-store.js";

/**
 * Admin-API policies go where the keys and tenants go: `<dataDir>/warden.db`, or PostgreSQL with `keys.store:
 * postgres`. Their documents are sealed at rest under a policy data key that `kek` (the audit KEK) wraps.
 */
export async function openTenantPolicyStore(opts: { keys: KeysConfig; store: StoreConfig; dataDir: string; kek: KeyEncryptionKey; onError?: (err: unknown, what: string) => void }): Promise<TenantPolicyStore> {
  if (opts.keys.store !== "postgres") return SqliteTenantPolicyStore.open(opts.dataDir, opts.kek);
  if (opts.store.type !== "postgres") throw new Error("keys.store postgres needs store.type postgres");
  const { PostgresTenantPolicyStore } = await import("./postgres-tenant-policy-store.js");
  return PostgresTenantPolicyStore.open({
    url: opts.store.url,
    schema: opts.store.schema,
    refreshMs: opts.keys.refreshMs,
    maxStaleMs: opts.keys.policyMaxStaleSeconds * 1_000,
    kek: opts.kek,
    ...(opts.onError ? { onError: opts.onError } : {}),
  });
}
