import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/core/principal.js";
import type { TestGateway } from "../support/test-gateway.js";
import { type AdminAnswer, adminCall, codeOf, startAdminGateway } from "./admin-support.js";

let tg: TestGateway & { creds: Record<Role, string> };
let opA: string;
let audA: string;
let keyB: { id: string; key: string };
let keyA: { id: string; key: string };

beforeAll(async () => {
  tg = await startAdminGateway();
  const k = tg.gw.keys;
  opA = k.create({ tenant: "tenant-a", app: "ops", roles: ["operator"] }).key;
  audA = k.create({ tenant: "tenant-a", app: "audit", roles: ["auditor"] }).key;
  const a = k.create({ tenant: "tenant-a", app: "bot", roles: ["app"] });
  keyA = { id: a.record.id, key: a.key };
  const b = k.create({ tenant: "tenant-b", app: "bot", roles: ["app"] });
  keyB = { id: b.record.id, key: b.key };
});
afterAll(async () => {
  await tg?.close();
});

const missingId = "ZZZZZZZZZZZZ";
/** What a client can compare: status and body (the request id header differs per request, as it always does). */
const visible = (a: AdminAnswer) => ({ status: a.status, text: a.text, type: a.headers.get("content-type") });

describe("tenant isolation: another tenant's resources answer exactly like missing ones", () => {
  it("operator of A cannot list, get, revoke, rotate or create keys of B: the same 404 as a missing key", async () => {
    const missing = visible(await adminCall(tg.url, "GET", `/admin/v1/tenants/tenant-a/keys/${missingId}`, opA));
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text)).toEqual({ error: { message: "No such resource.", type: "invalid_request_error", param: null, code: "WARDEN_ADMIN_NOT_FOUND" } });
    const attempts: [string, string, unknown?][] = [
      ["GET", "/admin/v1/tenants/tenant-b/keys"],
      ["GET", `/admin/v1/tenants/tenant-b/keys/${keyB.id}`],
      ["GET", `/admin/v1/tenants/tenant-a/keys/${keyB.id}`],
      ["POST", `/admin/v1/tenants/tenant-b/keys/${keyB.id}/revoke`],
      ["POST", `/admin/v1/tenants/tenant-a/keys/${keyB.id}/revoke`],
      ["POST", `/admin/v1/tenants/tenant-b/keys/${keyB.id}/rotate`, {}],
      ["POST", "/admin/v1/tenants/tenant-b/keys", { app: "evil", roles: ["app"] }],
      ["GET", "/admin/v1/tenants/tenant-b"],
      ["GET", "/admin/v1/tenants/tenant-b/policy"],
      ["PUT", "/admin/v1/tenants/tenant-b/policy", { scopes: [] }],
      ["GET", "/admin/v1/tenants/no-such-tenant/keys"],
    ];
    for (const [method, path, body] of attempts) {
      expect(visible(await adminCall(tg.url, method, path, opA, body)), `${method} ${path}`).toEqual(missing);
    }
    // B's key still works: nothing was revoked or rotated.
    const b = tg.gw.keys.get(keyB.id);
    expect(b?.revokedAt).toBeNull();
    expect(b?.replacedBy).toBeNull();
    expect(tg.gw.keys.list("tenant-b").map((r) => r.app)).toEqual(["bot"]);
  });

  it("operator of A sees and changes only A's keys", async () => {
    const list = await adminCall(tg.url, "GET", "/admin/v1/tenants/tenant-a/keys", opA);
    expect(list.status).toBe(200);
    const keys = list.json?.["keys"] as { tenant: string; id: string }[];
    expect(new Set(keys.map((k) => k.tenant))).toEqual(new Set(["tenant-a"]));
    expect(list.text).not.toContain(keyB.id);
    expect(list.text).not.toMatch(/wdn_[0-9A-Za-z]{12}_/);
    const revoked = await adminCall(tg.url, "POST", `/admin/v1/tenants/tenant-a/keys/${keyA.id}/revoke`, opA);
    expect(revoked.status).toBe(200);
    expect((revoked.json?.["key"] as { state: string }).state).toBe("revoked");
    const call = await fetch(`${tg.url}/v1/models`, { headers: { authorization: `Bearer ${keyA.key}` } });
    expect(call.status).toBe(401);
  });

  it("an operator cannot mint or remove a global admin, even in its own tenant", async () => {
    const a = await adminCall(tg.url, "POST", "/admin/v1/tenants/tenant-a/keys", opA, { app: "x", roles: ["admin"] });
    expect([a.status, codeOf(a)]).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
    const adminInA = tg.gw.keys.create({ tenant: "tenant-a", app: "boss", roles: ["admin"] }).record.id;
    const r = await adminCall(tg.url, "POST", `/admin/v1/tenants/tenant-a/keys/${adminInA}/revoke`, opA);
    expect([r.status, codeOf(r)]).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
    expect(tg.gw.keys.get(adminInA)?.revokedAt).toBeNull();
  });

  it("an operator's policy can only match its own tenant", async () => {
    const bad = await adminCall(tg.url, "PUT", "/admin/v1/tenants/tenant-a/policy", opA, { scopes: [{ match: { tenant: "tenant-b" }, rules: [] }] });
    expect([bad.status, codeOf(bad)]).toEqual([400, "WARDEN_ADMIN_INVALID_POLICY"]);
    const star = await adminCall(tg.url, "PUT", "/admin/v1/tenants/tenant-a/policy", opA, { scopes: [{ match: { tenant: "*" }, rules: [] }] });
    expect(star.status).toBe(400);
    const global = await adminCall(tg.url, "PUT", "/admin/v1/tenants/tenant-a/policy", opA, { scopes: [], hashKey: "x".repeat(20) });
    expect(global.status).toBe(400);
    expect(codeOf(global)).toBe("WARDEN_ADMIN_INVALID_POLICY");
  });

  it("auditor of A searches only A's records; B's records and proofs are 404", async () => {
    // Traffic for both tenants.
    for (const [key, rid] of [[tg.key, "req-t1"], [keyB.key, "req-b-1"]] as const) {
      const res = await fetch(`${tg.url}/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "x-request-id": rid },
        body: JSON.stringify({ model: "demo", messages: [{ role: "user", content: "hello" }] }),
      });
      expect(res.status).toBe(200);
    }
    const audB = tg.gw.keys.create({ tenant: "tenant-b", app: "audit", roles: ["auditor"] }).key;
    const mine = await adminCall(tg.url, "GET", "/admin/v1/tenants/tenant-b/audit/records?kind=request", audB);
    expect(mine.status).toBe(200);
    const records = mine.json?.["records"] as { tenant: string; requestId: string }[];
    expect(records.map((r) => r.requestId)).toContain("req-b-1");
    expect(new Set(records.map((r) => r.tenant))).toEqual(new Set(["tenant-b"]));
    const proofB = await adminCall(tg.url, "GET", "/admin/v1/tenants/tenant-b/audit/proofs/req-b-1", audB);
    expect(proofB.status).toBe(200);
    expect((proofB.json?.["entries"] as unknown[]).length).toBe(2);

    const missing = visible(await adminCall(tg.url, "GET", "/admin/v1/tenants/tenant-a/audit/proofs/no-such-request", audA));
    expect(missing.status).toBe(404);
    for (const path of ["/admin/v1/tenants/tenant-b/audit/records", "/admin/v1/tenants/tenant-b/audit/export", "/admin/v1/tenants/tenant-b/audit/summary", "/admin/v1/tenants/tenant-b/audit/proofs/req-b-1", "/admin/v1/tenants/tenant-a/audit/proofs/req-b-1"]) {
      expect(visible(await adminCall(tg.url, "GET", path, audA)), path).toEqual(missing);
    }
  });

  it("a global admin crosses tenants", async () => {
    const b = await adminCall(tg.url, "GET", `/admin/v1/tenants/tenant-b/keys/${keyB.id}`, tg.creds.admin);
    expect(b.status).toBe(200);
    expect((b.json?.["key"] as { tenant: string }).tenant).toBe("tenant-b");
  });

  it("a foreign key answers no slower or faster than a missing one (median of 150 each, same run)", async () => {
    const time = async (path: string) => {
      const t0 = performance.now();
      const a = await adminCall(tg.url, "GET", path, opA);
      expect(a.status).toBe(404);
      return performance.now() - t0;
    };
    const foreign: number[] = [];
    const missing: number[] = [];
    for (let i = 0; i < 150; i++) {
      // Interleaved, so drift in machine load hits both alike.
      foreign.push(await time(`/admin/v1/tenants/tenant-b/keys/${keyB.id}`));
      missing.push(await time(`/admin/v1/tenants/tenant-a/keys/${missingId}`));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    const ratio = median(foreign) / median(missing);
    console.info(`404 timing: foreign key median ${median(foreign).toFixed(3)} ms, missing key median ${median(missing).toFixed(3)} ms, ratio ${ratio.toFixed(3)}`);
    expect(ratio).toBeGreaterThan(0.6);
    expect(ratio).toBeLessThan(1.6);
  });

  it("a large foreign tenant answers its tenant-wide routes as fast as a missing tenant (its size does not show)", async () => {
    for (let i = 0; i < 3000; i++) tg.gw.keys.create({ tenant: "tenant-big", app: `a${i}`, roles: ["app"] });
    const time = async (path: string) => {
      const t0 = performance.now();
      const a = await adminCall(tg.url, "GET", path, opA);
      expect(a.status).toBe(404);
      return performance.now() - t0;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    for (const route of ["/keys", ""]) {
      const big: number[] = [];
      const none: number[] = [];
      for (let i = 0; i < 100; i++) {
        big.push(await time(`/admin/v1/tenants/tenant-big${route}`));
        none.push(await time(`/admin/v1/tenants/no-such-tenant${route}`));
      }
      const ratio = median(big) / median(none);
      console.info(`404 timing /tenants/:t${route}: 3,000-key tenant median ${median(big).toFixed(3)} ms, missing tenant ${median(none).toFixed(3)} ms, ratio ${ratio.toFixed(3)}`);
      expect(ratio).toBeGreaterThan(0.6);
      expect(ratio).toBeLessThan(1.6);
    }
  });
});
