import type { JsonObject } from "../core/json.js";
import type { StoredEntry } from "./audit-entry.js";

/**
 * An audit entry as exports and the admin API show it: clear metadata and the chain fields in hex; payloads stay
 * encrypted in the store (exports add them only when asked to decrypt).
 */
export function entryView(e: StoredEntry): JsonObject {
  return {
    seq: e.seq,
    kind: e.kind,
    requestId: e.requestId,
    time: new Date(e.time).toISOString(),
    tenant: e.tenant,
    app: e.app,
    keyId: e.keyId,
    meta: JSON.parse(e.meta) as JsonObject,
    keyVersion: e.keyVersion,
    payloadDigest: e.payloadDigest?.toString("hex") ?? null,
    originalDigest: e.originalDigest?.toString("hex") ?? null,
    prevHash: e.prevHash.toString("hex"),
    hash: e.hash.toString("hex"),
  };
}
