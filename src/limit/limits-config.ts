import { z } from "zod";

const count = z.number().int().positive().max(1_000_000_000);

/** Limits for one subject (a key, an app, a tenant). Absent fields mean "no limit of that kind". */
export const limitSetSchema = z
  .object({
    /** Requests per window (`limits.windowMs`, a minute by default). */
    rpm: count.optional(),
    /** Tokens per window: input + output as the provider reports them (estimated while the call runs). */
    tpm: count.optional(),
    /** Calls in flight at once (streams count until they end). */
    concurrency: count.optional(),
  })
  .strict();

/**
 * `limits:` — request rate, token quota and concurrency per key, per app and per tenant (docs/keys-and-limits.md).
 * `key`, `app` and `tenant` are defaults for every key, app and tenant; `tenants` and `apps` override them for
 * one tenant or one app (`tenant/app`); a key's own limits (`warden keys create --rpm`) override `key`.
 */
export const limitsConfigSchema = z
  .object({
    /** Length of the sliding window that `rpm` and `tpm` are counted over. */
    windowMs: z.number().int().min(100).max(86_400_000).default(60_000),
    key: limitSetSchema.default({}),
    app: limitSetSchema.default({}),
    tenant: limitSetSchema.default({}),
    tenants: z.record(limitSetSchema).default({}),
    /** Keyed `tenant/app`. */
    apps: z.record(limitSetSchema).default({}),
    /** When the shared store (Redis) fails: `closed` refuses calls (503), `open` lets them through; logged either way. */
    onStoreError: z.enum(["closed", "open"]).default("closed"),
    /**
     * Send OpenAI's `x-ratelimit-*` headers on answers when limits apply (docs/keys-and-limits.md). Six more
     * response headers cost node:http about 7-13 µs of CPU per answer; `false` saves that.
     */
    responseHeaders: z.boolean().default(true),
    /**
     * With Redis: how long a replica spends units it took from Redis in one step (a lease) before giving back what
     * it did not use; 0 asks Redis for every call (docs/keys-and-limits.md, "In memory or in Redis").
     */
    leaseMs: z.number().int().min(0).max(10_000).default(1_000),
    /** A concurrency slot held by a replica that stopped renewing it (crashed) frees itself after this long. */
    slotTtlMs: z.number().int().min(1_000).max(3_600_000).default(30_000),
  })
  .strict();

export type LimitSet = z.output<typeof limitSetSchema>;
export type LimitsConfig = z.output<typeof limitsConfigSchema>;
