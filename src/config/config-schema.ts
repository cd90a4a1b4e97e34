import { z } from "zod";
import { auditConfigSchema, storeConfigSchema } from "../record/audit-config.js";
import { keysConfigSchema } from "../authenticate/keys-config.js";
import { policyConfigSchema } from "../decide/policy-schema.js";
import { limitsConfigSchema } from "../limit/limits-config.js";
import { adminConfigSchema } from "../admin/admin-config.js";
import { oidcConfigSchema } from "../authenticate/oidc-config.js";
import { clientAddressHeaderSchema, trustedProxiesSchema } from "../authenticate/trusted-proxies-config.js";
import { redisConfigSchema } from "../redis/redis-config.js";
import { vaultConfigSchema } from "../enforce/vault/vault-config.js";
import { listenTlsSchema, plaintextUpstreamIssues, upstreamTlsSchema } from "./tls-config-schema.js";

/** Parse sizes like `10mb`, `512kb`, or a plain byte count. */
const byteSize = z.union([
  z.number().int().positive(),
  z
    .string()
    .regex(/^\s*\d+(\.\d+)?\s*(b|kb|mb|gb)?\s*$/i, "must be a byte count like 10485760 or '10mb'")
    .transform((s) => {
      const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(s) as RegExpExecArray;
      const unit = (m[2] ?? "b").toLowerCase();
      const mult = unit === "gb" ? 1024 ** 3 : unit === "mb" ? 1024 ** 2 : unit === "kb" ? 1024 : 1;
      return Math.round(Number(m[1]) * mult);
    }),
]);

const timeouts = z
  .object({
    /** TCP+TLS connect timeout. */
    connectMs: z.number().int().positive().default(10_000),
    /** Time to the upstream's response headers (time to first byte). */
    headersMs: z.number().int().positive().default(120_000),
    /** Longest gap between two body chunks (idle timeout on streams). */
    bodyMs: z.number().int().positive().default(120_000),
  })
  .strict();

/**
 * An upstream origin: http(s) only. Any other scheme parsed as a URL here would only fail when the gateway starts
 * (undici refuses it), without the field's path; and no other scheme may slip past the plaintext-upstream check.
 */
const httpUrl = z
  .string()
  .url()
  // `url()` reports an unparsable value; the refinement runs anyway, so it must not throw on one.
  .refine((u) => !URL.canParse(u) || /^https?:$/i.test(new URL(u).protocol), "must be an http:// or https:// URL");

const upstreamCommon = {
  baseUrl: httpUrl,
  apiKey: z.string().optional(),
  headers: z.record(z.string()).default({}),
  timeouts: timeouts.default({}),
  /** Retries before the first byte, for failures where the upstream surely did not process the request. */
  maxRetries: z.number().int().min(0).max(10).default(2),
  /** Pool size per upstream origin (sockets kept alive); streams each hold one. */
  connections: z.number().int().positive().max(100_000).default(1024),
  /** Extra CA bundle and client certificate for this upstream; verification is always on (docs/tls.md). */
  tls: upstreamTlsSchema.optional(),
  /** Allow a plaintext `http://` baseUrl to a host off this machine. Dangerous: traffic and the API key travel unencrypted. */
  allowPlaintext: z.boolean().optional(),
};

const openaiProvider = z
  .object({
    type: z.literal("openai"),
    ...upstreamCommon,
    organization: z.string().optional(),
    project: z.string().optional(),
    /** Azure OpenAI: deployment-scoped URLs, `api-key` header and the `api-version` query parameter. */
    azure: z
      .object({
        apiVersion: z.string().min(1),
        /** Deployment name; when absent, the (upstream) model name is used as the deployment. */
        deployment: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const anthropicProvider = z
  .object({
    type: z.literal("anthropic"),
    ...upstreamCommon,
    baseUrl: httpUrl.default("https://api.anthropic.com"),
    /** Sent as `anthropic-version` when the caller does not send one. */
    version: z.string().default("2023-06-01"),
  })
  .strict();

const demoProvider = z
  .object({
    type: z.literal("demo"),
    /** Delay between streamed tokens, to make streams observable. */
    tokenDelayMs: z.number().int().min(0).max(10_000).default(0),
    /** `vulnerable`: follows injected instructions, leaks its system prompt, canaries and planted secrets. */
    mode: z.enum(["safe", "vulnerable"]).default("safe"),
  })
  .strict();

export const providerSchema = z.discriminatedUnion("type", [openaiProvider, anthropicProvider, demoProvider]);

const routeSchema = z
  .object({
    /** Glob patterns (`*` any run, `?` one character) matched against the requested model name. */
    models: z.array(z.string().min(1)).min(1),
    provider: z.string().min(1),
    /** Model name sent upstream instead of the requested one. */
    model: z.string().min(1).optional(),
  })
  .strict();

export const configSchema = z
  .object({
    listen: z
      .object({
        host: z.string().min(1).default("127.0.0.1"),
        port: z.number().int().min(0).max(65535).default(8080),
        /** HTTPS (and optional mTLS) when set (docs/tls.md). */
        tls: listenTlsSchema.optional(),
      })
      .strict()
      .default({}),
    dataDir: z.string().min(1).default("./.warden"),
    /** Audit evidence store (docs/audit.md). */
    store: storeConfigSchema.default({}),
    audit: auditConfigSchema.default({}),
    server: z
      .object({
        bodyLimit: byteSize.default(10 * 1024 * 1024),
        /** How long in-flight requests and streams may run after SIGTERM before connections are closed. */
        shutdownGraceMs: z.number().int().min(0).default(10_000),
        keepAliveTimeoutMs: z.number().int().positive().default(65_000),
        /** Proxies (CIDR) whose forwarding header names the client (docs/keys-and-limits.md); absent: the TCP peer. */
        trustedProxies: trustedProxiesSchema,
        clientAddressHeader: clientAddressHeaderSchema,
        /** Large texts are detected on worker threads, so that the event loop keeps serving other calls meanwhile. */
        detection: z
          .object({
            /** Detection threads (started on first need); 0: every text is detected on the event loop. */
            threads: z.number().int().min(0).max(64).default(1),
            /** Texts from this many characters go to a thread (shorter ones cost less than the hand-over). */
            minChars: z.number().int().min(1_024).default(32_768),
            /** Heap cap per thread, MB: a text that would exhaust it fails its call (fail-closed), not the gateway. */
            heapMb: z.number().int().min(64).max(65_536).default(2_048),
          })
          .strict()
          .default({}),
      })
      .strict()
      .default({}),
    logging: z
      .object({ level: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info") })
      .strict()
      .default({}),
    providers: z.record(providerSchema).default({ demo: { type: "demo" } }),
    routes: z.array(routeSchema).default([{ models: ["*"], provider: "demo" }]),
    /** Policy-as-code (docs/policy.md): inline, or `file:`/`files:`; the default policy when absent. */
    policy: policyConfigSchema.optional(),
    /** The admin API under `/admin/v1/` (docs/admin-api.md). */
    admin: adminConfigSchema.default({}),
    /** OIDC / JWT bearer tokens for people (docs/admin-api.md); absent: API keys only. */
    oidc: oidcConfigSchema.optional(),
    /** Request rate, token quota and concurrency per key, app and tenant (docs/keys-and-limits.md). */
    limits: limitsConfigSchema.default({}),
    /** Where API keys live: SQLite in the data directory (default) or the PostgreSQL `store` (docs/keys-and-limits.md). */
    keys: keysConfigSchema.default({}),
    /** Shared Redis for limit counters and key revocations across replicas (docs/keys-and-limits.md). */
    redis: redisConfigSchema.optional(),
    /** Where `tokenize` mappings live: memory, Redis or SQL, shared by replicas (docs/policy.md, "Vault"). */
    vault: vaultConfigSchema.default({}),
  })
  .strict()
  .superRefine((cfg, ctx) => {
    for (const issue of routeProviderIssues(cfg)) ctx.addIssue({ code: z.ZodIssueCode.custom, ...issue });
    for (const issue of plaintextUpstreamIssues(cfg)) ctx.addIssue({ code: z.ZodIssueCode.custom, ...issue });
    if (cfg.keys.store === "postgres" && cfg.store.type !== "postgres") {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["keys", "store"], message: "keys.store postgres uses the database of store: set store.type to postgres (with its url)" });
    }
  });

/**
 * Routes naming a provider that is not defined. Works on unvalidated input too: zod skips refinements once any
 * field fails, so the loader also runs this on invalid configs to report every problem at once.
 */
export function routeProviderIssues(raw: unknown): { path: (string | number)[]; message: string }[] {
  if (typeof raw !== "object" || raw === null) return [];
  const { providers = { demo: {} }, routes } = raw as { providers?: unknown; routes?: unknown };
  if (typeof providers !== "object" || providers === null || !Array.isArray(routes)) return [];
  const names = Object.keys(providers);
  return routes.flatMap((r: unknown, i) => {
    const provider = typeof r === "object" && r !== null ? (r as { provider?: unknown }).provider : undefined;
    if (typeof provider !== "string" || provider === "" || names.includes(provider)) return [];
    return [{ path: ["routes", i, "provider"], message: `unknown provider '${provider}' (defined: ${names.join(", ") || "none"})` }];
  });
}

export type WardenConfig = z.output<typeof configSchema>;
export type ProviderConfig = z.output<typeof providerSchema>;
export type RouteConfig = WardenConfig["routes"][number];
