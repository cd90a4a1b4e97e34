import { WardenError } from "../../core/warden-error.js";
import { type AdminContext, type AdminResult, ok } from "../admin-route.js";
import type { PolicyAdmin } from "../policy-admin.js";
import { storeWritten } from "../store-written.js";
import { notFound, tenantParam } from "../tenant-access.js";

function policyAdmin(ctx: AdminContext): PolicyAdmin {
  if (!ctx.deps.policy) throw new WardenError("WARDEN_ADMIN_UNAVAILABLE", { message: "Policies cannot be managed on this gateway (it does not run the policy guard)." });
  return ctx.deps.policy;
}

/** Who changed it, as stored beside an applied policy: the credential id (never its text). */
const actorOf = (ctx: AdminContext) => ctx.principal.keyId;

/** GET /policy (admin): the active policy, its version, and recent changes. */
export async function getGlobalPolicy(ctx: AdminContext): Promise<AdminResult> {
  return ok(policyAdmin(ctx).global());
}

/** POST /policy/validate (admin): would this document load, and as which version? Changes nothing. */
export async function validateGlobalPolicy(ctx: AdminContext): Promise<AdminResult> {
  const body = await ctx.body();
  const r = policyAdmin(ctx).validateGlobal(body);
  ctx.note({ candidateVersion: r.version });
  return ok({ valid: true, version: r.version });
}

/** PUT /policy (admin): replace the config's policy (tenant scopes stay on top); validated, then swapped in atomically. */
export async function applyGlobalPolicy(ctx: AdminContext): Promise<AdminResult> {
  const body = await ctx.body();
  // validated first: an invalid document is refused without an intent entry
  policyAdmin(ctx).validateGlobal(body);
  await ctx.changing();
  const r = policyAdmin(ctx).applyGlobal(body, actorOf(ctx));
  await storeWritten(policyAdmin(ctx));
  ctx.note({ from: r.previous, to: r.version });
  return ok({ applied: true, version: r.version, previous: r.previous });
}

/** DELETE /policy (admin): back to the config's policy. */
export async function resetGlobalPolicy(ctx: AdminContext): Promise<AdminResult> {
  await ctx.changing();
  const r = policyAdmin(ctx).remove("*", actorOf(ctx));
  if (!r) throw notFound();
  await storeWritten(policyAdmin(ctx));
  ctx.note({ from: r.previous, to: r.version });
  return ok({ removed: true, version: r.version, previous: r.previous });
}

/** GET /tenants/:tenant/policy: the tenant's own scopes and what it inherits. */
export async function getTenantPolicy(ctx: AdminContext): Promise<AdminResult> {
  const { tenant, allowed } = tenantParam(ctx);
  const admin = policyAdmin(ctx);
  if (!allowed) throw notFound();
  return ok(admin.tenant(tenant));
}

/** POST /tenants/:tenant/policy/validate: `{ scopes: [...] }`, each matching only this tenant. */
export async function validateTenantPolicy(ctx: AdminContext): Promise<AdminResult> {
  const { tenant, allowed } = tenantParam(ctx);
  const body = await ctx.body();
  const admin = policyAdmin(ctx);
  if (!allowed) throw notFound();
  const r = admin.validateTenant(tenant, body);
  ctx.note({ tenant, candidateVersion: r.version });
  return ok({ valid: true, version: r.version });
}

/** PUT /tenants/:tenant/policy: replace the tenant's scopes; validated, then swapped in atomically. */
export async function applyTenantPolicy(ctx: AdminContext): Promise<AdminResult> {
  const { tenant, allowed } = tenantParam(ctx);
  const body = await ctx.body();
  const admin = policyAdmin(ctx);
  if (!allowed) throw notFound();
  admin.validateTenant(tenant, body);
  await ctx.changing();
  const r = admin.applyTenant(tenant, body, actorOf(ctx));
  await storeWritten(admin);
  ctx.note({ tenant, from: r.previous, to: r.version });
  return ok({ applied: true, version: r.version, previous: r.previous });
}

/** DELETE /tenants/:tenant/policy: drop the tenant's own scopes. */
export async function resetTenantPolicy(ctx: AdminContext): Promise<AdminResult> {
  const { tenant, allowed } = tenantParam(ctx);
  const admin = policyAdmin(ctx);
  if (allowed) await ctx.changing();
  const r = allowed ? admin.remove(tenant, actorOf(ctx)) : undefined;
  if (!r) throw notFound();
  await storeWritten(admin);
  ctx.note({ tenant, from: r.previous, to: r.version });
  return ok({ removed: true, version: r.version, previous: r.previous });
}

/** GET /policy/versions (admin): the global policy's recorded changes, newest first. */
export async function listGlobalPolicyVersions(ctx: AdminContext): Promise<AdminResult> {
  return ok({ versions: await policyAdmin(ctx).versions("*") });
}

/** POST /policy/versions/:version/activate (admin): bring back the global document that produced `version`. */
export async function activateGlobalPolicyVersion(ctx: AdminContext): Promise<AdminResult> {
  const admin = policyAdmin(ctx);
  const found = await admin.findVersion("*", ctx.params["version"] ?? "");
  await ctx.changing();
  const r = admin.activate(found, actorOf(ctx));
  await storeWritten(admin);
  ctx.note({ activated: found.version, from: r.previous, to: r.version });
  return ok({ activated: found.version, version: r.version, previous: r.previous });
}

/** GET /tenants/:tenant/policy/versions: the tenant's recorded changes, newest first. */
export async function listTenantPolicyVersions(ctx: AdminContext): Promise<AdminResult> {
  const { tenant, allowed } = tenantParam(ctx);
  const admin = policyAdmin(ctx);
  const versions = await admin.versions(tenant);
  if (!allowed) throw notFound();
  return ok({ tenant, versions });
}

/** POST /tenants/:tenant/policy/versions/:version/activate: bring back the tenant's scopes that produced `version`. */
export async function activateTenantPolicyVersion(ctx: AdminContext): Promise<AdminResult> {
  const { tenant, allowed } = tenantParam(ctx);
  const admin = policyAdmin(ctx);
  if (!allowed) throw notFound();
  const found = await admin.findVersion(tenant, ctx.params["version"] ?? "");
  await ctx.changing();
  const r = admin.activate(found, actorOf(ctx));
  await storeWritten(admin);
  ctx.note({ tenant, activated: found.version, from: r.previous, to: r.version });
  return ok({ activated: found.version, version: r.version, previous: r.previous });
}
