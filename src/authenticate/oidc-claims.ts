import type { Principal, Role } from "../core/principal.js";
import { TENANT_ID } from "../core/tenant-id.js";
import { WardenError } from "../core/warden-error.js";
import type { OidcConfig } from "./oidc-config.js";

/** A claim by dotted path (`realm_access.roles`); a claim whose name itself contains dots (a URL) is tried first. */
export function claimAt(claims: Record<string, unknown>, path: string): unknown {
  // Own properties only: a path such as `constructor` or `toString` must never resolve to a prototype member.
  if (Object.hasOwn(claims, path)) return claims[path];
  let cur: unknown = claims;
  for (const part of path.split(".")) {
    if (typeof cur !== "object" || cur === null || Array.isArray(cur) || !Object.hasOwn(cur, part)) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Group names from a claim: an array of strings, or one space-separated string (OAuth `scope` style). */
function groupsOf(value: unknown): string[] {
  if (typeof value === "string") return value.split(/\s+/).filter((s) => s.length > 0);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

const ID_CHARS = /^[\x21-\x7e]{1,256}$/;
/**
 * A tenant from a token must be a tenant id as the admin API knows them (letters, digits, `_`, `.`, `-`): anything
 * else (`acme/../root`, `*`) could never be managed, and could confuse paths, logs and policy globs.
 */
const TENANT_CHARS = TENANT_ID;

/**
 * Map verified claims to a principal: subject, tenant (required unless the caller is a global admin) and the roles
 * the configured `roleMap` gives the caller's groups. Refuses (WARDEN_AUTH_TOKEN_CLAIMS) when any is missing.
 */
export function principalFromClaims(claims: Record<string, unknown>, cfg: Pick<OidcConfig, "subjectClaim" | "tenantClaim" | "rolesClaim" | "roleMap"> & { appClaim?: string | undefined }): Principal {
  const subject = claimAt(claims, cfg.subjectClaim);
  if (typeof subject !== "string" || !ID_CHARS.test(subject)) throw new WardenError("WARDEN_AUTH_TOKEN_CLAIMS", { detail: "subject" });
  const roles = new Set<Role>();
  for (const g of groupsOf(claimAt(claims, cfg.rolesClaim))) {
    // Own-property lookup only: a group named `__proto__` or `constructor` must not reach the prototype.
    const mapped = Object.hasOwn(cfg.roleMap, g) ? cfg.roleMap[g] : undefined;
    if (mapped === undefined) continue;
    for (const r of Array.isArray(mapped) ? mapped : [mapped]) roles.add(r);
  }
  if (roles.size === 0) throw new WardenError("WARDEN_AUTH_TOKEN_CLAIMS", { detail: "no mapped role" });
  const tenant = claimAt(claims, cfg.tenantClaim);
  const hasTenant = typeof tenant === "string" && TENANT_CHARS.test(tenant);
  // A tenant claim that is present but not a valid id is refused even for admins (it is not silently dropped).
  if (tenant !== undefined && tenant !== null && tenant !== "" && !hasTenant) throw new WardenError("WARDEN_AUTH_TOKEN_CLAIMS", { detail: "tenant" });
  if (!hasTenant && !roles.has("admin")) throw new WardenError("WARDEN_AUTH_TOKEN_CLAIMS", { detail: "tenant" });
  // Model traffic always belongs to a tenant (its policies and limits): a global admin without one gets no `app` role.
  if (!hasTenant) roles.delete("app");
  const app = cfg.appClaim ? claimAt(claims, cfg.appClaim) : undefined;
  return { keyId: `oidc:${subject}`, tenant: hasTenant ? tenant : "", app: typeof app === "string" && ID_CHARS.test(app) ? app : "oidc", roles: [...roles], via: "oidc", subject };
}
