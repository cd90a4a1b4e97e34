import type { KeyRecord, NewKeyInput } from "./key-store.js";

/** What rotating a key does, whichever store keeps it: the successor's input and the old key's new expiry. */
export interface RotationPlan {
  /** The successor: same tenant, app, roles, name, allowlists and limits; the old lifetime counted from now. */
  input: NewKeyInput;
  /** The old key's expiry: the end of the overlap, or its own expiry when that comes first. */
  until: number;
}

/**
 * The rotation of `old` at `now` with `overlapMs` of overlap, or undefined when it may not rotate: revoked, already
 * expired, or already replaced. A key in its overlap (`rotating`) is not rotated again, which would fork its lineage
 * (two live successors, the first one's `replaced_by` link lost) and pass the overlap's end on as a lifetime.
 */
export function rotationPlan(old: KeyRecord, overlapMs: number, now: number): RotationPlan | undefined {
  if (old.revokedAt !== null || old.replacedBy !== null || (old.expiresAt !== null && old.expiresAt <= now)) return undefined;
  const lifetime = old.expiresAt === null ? null : old.expiresAt - old.createdAt;
  return {
    input: {
      tenant: old.tenant,
      app: old.app,
      roles: old.roles,
      ...(old.name !== null ? { name: old.name } : {}),
      ...(lifetime !== null ? { expiresAt: now + lifetime } : {}),
      ...(old.models ? { models: old.models } : {}),
      ...(old.cidrs ? { cidrs: old.cidrs } : {}),
      ...(old.limits ? { limits: old.limits } : {}),
    },
    until: old.expiresAt === null ? now + overlapMs : Math.min(old.expiresAt, now + overlapMs),
  };
}
