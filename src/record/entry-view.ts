import type { JsonObject } from "../core/json.js";
import type { StoredEntry } from "./audit-entry.js";
import { damagedRecord } from "./damaged-record.js";
import { entryShapeProblem } from "./entry-shape.js";

/** The stored metadata as an object, or why it is not one. */
function metaOf(e: StoredEntry): JsonObject | string {
  let meta: unknown;
  try {
    meta = JSON.parse(e.meta) as unknown;
  } catch {
    return "column meta is not JSON";
  }
  return typeof meta === "object" && meta !== null && !Array.isArray(meta) ? (meta as JsonObject) : "column meta is not a JSON object";
}

/**
 * An audit entry as exports and the admin API show it: clear metadata and the chain fields in hex; payloads stay
 * encrypted in the store (exports add them only when asked to decrypt). A record whose columns were edited into
 * another type throws `WARDEN_AUDIT_RECORD_DAMAGED` naming its seq: shown as it is, it would either crash a caller
 * (a time that is text) or pass for evidence (a tenant as a number, a hash as hex text, a time cut to its integer).
 */
export function entryView(e: StoredEntry): JsonObject {
  const problem = entryShapeProblem(e);
  if (problem !== undefined) throw damagedRecord(e.seq, problem);
  // a safe integer past ±8.64e15 ms is no date: toISOString would throw a bare RangeError
  if (Number.isNaN(new Date(e.time).getTime())) throw damagedRecord(e.seq, "column time holds no date");
  const meta = metaOf(e);
  if (typeof meta === "string") throw damagedRecord(e.seq, meta);
  return {
    seq: e.seq,
    kind: e.kind,
    requestId: e.requestId,
    time: new Date(e.time).toISOString(),
    tenant: e.tenant,
    app: e.app,
    keyId: e.keyId,
    meta,
    keyVersion: e.keyVersion,
    payloadDigest: e.payloadDigest?.toString("hex") ?? null,
    originalDigest: e.originalDigest?.toString("hex") ?? null,
    prevHash: e.prevHash.toString("hex"),
    hash: e.hash.toString("hex"),
  };
}
