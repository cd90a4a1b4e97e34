import { z } from "zod";
import { WardenError } from "../../core/warden-error.js";
import { type AdminContext, type AdminResult, ok } from "../admin-route.js";
import { parseInput } from "../parse-input.js";
import { notFound, tenantParam } from "../tenant-access.js";

/** The body of an erasure: an explicit confirmation, as `warden vault erase --yes` (it cannot be undone). */
const eraseBody = z.object({ confirm: z.literal(true, { errorMap: () => ({ message: "must be true: the tenant's tokens can never be restored again" }) }) }).strict();

/**
 * POST /tenants/:tenant/vault/erase: crypto-shredding of the tenant's tokenize mappings in the shared vault (the same
 * operation as `warden vault erase --tenant`): its data keys are destroyed and the mappings sealed under them
 * deleted. Every replica stops opening them at once (the store's erasure notification; docs/policy.md). A tenant
 * without vault data erases nothing (0 and 0): the answer does not say whether a tenant ever used the vault beyond
 * those counts, which the caller may see anyway (its own tenant, or any as a global admin).
 */
export async function eraseTenantVault(ctx: AdminContext): Promise<AdminResult> {
  const { tenant, allowed } = tenantParam(ctx);
  parseInput(eraseBody, await ctx.body());
  if (!allowed) throw notFound();
  const vault = ctx.deps.vault;
  if (!vault) throw new WardenError("WARDEN_ADMIN_VAULT_NOT_SHARED", { message: "The token vault keeps its mappings in this process's memory only (vault.backend memory): there is no stored vault data to erase; mappings expire after the policy's vault.ttlSeconds." });
  await ctx.changing();
  let r: { keys: number; mappings: number };
  try {
    r = await vault.eraseTenant(tenant);
  } catch (err) {
    if (err instanceof WardenError) throw err;
    throw new WardenError("WARDEN_VAULT_UNAVAILABLE", { cause: err, detail: "vault erasure failed; run it again (it is idempotent)" });
  }
  ctx.note({ tenant, keysDestroyed: r.keys, mappingsDeleted: r.mappings });
  return ok({ erased: true, tenant, keysDestroyed: r.keys, mappingsDeleted: r.mappings });
}
