import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { mockConfig, startTestGateway } from "../support/test-gateway.js";
import { adminCall, codeOf } from "./admin-support.js";

const base = () => ({ ...mockConfig("http://127.0.0.1:9"), policy: { rules: [] } });

describe("admin config", () => {
  it("allowFrom: callers outside the networks get 403 before any credential is checked; inside, as usual", async () => {
    const outside = await startTestGateway({ ...base(), admin: { allowFrom: ["10.0.0.0/8"] } });
    const inside = await startTestGateway({ ...base(), admin: { allowFrom: ["10.0.0.0/8", "127.0.0.0/8", "::1/128"] } });
    try {
      const k1 = outside.gw.keys.create({ tenant: "root", app: "cli", roles: ["admin"] }).key;
      const refused = await adminCall(outside.url, "GET", "/admin/v1/whoami", k1);
      expect([refused.status, codeOf(refused)]).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
      expect(refused.headers.get("cache-control")).toBe("no-store");
      // Model traffic is not affected.
      expect((await fetch(`${outside.url}/v1/models`, { headers: { authorization: `Bearer ${outside.key}` } })).status).toBe(200);
      const k2 = inside.gw.keys.create({ tenant: "root", app: "cli", roles: ["admin"] }).key;
      expect((await adminCall(inside.url, "GET", "/admin/v1/whoami", k2)).status).toBe(200);
    } finally {
      await outside.close();
      await inside.close();
    }
  });

  it("enabled: false leaves /admin/ unserved", async () => {
    const g = await startTestGateway({ ...base(), admin: { enabled: false } });
    try {
      const k = g.gw.keys.create({ tenant: "root", app: "cli", roles: ["admin"] }).key;
      const a = await adminCall(g.url, "GET", "/admin/v1/whoami", k);
      expect([a.status, codeOf(a)]).toEqual([404, "WARDEN_REQUEST_NOT_FOUND"]);
    } finally {
      await g.close();
    }
  });

  it("an admin action whose audit event cannot be written answers 503, not its result (fail closed)", async () => {
    const g = await startTestGateway(base());
    try {
      const k = g.gw.keys.create({ tenant: "root", app: "cli", roles: ["admin"] }).key;
      expect((await adminCall(g.url, "GET", "/admin/v1/tenants", k)).status).toBe(200);
      await g.gw.audit?.close();
      const a = await adminCall(g.url, "POST", "/admin/v1/tenants/t9/keys", k, { app: "x" });
      expect([a.status, codeOf(a)]).toEqual([503, "WARDEN_AUDIT_UNAVAILABLE"]);
      expect(a.text).not.toContain("wdn_");
      // refused before anything changed: no key was made for t9
      expect(g.gw.keys.list().filter((r) => r.tenant === "t9")).toEqual([]);
    } finally {
      await g.close();
    }
  });

  it("a change's intent is recorded before it is made (admin.<action>.begin), then its outcome", async () => {
    const g = await startTestGateway(base());
    try {
      const k = g.gw.keys.create({ tenant: "root", app: "cli", roles: ["admin"] }).key;
      const a = await adminCall(g.url, "POST", "/admin/v1/tenants/t8/keys", k, { app: "x" });
      expect(a.status).toBe(201);
      const events = (await g.gw.audit!.backend.search({ kind: "admin" })).map((e) => (JSON.parse(e.meta) as { event: string }).event);
      const begin = events.indexOf("admin.keys.create.begin");
      expect(begin).toBeGreaterThanOrEqual(0);
      expect(events.indexOf("admin.keys.create")).toBeGreaterThan(begin);
      // an invalid policy is refused before any intent is recorded
      const bad = await adminCall(g.url, "PUT", "/admin/v1/policy", k, { rules: [{ id: "x", action: "explode" }] });
      expect(bad.status).toBe(400);
      const after = (await g.gw.audit!.backend.search({ kind: "admin" })).map((e) => (JSON.parse(e.meta) as { event: string }).event);
      expect(after.filter((e) => e.startsWith("admin.policy.apply"))).not.toContain("admin.policy.apply.begin");
    } finally {
      await g.close();
    }
  });

  it("bad admin and oidc sections are reported with their paths", () => {
    let message = "";
    try {
      parseConfig({ admin: { allowFrom: ["10.0.0.0/99"], bodyLimit: 5 }, oidc: { issuer: "x", audience: "y", jwksUrl: "http://idp.example.com/k", algorithms: ["HS256"], roleMap: { g: "root" } } }, {}, "test");
    } catch (err) {
      message = String(err);
    }
    for (const path of ["admin.allowFrom.0", "admin.bodyLimit", "oidc.jwksUrl", "oidc.algorithms.0", "oidc.roleMap.g"]) expect(message).toContain(path);
  });
});
