import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { knownIssuer } from "../detect/pii/credit-card-detector.js";
import { luhnValid } from "../detect/pii/validators/checksums.js";
import { ibanValid } from "../detect/pii/validators/iban.js";

const VALID = /^[A-Za-z0-9._:\-]{1,128}$/;

/**
 * An id that could be a credential or personal data: it would be logged, sent upstream and stored in clear (the audit
 * chain's request id cannot be purged later), so it is replaced. Provider and Warden key prefixes (`AKIA…`, `ghp_…`,
 * `sk-…`), 13-19 digits passing the Luhn check with a card issuer's prefix, an SSN-shaped `ddd-dd-dddd`, an IBAN with a valid check.
 */
/** Provider and Warden key prefixes, case as issued (an id like "asia-northeast1-…" or "pk_live_order_1" is no key). */
const KEY_PREFIX = /^(?:wdn_|sk-|sk_live_|sk_test_|rk_live_|rk_test_|ghp_|gho_|ghs_|ghu_|github_pat_|glpat-|xox[abpr]-|AKIA|ASIA|hf_|AIza|eyJ[A-Za-z0-9_-]{10,}\.|npm_|pypi-)/;

function sensitiveId(id: string): boolean {
  if (KEY_PREFIX.test(id)) return true;
  if (/^\d{13,19}$/.test(id) && luhnValid(id) && knownIssuer(id)) return true;
  if (/^\d{3}-\d{2}-\d{4}$/.test(id)) return true;
  return /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/i.test(id) && ibanValid(id.toUpperCase());
}

/**
 * The caller's `x-request-id` when it is sane and could not be a key or a card number, else a new one: `req_` + 32 hex digits, the first 12 the time in ms and
 * the other 20 random (80 bits; randomUUID draws from a cached entropy pool, far cheaper
 * per call than randomBytes). Time first (as UUIDv7, RFC 9562 §5.7) so that ids sort by time: the audit log's index
 * on request ids then grows at its right edge instead of touching a random page of a large index per record, which
 * measured half of SQLite's cost per audit record.
 */
export function requestIdFor(headers: IncomingHttpHeaders): string {
  const given = headers["x-request-id"];
  if (typeof given === "string" && VALID.test(given) && !sensitiveId(given)) return given;
  const random = randomUUID(); // xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx: the first and last groups are all random
  return `req_${Date.now().toString(16).padStart(12, "0")}${random.slice(0, 8)}${random.slice(24)}`;
}
