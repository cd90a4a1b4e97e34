import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_ROUTES } from "../../src/admin/admin-routes.js";
import { ALL_ROLES, type Role } from "../../src/core/principal.js";
import type { TestGateway } from "../support/test-gateway.js";
import { adminCall, codeOf, startAdminGateway } from "./admin-support.js";

let tg: TestGateway & { creds: Record<Role, string> };
let targetKeyId: string;

beforeAll(async () => {
  tg = await startAdminGateway();
  targetKeyId = tg.gw.keys.create({ tenant: "t1", app: "target", roles: ["app"] }).record.id;
});
afterAll(async () => {
  await tg?.close();
});

/** A body each write route accepts (so an allowed call gets past validation, and a refusal is the role check's). */
const BODIES: Record<string, unknown> = {
  "tenants.create": { id: "matrix-tenant" },
  "tenants.update": { name: "Tenant one" },
  "keys.create": { app: "matrix", roles: ["app"] },
  "keys.revoke": undefined,
  "keys.rotate": { overlapSeconds: 0 },
  "policy.tenant.validate": { scopes: [{ match: {}, rules: [{ id: "r1", match: { category: "secret" }, action: "block" }] }] },
  "policy.tenant.apply": { scopes: [{ match: {}, rules: [{ id: "r1", match: { category: "secret" }, action: "block" }] }] },
  "policy.validate": { rules: [] },
  "vault.erase": { confirm: true },
  "policy.apply": { rules: [] },
};

function concretePath(path: string): string {
  return path.replace(":tenant", "t1").replace(":id", targetKeyId).replace(":requestId", "req-matrix").replace(":version", "0".repeat(64));
}

describe("RBAC matrix: every role × every admin route, expected from the route table", () => {
  const cases = ADMIN_ROUTES.flatMap((route) => ALL_ROLES.map((role) => ({ route, role, allowed: route.roles.includes(role) })));

  it("covers every route and every role", () => {
    expect(cases.length).toBe(ADMIN_ROUTES.length * 4);
    expect(ADMIN_ROUTES.every((r) => !r.roles.includes("app"))).toBe(true);
  });

  it.each(cases.map((c) => ({ ...c, name: `${c.role} ${c.allowed ? "may" : "may not"} ${c.route.method} ${c.route.path}` })))("$name", async ({ route, role, allowed }) => {
    const body = route.method === "GET" || route.method === "DELETE" ? undefined : (BODIES[route.action] ?? {});
    const a = await adminCall(tg.url, route.method, concretePath(route.path), tg.creds[role], body);
    if (allowed) {
      // Past the role check: a result, or an answer about the resource (missing, conflict), never a refusal.
      expect([a.status, codeOf(a)]).not.toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
      expect(a.status, a.text).not.toBe(401);
      expect(a.status, a.text).toBeLessThan(500);
    } else {
      expect(a.status, a.text).toBe(403);
      expect(codeOf(a)).toBe("WARDEN_ADMIN_FORBIDDEN");
    }
    expect(a.headers.get("cache-control")).toBe("no-store");
    expect(a.headers.get("x-content-type-options")).toBe("nosniff");
    expect(a.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(a.headers.get("referrer-policy")).toBe("no-referrer");
    expect(a.headers.get("strict-transport-security")).toBeNull();
  });

  it("refuses missing, invalid and model-only credentials before any route logic", async () => {
    const none = await adminCall(tg.url, "GET", "/admin/v1/whoami", undefined);
    expect([none.status, codeOf(none)]).toEqual([401, "WARDEN_AUTH_MISSING_KEY"]);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    const bad = await adminCall(tg.url, "GET", "/admin/v1/tenants", "wdn_nonsense");
    expect(bad.status).toBe(401);
    const jwt = await adminCall(tg.url, "GET", "/admin/v1/whoami", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln");
    expect([jwt.status, codeOf(jwt)]).toEqual([401, "WARDEN_AUTH_TOKEN_NOT_ACCEPTED"]);
    const unknown = await adminCall(tg.url, "GET", "/admin/v1/nothing-here", tg.creds.admin);
    expect([unknown.status, codeOf(unknown)]).toEqual([404, "WARDEN_ADMIN_NOT_FOUND"]);
    const method = await adminCall(tg.url, "DELETE", "/admin/v1/tenants", tg.creds.admin);
    expect([method.status, codeOf(method)]).toEqual([405, "WARDEN_REQUEST_METHOD"]);
  });

  it("model traffic needs the app role: operator, auditor and admin keys are refused on /v1", async () => {
    for (const role of ["operator", "auditor", "admin"] as const) {
      const res = await fetch(`${tg.url}/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${tg.creds[role]}`, "content-type": "application/json" },
        body: JSON.stringify({ model: "demo", messages: [{ role: "user", content: "hi" }] }),
      });
      const body = (await res.json()) as { error: { code: string } };
      expect([res.status, body.error.code]).toEqual([403, "WARDEN_AUTH_ROLE_REQUIRED"]);
    }
    const ok = await fetch(`${tg.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${tg.creds.app}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "demo", messages: [{ role: "user", content: "hi" }] }),
    });
    expect(ok.status).toBe(200);
  });
});
