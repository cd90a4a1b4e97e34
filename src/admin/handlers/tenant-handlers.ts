import { z } from "zod";
import { storeWritten } from "../store-written.js";
import type { JsonObject } from "../../core/json.js";
import { WardenError } from "../../core/warden-error.js";
import { type AdminContext, type AdminResult, ok } from "../admin-route.js";
import { parseInput } from "../parse-input.js";
import { notFound, tenantParam } from "../tenant-access.js";
import { TENANT_ID, type TenantRecord } from "../tenant-store.js";

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/** A tenant as the API shows it; `registered: false` for a tenant that only exists through its keys. */
function tenantView(id: string, r: TenantRecord | undefined, keys: number): JsonObject {
  return {
    id,
    name: r?.name ?? null,
    registered: r !== undefined,
    disabled: (r?.disabledAt ?? null) !== null,
    createdAt: iso(r?.createdAt ?? null),
    updatedAt: iso(r?.updatedAt ?? null),
    disabledAt: iso(r?.disabledAt ?? null),
    keys,
  };
}

const createBody = z
  .object({
    id: z.string().regex(TENANT_ID, "1-64 characters: letters, digits, '_', '.', '-' (starting with a letter or digit)"),
    name: z.string().min(1).max(200).optional(),
  })
  .strict();

const updateBody = z
  .object({
    name: z.string().min(1).max(200).nullable().optional(),
    /** true: the tenant's keys and tokens are refused until re-enabled. */
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((v) => v.name !== undefined || v.disabled !== undefined, "give 'name' and/or 'disabled'");

function keyCounts(ctx: AdminContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of ctx.deps.keys.list()) counts.set(k.tenant, (counts.get(k.tenant) ?? 0) + 1);
  return counts;
}

/** GET /tenants (admin): registered tenants and tenants that have keys. */
export async function listTenants(ctx: AdminContext): Promise<AdminResult> {
  const counts = keyCounts(ctx);
  const registered = new Map(ctx.deps.tenants.list().map((t) => [t.id, t]));
  const ids = [...new Set([...registered.keys(), ...counts.keys()])].sort();
  return ok({ tenants: ids.map((id) => tenantView(id, registered.get(id), counts.get(id) ?? 0)) });
}

/** POST /tenants (admin). */
export async function createTenant(ctx: AdminContext): Promise<AdminResult> {
  const input = parseInput(createBody, await ctx.body());
  await ctx.changing();
  const rec = ctx.deps.tenants.create({ id: input.id, name: input.name });
  await storeWritten(ctx.deps.tenants);
  ctx.note({ tenant: input.id });
  if (!rec) throw new WardenError("WARDEN_ADMIN_CONFLICT", { message: "A tenant with this id already exists." });
  return ok({ tenant: tenantView(rec.id, rec, ctx.deps.keys.list(rec.id).length) }, 201);
}

/** GET /tenants/:tenant (own tenant, or any for admins). */
export async function getTenant(ctx: AdminContext): Promise<AdminResult> {
  const { tenant, allowed } = tenantParam(ctx);
  // Refused before any work that grows with the tenant (its keys): another tenant's size must not show in timing.
  if (!allowed) throw notFound();
  const rec = ctx.deps.tenants.get(tenant);
  const keys = ctx.deps.keys.list(tenant).length;
  // A tenant exists when registered or when it has keys (the caller's own always does).
  if (!rec && keys === 0 && ctx.principal.tenant !== tenant) throw notFound();
  return ok({ tenant: tenantView(tenant, rec, keys) });
}

/** PATCH /tenants/:tenant (admin): rename, disable or re-enable. An unregistered tenant with keys is registered. */
export async function updateTenant(ctx: AdminContext): Promise<AdminResult> {
  const { tenant, allowed } = tenantParam(ctx);
  const patch = parseInput(updateBody, await ctx.body());
  if (!allowed) throw notFound();
  const keys = ctx.deps.keys.list(tenant).length;
  if (!ctx.deps.tenants.get(tenant) && keys === 0) throw notFound();
  await ctx.changing();
  if (!ctx.deps.tenants.get(tenant)) {
    ctx.deps.tenants.create({ id: tenant });
  }
  const rec = ctx.deps.tenants.update(tenant, { name: patch.name, disabled: patch.disabled });
  if (!rec) throw notFound();
  await storeWritten(ctx.deps.tenants).catch((err: unknown) => {
    // The implicit registration lost to another replica registering the tenant at the same moment: the update was
    // still applied to the row that won, so that is not this caller's conflict.
    if (!(WardenError.isInstance(err) && err.code === "WARDEN_ADMIN_CONFLICT")) throw err;
  });
  ctx.note({ tenant, ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}), ...(patch.name !== undefined ? { renamed: true } : {}) });
  return ok({ tenant: tenantView(tenant, rec, keys) });
}
