import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

const VALID = /^[A-Za-z0-9._:\-]{1,128}$/;

/** The caller's `x-request-id` when it is sane, else a new one (`req_` + a random UUID's 32 hex digits; randomUUID draws
 * from a cached entropy pool, far cheaper per call than randomBytes). */
export function requestIdFor(headers: IncomingHttpHeaders): string {
  const given = headers["x-request-id"];
  if (typeof given === "string" && VALID.test(given)) return given;
  return `req_${randomUUID().replace(/-/g, "")}`;
}
