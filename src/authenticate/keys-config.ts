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
    /**
     * PostgreSQL only: while a replica's LISTEN connection is down (changes made elsewhere, such as a revocation,
     * unseen), it keeps serving its keys from memory for at most this long; after that every API-key call is refused
     * with 503 `WARDEN_AUTH_STORE_STALE` (fail closed) until the connection is back and every key reloaded. 0 turns
     * the bound off (serve from memory however long the feed is down).
     */
    maxStaleSeconds: z.number().int().min(0).max(86_400).default(30),
    /**
     * PostgreSQL only, admin-API policies: while a replica's LISTEN connection is down (a policy applied elsewhere
     * unseen) and no periodic reload succeeded, it keeps enforcing the policies it has for at most this long; after
     * that every model call is refused with 503 `WARDEN_POLICY_STORE_STALE` (fail closed) until the policies are
     * reloaded. 0 turns the bound off.
     */
    policyMaxStaleSeconds: z.number().int().min(0).max(86_400).default(30),
  })
  .strict();

export type KeysConfig = z.output<typeof keysConfigSchema>;
