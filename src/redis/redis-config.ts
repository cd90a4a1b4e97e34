import { z } from "zod";

/**
 * `redis:` — a shared Redis for several gateway replicas: rate-limit counters and key-revocation messages
 * (docs/keys-and-limits.md). Absent: limits are counted in memory per process.
 */
export const redisConfigSchema = z
  .object({
    /** `redis://[user:password@]host:port[/db]` or `rediss://` for TLS. */
    url: z.string().regex(/^rediss?:\/\/.+/, "must be a redis:// or rediss:// URL"),
    /** Prefix of every key and channel Warden uses, so several deployments can share one Redis. */
    keyPrefix: z.string().max(64).default("warden:"),
    connectTimeoutMs: z.number().int().positive().default(2_000),
    /** A limit check that takes longer counts as a Redis failure (see `limits.onStoreError`). */
    commandTimeoutMs: z.number().int().positive().default(500),
  })
  .strict();

export type RedisConfig = z.output<typeof redisConfigSchema>;
