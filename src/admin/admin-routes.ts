import type { Role } from "../core/principal.js";
import { type AdminContext, type AdminResult, type AdminRoute, ok } from "./admin-route.js";
import { auditSummary } from "./handlers/audit-summary.js";
import { exportRecords, proveInclusion, searchRecords, verifyChain } from "./handlers/audit-handlers.js";
import { createKey, getKey, listKeys, revokeKey, rotateKey } from "./handlers/key-handlers.js";
import {
  activateGlobalPolicyVersion,
  activateTenantPolicyVersion,
  applyGlobalPolicy,
  applyTenantPolicy,
  getGlobalPolicy,
  getTenantPolicy,
  listGlobalPolicyVersions,
  listTenantPolicyVersions,
  resetGlobalPolicy,
  resetTenantPolicy,
  validateGlobalPolicy,
  validateTenantPolicy,
} from "./handlers/policy-handlers.js";
import { eraseTenantVault } from "./handlers/vault-handlers.js";
import { createTenant, getTenant, listTenants, updateTenant } from "./handlers/tenant-handlers.js";

/** The API root; everything under it is the admin API. */
export const ADMIN_PREFIX = "/admin/v1";

const ADMIN: readonly Role[] = ["admin"];
const KEYS: readonly Role[] = ["admin", "operator"];
const POLICY: readonly Role[] = ["admin", "operator"];
const VAULT: readonly Role[] = ["admin", "operator"];
const AUDIT: readonly Role[] = ["admin", "auditor"];
const PEOPLE: readonly Role[] = ["admin", "operator", "auditor"];

async function whoami(ctx: AdminContext): Promise<AdminResult> {
  const p = ctx.principal;
  return ok({ tenant: p.tenant, app: p.app, roles: [...p.roles], keyId: p.keyId, via: p.via ?? "key", ...(p.subject !== undefined ? { subject: p.subject } : {}) });
}

const route = (method: AdminRoute["method"], path: string, action: string, roles: readonly Role[], handle: AdminRoute["handle"], query?: true): AdminRoute => ({
  method,
  path: `${ADMIN_PREFIX}${path}`,
  action,
  roles,
  handle,
  ...(query ? { query } : {}),
});
/** The routes that take query parameters (filters): each validates its own. */
const QUERY = true;

/**
 * Every admin route with the roles it allows: the one place access is declared (the RBAC matrix test iterates it).
 * `app` keys are for model traffic and have no admin route. Tenant-scoped routes (`:tenant`) also limit operators
 * and auditors to their own tenant; a resource of another tenant answers exactly like a missing one.
 */
export const ADMIN_ROUTES: readonly AdminRoute[] = [
  route("GET", "/whoami", "whoami", PEOPLE, whoami),
  route("GET", "/tenants", "tenants.list", ADMIN, listTenants),
  route("POST", "/tenants", "tenants.create", ADMIN, createTenant),
  route("GET", "/tenants/:tenant", "tenants.get", PEOPLE, getTenant),
  route("PATCH", "/tenants/:tenant", "tenants.update", ADMIN, updateTenant),
  route("GET", "/tenants/:tenant/keys", "keys.list", KEYS, listKeys),
  route("POST", "/tenants/:tenant/keys", "keys.create", KEYS, createKey),
  route("GET", "/tenants/:tenant/keys/:id", "keys.get", KEYS, getKey),
  route("POST", "/tenants/:tenant/keys/:id/revoke", "keys.revoke", KEYS, revokeKey),
  route("POST", "/tenants/:tenant/keys/:id/rotate", "keys.rotate", KEYS, rotateKey),
  route("GET", "/tenants/:tenant/policy", "policy.tenant.get", POLICY, getTenantPolicy),
  route("POST", "/tenants/:tenant/policy/validate", "policy.tenant.validate", POLICY, validateTenantPolicy),
  route("PUT", "/tenants/:tenant/policy", "policy.tenant.apply", POLICY, applyTenantPolicy),
  route("DELETE", "/tenants/:tenant/policy", "policy.tenant.reset", POLICY, resetTenantPolicy),
  route("GET", "/tenants/:tenant/policy/versions", "policy.tenant.versions", POLICY, listTenantPolicyVersions),
  route("POST", "/tenants/:tenant/policy/versions/:version/activate", "policy.tenant.activate", POLICY, activateTenantPolicyVersion),
  route("POST", "/tenants/:tenant/vault/erase", "vault.erase", VAULT, eraseTenantVault),
  route("GET", "/policy", "policy.get", ADMIN, getGlobalPolicy),
  route("POST", "/policy/validate", "policy.validate", ADMIN, validateGlobalPolicy),
  route("PUT", "/policy", "policy.apply", ADMIN, applyGlobalPolicy),
  route("DELETE", "/policy", "policy.reset", ADMIN, resetGlobalPolicy),
  route("GET", "/policy/versions", "policy.versions", ADMIN, listGlobalPolicyVersions),
  route("POST", "/policy/versions/:version/activate", "policy.activate", ADMIN, activateGlobalPolicyVersion),
  route("GET", "/tenants/:tenant/audit/records", "audit.search", AUDIT, searchRecords, QUERY),
  route("GET", "/tenants/:tenant/audit/export", "audit.export", AUDIT, exportRecords, QUERY),
  route("GET", "/tenants/:tenant/audit/proofs/:requestId", "audit.prove", AUDIT, proveInclusion),
  route("GET", "/tenants/:tenant/audit/summary", "audit.summary", AUDIT, auditSummary, QUERY),
  route("GET", "/audit/verify", "audit.verify", AUDIT, verifyChain),
];
