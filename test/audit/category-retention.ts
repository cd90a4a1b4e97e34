import { expect } from "vitest";
import type { AuditLog } from "../../src/record/audit-log.js";
import { verifyLog } from "../../src/record/verify-log.js";

/** Shared by both backends: a finding category's retention purges that call's entries (request and response) only. */
export async function checkCategoryRetention(log: AuditLog): Promise<void> {
  const old = 1_700_000_000_000;
  const findings = (category: string) => ({ count: 1, byType: { X: 1 }, items: [{ type: "X", category, start: 0, end: 3, score: 1 }] });
  const call = async (id: string, category: string | undefined, tenant = "t") => {
    await log.append({ kind: "request", requestId: id, time: old, tenant, app: "a", keyId: "k", meta: category ? { findings: findings(category) } : {}, payload: { q: id } });
    await log.append({ kind: "response", requestId: id, time: old + 1, tenant, app: "a", keyId: "k", meta: { status: 200 }, payload: { a: id } });
  };
  await call("with-secret", "secret");
  await call("with-pii", "pii");
  await call("plain", undefined);
  await call("held-secret", "secret", "held");
  const results = await log.purge({ categories: { secret: { payloadDays: 30 } }, legalHolds: ["held"] }, { now: old + 100 * 86_400_000 });
  expect(results.filter((r) => r.field === "payload").map((r) => [r.tenant, r.entries])).toEqual([["category:secret", 2]]);
  const withPayload = (await log.backend.search({})).filter((e) => e.kind !== "admin" && e.payload !== null).map((e) => e.requestId);
  expect(withPayload).toEqual(["with-pii", "with-pii", "plain", "plain", "held-secret", "held-secret"]);
  expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
}
