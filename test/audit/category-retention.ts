import { expect } from "vitest";
import type { AuditLog } from "../../src/record/audit-log.js";
import { summarizeFindings } from "../../src/record/summarize-call.js";
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

/** Shared by both backends: retention per data class (PCI, SECRET...) from the findings summary the recorder writes. */
export async function checkDataClassRetention(log: AuditLog): Promise<void> {
  const old = 1_700_000_000_000;
  const call = async (id: string, findings: { category: string; type: string }[]) => {
    const summary = summarizeFindings(findings.map((f) => ({ ...f, detector: "d", start: 0, end: 4, score: 0.9 })));
    await log.append({ kind: "request", requestId: id, time: old, tenant: "t", app: "a", keyId: "k", meta: summary ? { findings: summary } : {}, payload: { q: id }, original: { o: id } });
    await log.append({ kind: "response", requestId: id, time: old + 1, tenant: "t", app: "a", keyId: "k", meta: { status: 200 }, payload: { a: id } });
  };
  await call("card", [{ category: "pii", type: "CREDIT_CARD" }]);
  await call("email", [{ category: "pii", type: "EMAIL_ADDRESS" }]);
  await call("key", [{ category: "secret", type: "AWS_ACCESS_KEY" }]);
  await call("none", []);
  const [card] = await log.backend.search({ requestId: "card", kind: "request" });
  expect(JSON.parse(card?.meta ?? "{}").findings.dataClasses).toEqual(["PCI", "PII"]);
  // 40 days on: PCI (30 days) is past, SECRET (60 days) and the default (365 days) are not.
  const results = await log.purge({ payloadDays: 365, dataClasses: { PCI: { payloadDays: 30 }, SECRET: { payloadDays: 60 } } }, { now: old + 40 * 86_400_000 });
  expect(results.filter((r) => r.tenant.startsWith("class:")).map((r) => [r.field, r.tenant, r.entries])).toEqual([
    ["payload", "class:PCI", 2],
    ["payload", "class:SECRET", 0],
    ["original", "class:PCI", 1],
    ["original", "class:SECRET", 0],
  ]);
  const kept = (await log.backend.search({})).filter((e) => e.kind !== "admin" && e.payload !== null).map((e) => e.requestId);
  expect(kept).toEqual(["email", "email", "key", "key", "none", "none"]);
  await log.purge({ dataClasses: { SECRET: { payloadDays: 30 } } }, { now: old + 40 * 86_400_000 });
  expect((await log.backend.search({ requestId: "key" })).map((e) => e.payload)).toEqual([null, null]);
  expect(await verifyLog(log.backend)).toMatchObject({ ok: true });
}
