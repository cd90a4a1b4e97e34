/**
 * A global admin's actions on a tenant are filed in that tenant's audit trail too (and still in the admin's own), so
 * the tenant's auditors see who changed their keys; nothing of it shows in a third tenant, and a non-admin's probe of
 * a foreign tenant stays in its own trail.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/core/principal.js";
import type { TestGateway } from "../support/test-gateway.js";
import { adminCall, startAdminGateway } from "./admin-support.js";

let tg: TestGateway & { creds: Record<Role, string> };
let audA: string;
let audB: string;
let opB: string;

beforeAll(async () => {
  tg = await startAdminGateway();
  const k = tg.gw.keys;
  audA = k.create({ tenant: "tenant-a", app: "audit", roles: ["auditor"] }).key;
  audB = k.create({ tenant: "tenant-b", app: "audit", roles: ["auditor"] }).key;
  opB = k.create({ tenant: "tenant-b", app: "ops", roles: ["operator"] }).key;
});
afterAll(async () => {
  await tg?.close();
});

interface RecordView {
  tenant: string;
  app: string;
  keyId: string;
  meta: Record<string, unknown>;
}

/** The admin records of a tenant, as its auditor reads them through the admin API. */
async function adminRecords(tenant: string, auditor: string): Promise<RecordView[]> {
  const r = await adminCall(tg.url, "GET", `/admin/v1/tenants/${tenant}/audit/records?kind=admin&limit=1000`, auditor);
  expect(r.status).toBe(200);
  return r.json?.["records"] as RecordView[];
}

describe("admin events filed for the target tenant", () => {
  it("a global admin creating a key in tenant-a: tenant-a's auditor sees the intent and the outcome, naming the admin", async () => {
    const made = await adminCall(tg.url, "POST", "/admin/v1/tenants/tenant-a/keys", tg.creds.admin, { app: "bot", roles: ["app"] });
    expect(made.status).toBe(201);
    const adminKeyId = (await adminCall(tg.url, "GET", "/admin/v1/whoami", tg.creds.admin)).json?.["keyId"];
    expect(typeof adminKeyId).toBe("string");
    const seen = (await adminRecords("tenant-a", audA)).filter((r) => String(r.meta["event"]).startsWith("admin.keys.create"));
    expect(seen.map((r) => r.meta["event"])).toEqual(["admin.keys.create.begin", "admin.keys.create"]);
    for (const r of seen) {
      expect(r).toMatchObject({ tenant: "tenant-a", app: "", keyId: "" });
      expect(r.meta).toMatchObject({ filedFor: "target", targetTenant: "tenant-a", actor: { tenant: "root", app: "admin-app", roles: ["admin"] } });
      expect((r.meta["actor"] as { keyId: string }).keyId).toBe(adminKeyId);
    }
    expect(seen[1]?.meta).toMatchObject({ outcome: "ok", status: 201 });
    // the admin's own trail keeps its entries (same admin request id), filed under the admin's key
    const requestId = seen[1]?.meta["requestId"];
    const own = (await adminRecords("root", tg.creds.admin)).filter((r) => r.meta["requestId"] === requestId);
    expect(own.map((r) => r.meta["event"])).toEqual(["admin.keys.create.begin", "admin.keys.create"]);
    expect(own.every((r) => r.tenant === "root" && r.app === "admin-app" && r.meta["filedFor"] === undefined)).toBe(true);
  });

  it("a global admin creating a tenant: the new tenant's trail shows it", async () => {
    const made = await adminCall(tg.url, "POST", "/admin/v1/tenants", tg.creds.admin, { id: "tenant-c", name: "C" });
    expect(made.status).toBe(201);
    const audC = tg.gw.keys.create({ tenant: "tenant-c", app: "audit", roles: ["auditor"] }).key;
    const seen = (await adminRecords("tenant-c", audC)).filter((r) => r.meta["event"] === "admin.tenants.create");
    expect(seen).toHaveLength(1);
    expect(seen[0]?.meta).toMatchObject({ filedFor: "target", tenant: "tenant-c", actor: { tenant: "root" } });
  });

  it("nothing of it in another tenant's trail; a non-admin's probe of tenant-a stays in its own trail", async () => {
    const probe = await adminCall(tg.url, "GET", "/admin/v1/tenants/tenant-a/keys", opB);
    expect(probe.status).toBe(404);
    const inB = await adminRecords("tenant-b", audB);
    expect(inB.some((r) => r.meta["filedFor"] !== undefined)).toBe(false);
    expect(JSON.stringify(inB)).not.toContain("admin.keys.create");
    // the probe is in tenant-b's trail (its own), not in tenant-a's
    expect(inB.some((r) => r.meta["event"] === "admin.keys.list" && r.meta["outcome"] === "refused")).toBe(true);
    const inA = await adminRecords("tenant-a", audA);
    expect(inA.some((r) => r.meta["event"] === "admin.keys.list")).toBe(false);
  });

  it("an operator's action in its own tenant is filed once, as before", async () => {
    const opA = tg.gw.keys.create({ tenant: "tenant-a", app: "ops", roles: ["operator"] }).key;
    const listed = await adminCall(tg.url, "GET", "/admin/v1/tenants/tenant-a/keys", opA);
    expect(listed.status).toBe(200);
    const inA = (await adminRecords("tenant-a", audA)).filter((r) => r.meta["event"] === "admin.keys.list");
    expect(inA).toHaveLength(1);
    expect(inA[0]).toMatchObject({ tenant: "tenant-a", app: "ops" });
    expect(inA[0]?.meta["filedFor"]).toBeUndefined();
  });
});
