import { expect } from "vitest";
import type { AuditLog } from "../../src/record/audit-log.js";

/** Shared by the SQLite and PostgreSQL suites: search by finding type, action, incomplete and rejected calls. */
export async function checkSearchFilters(log: AuditLog): Promise<void> {
  const base = { tenant: "t", app: "a", keyId: "k", time: Date.now() };
  const f = (type: string, action: string) => ({ count: 1, byType: { [type]: 1 }, items: [{ type, action, start: 0, end: 5, score: 0.9 }] });
  await log.append({ ...base, kind: "request", requestId: "mail", meta: { findings: f("EMAIL_ADDRESS", "redact") } });
  await log.append({ ...base, kind: "response", requestId: "mail", meta: { status: 200 } });
  await log.append({ ...base, kind: "request", requestId: "key", meta: { findings: f("aws-access-key-id", "block") } });
  await log.append({ ...base, kind: "request", requestId: "plain", meta: {} });
  await log.append({ ...base, kind: "response", requestId: "plain", meta: { status: 200 } });
  await log.append({ ...base, kind: "request", requestId: "refused", meta: { verdict: "rejected", errorCode: "WARDEN_AUTH_INVALID_KEY", status: 401 } });
  await log.append({ ...base, kind: "request", requestId: "models", meta: { verdict: "served", method: "GET", route: "/v1/models", status: 200 } });
  const ids = async (filter: Parameters<AuditLog["backend"]["search"]>[0]) => (await log.backend.search(filter)).map((e) => e.requestId);
  expect(await ids({ findingType: "EMAIL_ADDRESS" })).toEqual(["mail"]);
  expect(await ids({ findingType: "aws-access-key-id" })).toEqual(["key"]);
  expect(await ids({ findingType: "PHONE_NUMBER" })).toEqual([]);
  expect(await ids({ action: "block" })).toEqual(["key"]);
  expect(await ids({ action: "redact", findingType: "EMAIL_ADDRESS" })).toEqual(["mail"]);
  // A call refused before routing, or answered by the gateway itself (the model list), has no response entry, but it is
  // not a call cut off.
  expect(await ids({ incomplete: true })).toEqual(["key"]);
  expect(await ids({ rejected: true })).toEqual(["refused"]);
  expect(await ids({ limit: 2 })).toEqual(["mail", "mail"]);
  // a served call that reuses the id of a call cut off does not complete it, nor count as one
  await log.append({ ...base, kind: "request", requestId: "cut-then-list", meta: {} });
  await log.append({ ...base, kind: "request", requestId: "cut-then-list", meta: { verdict: "served", route: "/v1/models", status: 200 } });
  // A call cut off by a crash, then retried with the same request id and answered: the first stays incomplete. The
  // same id used by another tenant or key is another call.
  await log.append({ ...base, kind: "request", requestId: "retry", meta: {} });
  await log.append({ ...base, kind: "request", requestId: "retry", meta: {} });
  await log.append({ ...base, kind: "response", requestId: "retry", meta: { status: 200 } });
  await log.append({ ...base, tenant: "other", kind: "request", requestId: "shared", meta: {} });
  await log.append({ ...base, kind: "request", requestId: "shared", meta: {} });
  await log.append({ ...base, kind: "response", requestId: "shared", meta: { status: 200 } });
  const cut = (await log.backend.search({ incomplete: true })).map((e) => `${e.requestId}/${e.tenant}`);
  expect(cut).toEqual(["key/t", "cut-then-list/t", "retry/t", "shared/other"]);
}
