import type { AdminDeps } from "./admin-route.js";

/**
 * Whether a tenant exists as far as the evidence goes: registered, holding keys (in any state), a stored policy, or
 * records in the audit store (a tenant known only through OIDC tokens has no key or registration, but has calls).
 * The audit store is asked last (one indexed row at most): admin events call this only for a global admin's action on
 * another tenant.
 *
 * @example
 * if (!(await tenantKnown(deps, "acme"))) details["targetExists"] = false;
 */
export async function tenantKnown(deps: Pick<AdminDeps, "tenants" | "keys" | "policy" | "audit">, tenant: string): Promise<boolean> {
  if (deps.tenants.get(tenant) !== undefined) return true;
  if (deps.keys.list(tenant).length > 0) return true;
  if (deps.policy?.hasTenantPolicy(tenant) === true) return true;
  if (!deps.audit) return false;
  return (await deps.audit.backend.search({ tenant, limit: 1 })).length > 0;
}
