import { z } from "zod";
import { auditConfigSchema } from "../../record/audit-config.js";

/** The KMS settings of `audit.kek.kms` (Vault/OpenBao transit, or a module of your own), reused as they are. */
const kmsSchema = auditConfigSchema.shape.kek.unwrap().options[2].shape.kms;

/**
 * `vault:` where `tokenize` mappings live (docs/policy.md, "Vault"). `auto` (default): Redis when `redis.url` is set
 * and a shared key is configured, else memory. `sql`: the gateway's PostgreSQL store when `store.type` is postgres,
 * else a SQLite file (one node whose tokens survive restarts). Shared backends need one key on every replica.
 */
export const vaultConfigSchema = z
  .object({
    backend: z.enum(["auto", "memory", "redis", "sql"]).default("auto"),
    /**
     * 32 bytes (64 hex digits or base64), the same on every replica: it derives the AES-256-GCM key sealing values
     * and the HMAC key deriving tokens. Required for `redis` and for `sql` on PostgreSQL; `sql` on SQLite creates
     * `<dataDir>/vault.key` when absent. `{ kms }`: the first replica generates the key, the KMS wraps it, and the
     * wrapped form is kept in the shared store, so the key is never on disk and every replica unwraps the same one.
     */
    key: z.union([z.object({ env: z.string().min(1) }).strict(), z.object({ file: z.string().min(1) }).strict(), z.object({ kms: kmsSchema }).strict()]).optional(),
    /**
     * Key rotation: keys that sealed mappings before `key` did. Mappings are opened with whichever key sealed them
     * (its id is in the blob) and new ones are sealed with `key`; `warden vault rekey` seals the live ones again
     * under `key`, after which the old key can be removed (docs/policy.md, "Rotating the vault key").
     */
    previousKeys: z.array(z.union([z.object({ env: z.string().min(1) }).strict(), z.object({ file: z.string().min(1) }).strict()])).max(8).default([]),
    /** SQLite file for `sql` without PostgreSQL (default `<dataDir>/vault.db`). */
    file: z.string().min(1).optional(),
    /**
     * Shared stores seal each tenant's mappings under a data key per key period of this length, wrapped by the vault
     * key; the store destroys a key once its period ended one period ago and no live mapping needs it, so sealed
     * bytes of expired mappings left in pages, WAL, RDB/AOF or backups become unreadable (docs/policy.md, "Erasure
     * of expired mappings"). The same on every replica; about the policy's `vault.ttlSeconds` is a good choice.
     */
    keyPeriodSeconds: z.number().int().positive().max(30 * 24 * 3600).default(3600),
    /** How often expired rows are deleted from a SQL store (0: never; Redis expires keys itself). */
    purgeIntervalMs: z.number().int().min(0).default(60_000),
  })
  .strict();

export type VaultConfig = z.output<typeof vaultConfigSchema>;
