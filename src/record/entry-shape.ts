import type { StoredEntry } from "./audit-entry.js";

const TEXTS = [
  ["kind", "kind"],
  ["requestId", "request_id"],
  ["tenant", "tenant"],
  ["app", "app"],
  ["keyId", "key_id"],
  ["meta", "meta"],
] as const;
const DIGESTS = [
  ["prevHash", "prev_hash", false],
  ["hash", "hash", false],
  ["payloadDigest", "payload_digest", true],
  ["originalDigest", "original_digest", true],
] as const;

/** What a stored value is, for a problem's text ("a blob", "text", "a number"). */
function kindOf(v: unknown): string {
  if (Buffer.isBuffer(v)) return `a blob of ${v.length} bytes`;
  if (typeof v === "string") return "text";
  if (typeof v === "number") return Number.isInteger(v) ? "an integer" : "a fractional number";
  return v === null ? "null" : typeof v;
}

/**
 * The first column of a stored entry whose value is not of the type the chain hashes, or `undefined`. A store can
 * hold any value in any column (SQLite's columns are typed by affinity only, so a BLOB stays a BLOB in a TEXT column
 * and a REAL in an INTEGER one): such an edit must be reported at its record rather than make the hash computation
 * throw, or pass unseen (the hash encodes times as 8-byte integers, so a fractional time would hash as its integer
 * part). Named by column, as an investigator looking at the table sees them.
 */
export function entryShapeProblem(e: StoredEntry): string | undefined {
  for (const [field, column] of TEXTS) {
    if (typeof e[field] !== "string") return `column ${column} holds ${kindOf(e[field])}, not text (modified)`;
  }
  if (!Number.isSafeInteger(e.time)) return `column time holds ${kindOf(e.time)}, not an integer (modified)`;
  if (e.keyVersion !== null && !Number.isSafeInteger(e.keyVersion)) return `column key_version holds ${kindOf(e.keyVersion)}, not an integer (modified)`;
  for (const [field, column, nullable] of DIGESTS) {
    const v = e[field] as unknown;
    if (nullable && v === null) continue;
    if (!Buffer.isBuffer(v) || v.length !== 32) return `column ${column} holds ${kindOf(v)}, not a 32-byte hash (modified)`;
  }
  for (const [field, what] of [["payload", "payload"], ["original", "original payload"]] as const) {
    const v = e[field] as unknown;
    if (v !== null && !Buffer.isBuffer(v)) return `${what} does not match its digest (modified: column ${field} holds ${kindOf(v)}, not a blob)`;
  }
  return undefined;
}
