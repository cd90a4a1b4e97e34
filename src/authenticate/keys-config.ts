import { z } from "zod";

/**
 * `keys:` where API keys (and admin-API tenants and policies) live (docs/keys-and-limits.md, "Replicas"): `sqlite` (default, `<dataDir>/warden.db`), or
 * `postgres`, in the PostgreSQL database and schema of `store:` (which must then be `type: postgres`), so replicas
 * on different hosts share keys and revocations.
 */
export const keysConfigSchema = z
  .object({
    store: z.enum(["sqlite", "postgres"]).default("sqlite"),
    /**
     * PostgreSQL only: every replica reloads all keys this often, a safety net behind LISTEN/NOTIFY (which carries
     * changes at once, and after whose reconnection everything is reloaded anyway).
     */
    refreshMs: z.number().int().min(1_000).default(30_000),
  })
  .strict();

export type KeysConfig = z.output<typeof keysConfigSchema>;
