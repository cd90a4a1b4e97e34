import type { KeyRecord } from "./key-store.js";

/**
 * A key's state for listings: `active`; `rotating` (replaced, still accepted until its overlap ends); `expired`;
 * `rotated` (replaced and past its overlap); `revoked`.
 */
export type KeyState = "active" | "rotating" | "expired" | "rotated" | "revoked";

export function keyState(r: KeyRecord, now = Date.now()): KeyState {
  if (r.revokedAt !== null) return "revoked";
  const expired = r.expiresAt !== null && r.expiresAt <= now;
  if (r.replacedBy !== null) return expired ? "rotated" : "rotating";
  return expired ? "expired" : "active";
}
