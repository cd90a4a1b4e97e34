import { z } from "zod";
import { APP_ID, TENANT_ID } from "../core/tenant-id.js";

const ROLES = ["app", "operator", "auditor", "admin"] as const;

/** What a verified client certificate must show to map to a principal; every field given must match. */
const certificateMatch = z
  .object({
    /** The subject's common name, exactly. */
    subjectCN: z.string().min(1).optional(),
    /** A `URI:` subject alternative name, exactly (e.g. a SPIFFE id `spiffe://example.org/ns/prod/sa/chat`). */
    sanUri: z.string().min(1).optional(),
    /** A `DNS:` subject alternative name, exactly (case-insensitive). */
    sanDns: z.string().min(1).optional(),
    /** The certificate's SHA-256 fingerprint, hex, with or without colons (case-insensitive). */
    fingerprint256: z
      .string()
      .regex(/^([0-9a-fA-F]{2}:?){31}[0-9a-fA-F]{2}$/, "must be a SHA-256 fingerprint: 64 hex digits, colons optional")
      .optional(),
  })
  .strict()
  .refine((m) => Object.values(m).some((v) => v !== undefined), "give at least one of subjectCN, sanUri, sanDns, fingerprint256");

/** One mapping from a client certificate to the principal it authenticates as. */
export const clientPrincipalSchema = z
  .object({
    match: certificateMatch,
    tenant: z.string().regex(TENANT_ID, "a tenant id: 1-64 characters, letters, digits, '_', '.', '-' (starting with a letter or digit)"),
    app: z.string().regex(APP_ID, "1-128 printable ASCII characters without spaces"),
    roles: z.array(z.enum(ROLES)).min(1).default(["app"]),
  })
  .strict();

/**
 * HTTPS serving (`listen.tls`). File paths are read at start and again on SIGHUP (certificate, key and CA only).
 * See docs/tls.md.
 */
export const listenTlsSchema = z
  .object({
    /** PEM certificate chain (leaf first). */
    cert: z.string().min(1),
    /** PEM private key of the leaf certificate. */
    key: z.string().min(1),
    /** PEM CA bundle that client certificates must chain to (needed for `clientAuth`). */
    ca: z.string().min(1).optional(),
    /** PEM certificate revocation list(s) for client certificates, one per CA in their chains; reloaded on SIGHUP. */
    crl: z.string().min(1).optional(),
    /** `none`: no client certificate asked; `optional`: asked, API keys still accepted; `required`: handshake refused without a valid one. */
    clientAuth: z.enum(["none", "optional", "required"]).default("none"),
    /** `certificate-or-key`: a mapped certificate or an API key; `certificate-and-key`: both, of the same tenant. */
    authentication: z.enum(["certificate-or-key", "certificate-and-key"]).default("certificate-or-key"),
    /** Client certificate → principal mappings, tried in order; the first match wins. */
    clientPrincipals: z.array(clientPrincipalSchema).default([]),
    /** Lowest TLS version accepted (never below 1.2). */
    minVersion: z.enum(["TLSv1.2", "TLSv1.3"]).default("TLSv1.2"),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.clientAuth !== "none" && t.ca === undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["ca"], message: `clientAuth '${t.clientAuth}' needs a 'ca' bundle to verify client certificates` });
    }
    if (t.clientAuth === "none" && t.crl !== undefined) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["crl"], message: "a 'crl' needs clientAuth 'optional' or 'required'" });
    }
    if (t.clientAuth === "none" && t.clientPrincipals.length > 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["clientPrincipals"], message: "clientPrincipals need clientAuth 'optional' or 'required'" });
    }
    if (t.clientAuth === "none" && t.authentication === "certificate-and-key") {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["authentication"], message: "'certificate-and-key' needs clientAuth 'optional' or 'required'" });
    }
  });

/** TLS towards one upstream provider: verification is always on; these only add trust or a client certificate. */
export const upstreamTlsSchema = z
  .object({
    /** PEM CA bundle trusted for this upstream, in addition to the system's roots. */
    ca: z.string().min(1).optional(),
    /** PEM client certificate for upstream mTLS (with `key`). */
    cert: z.string().min(1).optional(),
    /** PEM private key of `cert`. */
    key: z.string().min(1).optional(),
  })
  .strict()
  .refine((t) => (t.cert === undefined) === (t.key === undefined), { message: "give both 'cert' and 'key' for an upstream client certificate", path: ["cert"] });

export type ListenTlsConfig = z.output<typeof listenTlsSchema>;
export type ClientPrincipalConfig = z.output<typeof clientPrincipalSchema>;
export type UpstreamTlsConfig = z.output<typeof upstreamTlsSchema>;

/**
 * Whether a URL host is on this machine: 127.0.0.0/8, ::1 or exactly `localhost` (not `*.localhost`: a resolver
 * that does not follow RFC 6761 would send those to DNS). WHATWG URL parsing has already normalised `127.1` and
 * decimal forms to dotted quads.
 */
export function isLoopbackHost(hostname: string): boolean {
  // No trailing-dot form ("localhost."): a fully qualified name goes to DNS on many resolvers, not to /etc/hosts.
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  if (h === "localhost" || h === "::1") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * Providers whose `baseUrl` is plaintext `http://` to a host off this machine without `allowPlaintext: true`.
 * Works on unvalidated input too, so the loader can report it alongside other problems.
 */
export function plaintextUpstreamIssues(raw: unknown): { path: (string | number)[]; message: string }[] {
  if (typeof raw !== "object" || raw === null) return [];
  const providers = (raw as { providers?: unknown }).providers;
  if (typeof providers !== "object" || providers === null) return [];
  return Object.entries(providers).flatMap(([name, p]) => {
    if (typeof p !== "object" || p === null) return [];
    const { baseUrl, allowPlaintext } = p as { baseUrl?: unknown; allowPlaintext?: unknown };
    if (typeof baseUrl !== "string" || allowPlaintext === true) return [];
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      return [];
    }
    if (url.protocol !== "http:" || isLoopbackHost(url.hostname)) return [];
    return [
      {
        path: ["providers", name, "baseUrl"],
        message:
          `plaintext upstream '${url.host}' refused: use https://, or set providers.${name}.allowPlaintext: true ` +
          "(dangerous: prompts, answers and the upstream API key would cross the network unencrypted)",
      },
    ];
  });
}
