import type { JsonObject } from "../core/json.js";
import type { Principal } from "../core/principal.js";
import type { AuditLog } from "../record/audit-log.js";
import { TENANT_ID } from "./tenant-store.js";

/**
 * Record one admin event: filed under the actor's tenant, as every admin event is; and when a global admin acted on
 * another tenant (`target`), a copy filed under that tenant, so that the target tenant's auditors see in their own
 * trail who changed (or read) their keys, policy, vault or records. The copy names the actor (tenant, app, key id,
 * roles, OIDC subject): change-management evidence needs the who. It carries nothing else of the actor's tenant,
 * and both entries share the admin request id in `details.requestId`. Both are awaited: the answer is not released
 * before the target's copy is durable either.
 *
 * Only a global admin's cross-tenant action is copied: any other caller can only act in its own tenant, and its
 * refused probes of another tenant stay in its own trail (a copy there would let anyone write into a foreign trail,
 * and would tell that tenant's auditors nothing true).
 *
 * Only an existing target is copied (`targetKnown`, asked when the event is written: before the change for a
 * `.begin`, after it for the outcome). An action on a name no tenant has (a typo, a read or refused change before the
 * tenant is created) stays in the admin's trail with `targetExists: false`: filed under the name, it would show up in
 * the trail of a tenant created later under it, as if done to that tenant. An action that creates the tenant (its
 * registration, first key or policy) is copied from its outcome on.
 */
export async function recordAdminEvent(audit: AuditLog, event: string, details: JsonObject, principal: Principal | undefined, target: string | undefined, targetKnown: (tenant: string) => boolean | Promise<boolean>): Promise<void> {
  const actor = principal ? { tenant: principal.tenant, app: principal.app, keyId: principal.keyId } : {};
  const crossTenant = principal !== undefined && principal.roles.includes("admin") && target !== undefined && target !== principal.tenant && TENANT_ID.test(target);
  if (!crossTenant) {
    await audit.admin(event, details, actor);
    return;
  }
  if (!(await targetKnown(target))) {
    await audit.admin(event, { ...details, targetExists: false }, actor);
    return;
  }
  const own = audit.admin(event, details, actor);
  const by: JsonObject = { tenant: principal.tenant, app: principal.app, keyId: principal.keyId, roles: [...principal.roles], ...(principal.subject ? { subject: principal.subject } : {}) };
  const copy = audit.admin(event, { ...details, filedFor: "target", actor: by }, { tenant: target });
  await Promise.all([own, copy]);
}
