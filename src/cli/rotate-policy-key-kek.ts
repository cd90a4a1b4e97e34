import { existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { PostgresPolicyKeyTable, POLICY_KEY_TABLE_DDL } from "../admin/postgres-tenant-policy-store.js";
import { rewrapPolicyKey } from "../admin/policy-key.js";
import { SqlitePolicyKeyTable } from "../admin/sqlite-tenant-policy-store.js";
import type { KeysConfig } from "../authenticate/keys-config.js";
import { checkSchemaName } from "../postgres/schema-name.js";
import { storePool } from "../postgres/store-pool.js";
import type { StoreConfig } from "../record/audit-config.js";
import type { KeyEncryptionKey } from "../record/key-encryption-key.js";

/**
 * `rotate-kek` for the admin-API policy store: its policy data key (which seals the stored policy documents) is
 * re-wrapped from `current` to `next`, where the policies are (`<dataDir>/warden.db`, or PostgreSQL with
 * `keys.store: postgres`). Nothing to do when the store never sealed a policy. Returns whether a key was re-wrapped.
 */
export async function rotatePolicyKeyKek(cfg: { dataDir: string; keys: Pick<KeysConfig, "store">; store: Pick<StoreConfig, "type"> & { url?: string; schema?: string } }, current: KeyEncryptionKey, next: KeyEncryptionKey): Promise<boolean> {
  if (cfg.keys.store === "postgres") {
    if (cfg.store.type !== "postgres" || cfg.store.url === undefined) throw new Error("keys.store postgres needs store.type postgres");
    const pool = storePool(cfg.store.url, checkSchemaName(cfg.store.schema ?? "public"));
    try {
      await pool.query(POLICY_KEY_TABLE_DDL);
      return await rewrapPolicyKey(new PostgresPolicyKeyTable(pool), current, next);
    } finally {
      await pool.end().catch(() => undefined);
    }
  }
  const file = join(cfg.dataDir, "warden.db");
  if (!existsSync(file)) return false;
  const db = new Database(file);
  try {
    db.pragma("busy_timeout = 5000");
    return await rewrapPolicyKey(new SqlitePolicyKeyTable(db), current, next);
  } finally {
    db.close();
  }
}
