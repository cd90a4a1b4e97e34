import { z } from "zod";
import { storeWritten } from "../store-written.js";
import type { KeyRecord } from "../../authenticate/key-store.js";
import { keyState } from "../../authenticate/key-state.js";
import { parseCidr } from "../../authenticate/source-allowlist.js";
import type { JsonObject } from "../../core/json.js";
import { WardenError } from "../../core/warden-error.js";
import { type AdminContext, type AdminResult, ok } from "../admin-route.js";
import { parseInput } from "../parse-input.js";
import { notFound, tenantParam } from "../tenant-access.js";
import { APP_ID } from "../tenant-store.js";

const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

/** A key as the API shows it: everything but its hash (the key text itself is only ever returned at creation). */
export function keyView(r: KeyRecord, now = Date.now()): JsonObject {
  // The same states as `warden keys list` (one definition): a replaced key is `rotating` during its overlap.
  const state = keyState(r, now);
  return {
    id: r.id,
    tenant: r.tenant,
    app: r.app,
    roles: [...r.roles],
    name: r.name,
    state,
    createdAt: iso(r.createdAt),
    expiresAt: iso(r.expiresAt),
    revokedAt: iso(r.revokedAt),
    lastUsedAt: iso(r.lastUsedAt),
    models: r.models,
    cidrs: r.cidrs,
    limits: r.limits ? { ...r.limits } : null,
    replacedBy: r.replacedBy,
  };
}

const ROLE = z.enum(["app", "operator", "auditor", "admin"]);
const limit = z.number().int().positive().max(1_000_000_000);

const createBody = z
  .object({
    app: z.string().regex(APP_ID, "1-128 printable ASCII characters"),
    roles: z.array(ROLE).min(1).max(4).default(["app"]),
    name: z.string().min(1).max(200).optional(),
    /** Lifetime from now, in seconds. */
    expiresInSeconds: z.number().int().positive().max(10 * 365 * 24 * 3600).optional(),
    models: z.array(z.string().min(1).max(200)).min(1).max(100).optional(),
    cidrs: z
      .array(z.string().min(1).max(64).refine((c) => parseCidr(c) !== undefined, "not an IPv4/IPv6 network (e.g. 10.0.0.0/8, 2001:db8::/32)"))
      .min(1)
      .max(100)
      .optional(),
    limits: z.object({ rpm: limit.optional(), tpm: limit.optional(), concurrency: limit.optional() }).strict().optional(),
  })
  .strict();

const rotateBody = z
  .object({
    /** How long the old key keeps working (default 1 hour; 0: at once). */
    overlapSeconds: z.number().int().min(0).max(30 * 24 * 3600).default(3600),
  })
  .strict();

/** Look a key up and refuse, the same way, when it is missing, of another tenant, or the caller may not see it. */
function ownedKey(ctx: AdminContext): KeyRecord {
  const { tenant, allowed } = tenantParam(ctx);
  const rec = ctx.deps.keys.get(ctx.params["id"] ?? "");
  if (!allowed || !rec || rec.tenant !== tenant) throw notFound();
  return rec;
}

/**
 * No escalation through keys: a caller may create, revoke or rotate only keys whose roles it holds itself (`app`
 * aside, which every key manager may grant). So only a global admin manages admin keys, and an operator cannot mint
 * an auditor key, nor rotate one (the rotation's answer carries the new key text).
 */
function guardRoles(ctx: AdminContext, roles: readonly string[]): void {
  const own = ctx.principal.roles as readonly string[];
  if (own.includes("admin")) return;
  if (roles.includes("admin")) throw new WardenError("WARDEN_ADMIN_FORBIDDEN", { message: "Only a global admin can manage keys with the admin role." });
  if (roles.some((r) => r !== "app" && !own.includes(r))) throw new WardenError("WARDEN_ADMIN_FORBIDDEN", { message: "You can only manage keys with roles you hold yourself." });
}

/**
 * Per-key limits are a ceiling the configuration sets (`limits.key`): a non-admin may lower them for a key, never
 * raise them (an operator could otherwise lift its own keys' rate and token quotas).
 */
function guardLimits(ctx: AdminContext, limits: { rpm?: number | undefined; tpm?: number | undefined; concurrency?: number | undefined } | undefined): void {
  const ceiling = ctx.deps.keyLimits;
  if (!limits || !ceiling || ctx.principal.roles.includes("admin")) return;
  for (const k of ["rpm", "tpm", "concurrency"] as const) {
    const max = ceiling[k];
    const want = limits[k];
    if (max !== undefined && want !== undefined && want > max) {
      throw new WardenError("WARDEN_ADMIN_FORBIDDEN", { message: "Only a global admin can give a key limits above the configured per-key limits." });
    }
  }
}

/** GET /tenants/:tenant/keys */
export async function listKeys(ctx: AdminContext): Promise<AdminResult> {
  const { tenant, allowed } = tenantParam(ctx);
  // Refused before the list: its cost grows with the tenant's keys, and another tenant's size must not show.
  if (!allowed) throw notFound();
  const rows = ctx.deps.keys.list(tenant);
  const now = Date.now();
  return ok({ keys: rows.map((r) => keyView(r, now)) });
}

/** GET /tenants/:tenant/keys/:id */
export async function getKey(ctx: AdminContext): Promise<AdminResult> {
  return ok({ key: keyView(ownedKey(ctx)) });
}

/** POST /tenants/:tenant/keys: the key text is in the answer, once; it is never stored or shown again. */
export async function createKey(ctx: AdminContext): Promise<AdminResult> {
  const { tenant, allowed } = tenantParam(ctx);
  const input = parseInput(createBody, await ctx.body());
  if (!allowed) throw notFound();
  guardRoles(ctx, input.roles);
  guardLimits(ctx, input.limits);
  if ((ctx.deps.tenants.get(tenant)?.disabledAt ?? null) !== null) throw new WardenError("WARDEN_ADMIN_CONFLICT", { message: "The tenant is disabled." });
  await ctx.changing();
  const { record, key } = ctx.deps.keys.create({
    tenant,
    app: input.app,
    roles: [...new Set(input.roles)],
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.expiresInSeconds !== undefined ? { expiresAt: Date.now() + input.expiresInSeconds * 1000 } : {}),
    ...(input.models ? { models: input.models } : {}),
    ...(input.cidrs ? { cidrs: input.cidrs } : {}),
    ...(input.limits ? { limits: input.limits } : {}),
  });
  await storeWritten(ctx.deps.keys);
  ctx.note({ tenant, keyId: record.id, app: record.app, roles: [...record.roles] });
  return ok({ key: keyView(record), secret: key }, 201);
}

/** POST /tenants/:tenant/keys/:id/revoke: takes effect at once in this process. */
export async function revokeKey(ctx: AdminContext): Promise<AdminResult> {
  const rec = ownedKey(ctx);
  guardRoles(ctx, rec.roles);
  await ctx.changing();
  ctx.deps.keys.revoke(rec.id);
  ctx.deps.authenticator.invalidate(rec.id);
  await storeWritten(ctx.deps.keys);
  ctx.note({ tenant: rec.tenant, keyId: rec.id });
  return ok({ key: keyView(ctx.deps.keys.get(rec.id) ?? rec) });
}

/** POST /tenants/:tenant/keys/:id/rotate: a new key (text returned once); the old one expires after the overlap. */
export async function rotateKey(ctx: AdminContext): Promise<AdminResult> {
  const input = parseInput(rotateBody, await ctx.body());
  const rec = ownedKey(ctx);
  guardRoles(ctx, rec.roles);
  await ctx.changing();
  const r = ctx.deps.keys.rotate(rec.id, input.overlapSeconds * 1000);
  if (!r) throw new WardenError("WARDEN_ADMIN_CONFLICT", { message: "Only an active key can be rotated." });
  ctx.deps.authenticator.invalidate(rec.id);
  await storeWritten(ctx.deps.keys);
  ctx.note({ tenant: rec.tenant, keyId: rec.id, newKeyId: r.record.id, overlapSeconds: input.overlapSeconds });
  return ok({ key: keyView(r.record), secret: r.key, previous: keyView(r.old) }, 201);
}
