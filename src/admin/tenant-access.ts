import type { Principal } from "../core/principal.js";
import { WardenError } from "../core/warden-error.js";
import type { AdminContext } from "./admin-route.js";
import { TENANT_ID } from "./tenant-store.js";

/** Global admins cross tenants; everyone else sees only the tenant of its credential. */
export function canAccessTenant(p: Principal, tenant: string): boolean {
  return p.roles.includes("admin") || p.tenant === tenant;
}

/** The same error for "does not exist" and "not yours": nothing tells another tenant's resources from missing ones. */
export const notFound = (): WardenError => new WardenError("WARDEN_ADMIN_NOT_FOUND");

/**
 * The `:tenant` of a tenant-scoped route, and whether the caller may act on it. Handlers do their lookup first and
 * refuse after it (`if (!allowed || !found) throw notFound()`), so a foreign tenant costs the same work as a missing
 * resource.
 */
export function tenantParam(ctx: AdminContext): { tenant: string; allowed: boolean } {
  const tenant = ctx.params["tenant"] ?? "";
  return { tenant, allowed: TENANT_ID.test(tenant) && canAccessTenant(ctx.principal, tenant) };
}
