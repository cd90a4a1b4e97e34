import { z } from "zod";

/**
 * Signature algorithms a token may use. Asymmetric only: `none` is never accepted, and HS* (shared secrets) are
 * excluded so that a public key from the JWKS can never be used as an HMAC secret (the classic alg-confusion attack).
 */
export const OIDC_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA", "Ed25519"] as const;

const ROLE = z.enum(["app", "operator", "auditor", "admin"]);

/** Loopback hosts, where a plain-http JWKS or issuer URL is acceptable (development and tests). */
export const isLoopbackUrl = (u: URL) => /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i.test(u.hostname);

/**
 * The `oidc:` config section: people (and workloads) presenting `Authorization: Bearer <JWT>` from an OpenID Connect
 * provider, validated against its JWKS and mapped to a tenant and roles.
 */
export const oidcConfigSchema = z
  .object({
    /**
     * Expected `iss` (exact match). With neither `jwksUrl` nor `jwksFile`, also where the key set is discovered:
     * `${issuer}/.well-known/openid-configuration` gives `jwks_uri` (then https unless loopback).
     */
    issuer: z.string().min(1),
    /** Expected `aud` (one of them must appear in the token's `aud`). */
    audience: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    /** The provider's key set URL (fetched, cached, refetched on an unknown `kid`). https unless loopback. */
    jwksUrl: z
      .string()
      .url()
      .refine((s) => {
        const u = new URL(s);
        return u.protocol === "https:" || (u.protocol === "http:" && isLoopbackUrl(u));
      }, "must be https (plain http only for a loopback host)")
      .optional(),
    /** A local JWKS file (`{"keys":[...]}`), re-read when it changes. */
    jwksFile: z.string().min(1).optional(),
    algorithms: z.array(z.enum(OIDC_ALGORITHMS)).min(1).default(["RS256", "ES256", "EdDSA"]),
    /** Allowed clock difference for `exp` and `nbf`. */
    clockToleranceSeconds: z.number().int().min(0).max(300).default(30),
    /** Longest a fetched key set is used before it is fetched again. */
    jwksCacheSeconds: z.number().int().min(1).max(86_400).default(600),
    /** Timeout of one JWKS (or discovery document) fetch. */
    jwksTimeoutMs: z.number().int().min(100).max(60_000).default(5_000),
    /** Claim naming the caller (a dotted path into the claims). */
    subjectClaim: z.string().min(1).default("sub"),
    /** Claim holding the tenant (dotted path, e.g. `org` or `https://example.com/tenant`). */
    tenantClaim: z.string().min(1).default("tenant"),
    /** Claim naming the calling application (e.g. `azp` or `client_id`); absent or missing: the app is `oidc`. */
    appClaim: z.string().min(1).optional(),
    /** Claim holding group names (an array, or a space-separated string), e.g. `groups` or `realm_access.roles`. */
    rolesClaim: z.string().min(1).default("groups"),
    /** Group name → Warden role(s). Groups not listed give no role; a token with no mapped role is refused. */
    roleMap: z.record(z.union([ROLE, z.array(ROLE).min(1)])).default({}),
    /** Also accept tokens for model traffic (`/v1/...`); by default tokens are for the admin API only. */
    modelTraffic: z.boolean().default(false),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.jwksUrl !== undefined && v.jwksFile !== undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["jwksUrl"], message: "give at most one of 'jwksUrl' or 'jwksFile' (neither: discovery from 'issuer')" });
    }
    if (v.jwksUrl === undefined && v.jwksFile === undefined) {
      // Discovery: the issuer is fetched, so it must be a URL we are willing to fetch.
      const u = URL.canParse(v.issuer) ? new URL(v.issuer) : undefined;
      if (!u || !(u.protocol === "https:" || (u.protocol === "http:" && isLoopbackUrl(u)))) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["issuer"], message: "without 'jwksUrl' or 'jwksFile' the key set is discovered from the issuer, which must then be an https URL (plain http only for a loopback host)" });
      }
    }
  });

export type OidcConfig = z.output<typeof oidcConfigSchema>;
