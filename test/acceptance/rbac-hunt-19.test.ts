/**
 * Acceptance hunt 19, RBAC across tenants (issue 6 "Roles and tenants"): every tenant-scoped admin route, called on
 * tenant `victim` by every role of tenant `intruder` — with API keys and with OIDC tokens (a local JWKS file) — with
 * the victim's real key id and real request id in the path. Each answer is the role check's 403 or the same 404 a
 * missing resource gets; nothing of the victim's changes; a global admin of another tenant is let through.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_ROUTES } from "../../src/admin/admin-routes.js";
import { ALL_ROLES, type Role } from "../../src/core/principal.js";
import { type AdminAnswer, adminCall, codeOf, startAdminGateway } from "../admin/admin-support.js";
import { postJson, type TestGateway, tempDir } from "../support/test-gateway.js";

const ISSUER = "https://idp.rbac19.test";
let g: TestGateway & { creds: Record<Role, string> };
let victimKey: { id: string; key: string };
let victimRequestId = "";
const intruder: Record<string, string> = {};
const dir = tempDir("warden-rbac19-");

const BODIES: Record<string, unknown> = {
  "tenants.update": { disabled: true },
  "keys.create": { app: "planted", roles: ["app"] },
  "keys.rotate": { overlapSeconds: 0 },
  "vault.erase": { confirm: true },
  "policy.tenant.validate": { scopes: [{ rules: [{ id: "r1", match: { category: "secret" }, action: "allow" }] }] },
  "policy.tenant.apply": { scopes: [{ rules: [{ id: "r1", match: { category: "secret" }, action: "allow" }] }] },
};
const pathFor = (p: string, tenant: string) => p.replace(":tenant", tenant).replace(":id", victimKey.id).replace(":requestId", victimRequestId);
const visible = (a: AdminAnswer) => ({ status: a.status, body: a.text });

beforeAll(async () => {
  const pair = await generateKeyPair("ES256");
  writeFileSync(join(dir, "jwks.json"), JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "ES256", use: "sig" }] }));
  g = await startAdminGateway({
    oidc: { issuer: ISSUER, audience: "warden", jwksFile: join(dir, "jwks.json"), tenantClaim: "org", rolesClaim: "groups", roleMap: { ops: "operator", audit: "auditor", apps: "app", root: "admin" }, algorithms: ["ES256"] },
  });
  const k = g.gw.keys.create({ tenant: "victim", app: "bot", roles: ["app"] });
  victimKey = { id: k.record.id, key: k.key };
  // One call of the victim's, so its request id exists in the audit log.
  const res = await postJson(`${g.url}/v1/chat/completions`, { model: "demo-1", messages: [{ role: "user", content: "hello" }] }, k.key, { "x-request-id": "victim-req-19" });
  await res.text();
  victimRequestId = "victim-req-19";
  // Every role but admin (a global admin crosses tenants by design; see the last test).
  for (const role of ALL_ROLES.filter((r) => r !== "admin")) intruder[`key:${role}`] = g.gw.keys.create({ tenant: "intruder", app: `${role}-app`, roles: [role] }).key;
  const now = Math.floor(Date.now() / 1000);
  const groups: Record<Role, string> = { app: "apps", operator: "ops", auditor: "audit", admin: "root" };
  for (const role of ["app", "operator", "auditor"] as const) {
    intruder[`oidc:${role}`] = await new SignJWT({ org: "intruder", groups: [groups[role]] })
      .setProtectedHeader({ alg: "ES256", kid: "k1" })
      .setSubject(`mallory-${role}`)
      .setIssuer(ISSUER)
      .setAudience("warden")
      .setExpirationTime(now + 600)
      .sign(pair.privateKey);
  }
});
afterAll(async () => {
  await g?.close();
});

describe("every tenant-scoped route, every role of another tenant, keys and tokens", () => {
  const scoped = ADMIN_ROUTES.filter((r) => r.path.includes(":tenant"));

  it("answers the role check's 403 or exactly the 404 of a missing tenant; the victim's key, policy and tenant are untouched", async () => {
    const policyBefore = (await adminCall(g.url, "GET", "/admin/v1/tenants/victim/policy", g.creds.admin)).text;
    let refused = 0;
    for (const route of scoped) {
      const body = route.method === "GET" || route.method === "DELETE" ? undefined : (BODIES[route.action] ?? {});
      for (const [who, cred] of Object.entries(intruder)) {
        const role = who.split(":")[1] as Role;
        const a = await adminCall(g.url, route.method, pathFor(route.path, "victim"), cred, body);
        const what = `${who} ${route.method} ${route.path}`;
        expect(a.status, what).not.toBe(500);
        if (!route.roles.includes(role)) {
          expect([a.status, codeOf(a)], what).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
        } else {
          // The same answer as for a tenant that does not exist at all.
          const missing = await adminCall(g.url, route.method, pathFor(route.path, "no-such-tenant-19"), cred, body);
          expect(visible(a), what).toEqual(visible(missing));
          expect([a.status, codeOf(a)], what).toEqual([404, "WARDEN_ADMIN_NOT_FOUND"]);
          expect(a.text, what).not.toContain("victim");
          refused++;
        }
      }
    }
    expect(refused).toBeGreaterThan(20);
    const rec = g.gw.keys.get(victimKey.id);
    expect([rec?.revokedAt, rec?.replacedBy, rec?.expiresAt]).toEqual([null, null, null]);
    expect(g.gw.keys.list("victim").map((k) => k.app)).toEqual(["bot"]);
    expect((await adminCall(g.url, "GET", "/admin/v1/tenants/victim/policy", g.creds.admin)).text).toBe(policyBefore);
    const t = await adminCall(g.url, "GET", "/admin/v1/tenants/victim", g.creds.admin);
    expect((t.json?.["tenant"] as { disabled: boolean }).disabled).toBe(false);
    const call = await postJson(`${g.url}/v1/chat/completions`, { model: "demo-1", messages: [{ role: "user", content: "still here" }] }, victimKey.key);
    expect(call.status).toBe(200);
  });

  it("the victim's key id under the intruder's own tenant path is missing too (ids in the path do not cross tenants)", async () => {
    for (const role of ["operator"] as const) {
      for (const cred of [intruder[`key:${role}`], intruder[`oidc:${role}`]] as string[]) {
        for (const [m, p, body] of [
          ["GET", `/admin/v1/tenants/intruder/keys/${victimKey.id}`, undefined],
          ["POST", `/admin/v1/tenants/intruder/keys/${victimKey.id}/revoke`, undefined],
          ["POST", `/admin/v1/tenants/intruder/keys/${victimKey.id}/rotate`, { overlapSeconds: 0 }],
        ] as const) {
          const a = await adminCall(g.url, m, p, cred, body);
          expect([a.status, codeOf(a)], `${m} ${p}`).toEqual([404, "WARDEN_ADMIN_NOT_FOUND"]);
        }
      }
    }
    // An intruder auditor's proof request for the victim's request id under its own tenant finds nothing of the victim's.
    for (const cred of [intruder["key:auditor"], intruder["oidc:auditor"]] as string[]) {
      const a = await adminCall(g.url, "GET", `/admin/v1/tenants/intruder/audit/proofs/${victimRequestId}`, cred);
      expect([a.status, codeOf(a)]).toEqual([404, "WARDEN_ADMIN_NOT_FOUND"]);
      const s = await adminCall(g.url, "GET", `/admin/v1/tenants/intruder/audit/records?requestId=${victimRequestId}`, cred);
      expect([s.status, s.json?.["count"]]).toEqual([200, 0]);
    }
    expect(g.gw.keys.get(victimKey.id)?.revokedAt).toBeNull();
  });

  it("a global admin of another tenant reaches the victim's resources", async () => {
    const a = await adminCall(g.url, "GET", `/admin/v1/tenants/victim/keys/${victimKey.id}`, g.creds.admin);
    expect(a.status).toBe(200);
    const p = await adminCall(g.url, "GET", `/admin/v1/tenants/victim/audit/proofs/${victimRequestId}`, g.creds.admin);
    expect(p.status).toBe(200);
  });
});
