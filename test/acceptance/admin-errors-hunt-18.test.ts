/**
 * Acceptance hunt 18, admin API error bodies (issue 6, bad input): a 400 names the fields that are wrong, never the
 * values the caller put there. A secret pasted into a query parameter, an enum field or a field name must not come
 * back in the error body (which callers' HTTP clients and proxies log), nor reach the log or the audit store.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminCall, codeOf } from "../admin/admin-support.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const SECRET = "AKIAQ7XPLM3ZR8TNVW2D";
const EMAIL = "jane.roe@example.org";
const lines: string[] = [];
let g: TestGateway;
let auditor = "";
let admin = "";

beforeAll(async () => {
  const logger = pino({ level: "trace" }, new Writable({ write(c: Buffer, _e, cb) { lines.push(String(c)); cb(); } }));
  g = await startTestGateway({ ...mockConfig("http://127.0.0.1:9"), policy: { rules: [] } }, { logger });
  auditor = g.gw.keys.create({ tenant: "t1", app: "aud", roles: ["auditor"] }).key;
  admin = g.gw.keys.create({ tenant: "root", app: "adm", roles: ["admin"] }).key;
});
afterAll(async () => {
  await g.close();
});

describe("a 400 from the admin API names fields, not values", () => {
  const cases: [string, string, string, string, () => string, unknown][] = [
    ["an enum query parameter", "GET", `/admin/v1/tenants/t1/audit/records?kind=${SECRET}`, "WARDEN_ADMIN_INVALID_QUERY", () => auditor, undefined],
    ["an unknown query parameter", "GET", `/admin/v1/tenants/t1/audit/export?${EMAIL}=1&format=csv`, "WARDEN_ADMIN_INVALID_QUERY", () => auditor, undefined],
    ["an enum body field and an unknown field name", "POST", "/admin/v1/tenants/t1/keys", "WARDEN_ADMIN_INVALID_BODY", () => admin, { app: "x", roles: [SECRET], [`note ${EMAIL}`]: 1 }],
  ];
  for (const [what, method, path, code, cred, body] of cases) {
    it(what, async () => {
      const r = await adminCall(g.url, method, path, cred(), body);
      expect(r.status).toBe(400);
      expect(codeOf(r)).toBe(code);
      const issues = (r.json?.["error"] as { issues: { path: string; message: string }[] }).issues;
      expect(issues.length).toBeGreaterThan(0);
      expect(r.text).not.toContain(SECRET);
      expect(r.text).not.toContain(EMAIL);
      expect(r.text).not.toContain("AKIA");
    });
  }

  it("the answer still says what is wrong: the allowed values of an enum, how many fields are unknown", async () => {
    const r = await adminCall(g.url, "POST", "/admin/v1/tenants/t1/keys", admin, { app: "x", roles: [SECRET], [`note ${EMAIL}`]: 1, other: 2 });
    const issues = (r.json?.["error"] as { issues: { path: string; message: string }[] }).issues;
    expect(issues).toContainEqual({ path: "roles.0", message: expect.stringContaining("'app' | 'operator' | 'auditor' | 'admin'") as unknown });
    expect(issues).toContainEqual({ path: "", message: expect.stringMatching(/2 unrecognized/i) as unknown });
  });

  it("neither the log nor any file of the data directory holds the values", async () => {
    await g.gw.audit?.flush();
    expect(lines.join("")).not.toContain(SECRET);
    for (const f of readdirSync(g.dataDir)) {
      const buf = readFileSync(join(g.dataDir, f));
      expect(buf.includes(SECRET), f).toBe(false);
      expect(buf.includes(EMAIL), f).toBe(false);
    }
  });
});
