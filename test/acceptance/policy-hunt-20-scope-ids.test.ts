/**
 * Acceptance hunt 20, scope ids: a scope's id names it in every decision path (`scopes: ["global", "acme"]`, what the
 * audit trail stores) and in the admin API's tenant view. Two scopes with one id were accepted, in a policy file and
 * in a tenant's policy through the admin API (both stored as `tenant:t1:x`), so a recorded decision could not tell
 * which of them applied. Duplicate rule ids were already refused; duplicate scope ids are now refused the same way.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { adminCall, codeOf } from "../admin/admin-support.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const dir = mkdtempSync(join(tmpdir(), "warden-scope-ids-hunt-"));
let t: TestGateway;
let operator: string;
beforeAll(async () => {
  t = await startTestGateway({ ...mockConfig("http://127.0.0.1:9"), policy: { rules: [] } });
  operator = t.gw.keys.create({ tenant: "t1", app: "ops", roles: ["operator"] }).key;
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("two scopes with one id", () => {
  it("warden policy validate refuses them, naming the second", async () => {
    const file = join(dir, "p.yaml");
    writeFileSync(file, ["scopes:", "  - { id: acme, match: { tenant: acme }, rules: [] }", "  - { id: beta, match: { tenant: beta }, rules: [] }", "  - { id: acme, match: { app: support }, rules: [] }", ""].join("\n"));
    let err = "";
    const o = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
    let code: number;
    try {
      code = await main(["node", "warden", "policy", "validate", file]);
    } finally {
      o.mockRestore();
      e.mockRestore();
      process.exitCode = undefined;
    }
    expect(code).toBe(2);
    expect(err).toContain("scopes.2.id: duplicate scope id 'acme'");
  });

  it("the admin API refuses a tenant policy with them (validate and apply), and applies none", async () => {
    const body = { scopes: [{ id: "x", rules: [{ id: "a", match: { type: "EMAIL_ADDRESS" }, action: "block" }] }, { id: "x", rules: [] }] };
    for (const [method, path] of [["POST", "/admin/v1/tenants/t1/policy/validate"], ["PUT", "/admin/v1/tenants/t1/policy"]] as const) {
      const r = await adminCall(t.url, method, path, operator, body);
      expect(r.status).toBe(400);
      expect(codeOf(r)).toBe("WARDEN_ADMIN_INVALID_POLICY");
      expect((r.json?.["error"] as { issues: { path: string; message: string }[] }).issues).toContainEqual({ path: "scopes.1.id", message: "duplicate scope id 'tenant:t1:x'" });
    }
    const view = await adminCall(t.url, "GET", "/admin/v1/tenants/t1/policy", operator);
    expect(view.json?.["scopes"]).toEqual([]);
  });
});
