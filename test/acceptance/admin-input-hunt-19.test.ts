/**
 * Acceptance hunt 19, hostile input on the admin API (issue 6 "Bad input", docs/admin-api.md "Requests and answers"):
 * every route of the table with odd path values, bodies and filters answers a documented 4xx in JSON with the
 * security headers — never a 500 — on SQLite and on a PostgreSQL audit store.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ADMIN_ROUTES } from "../../src/admin/admin-routes.js";
import { type AdminAnswer, adminCall, codeOf, startAdminGateway } from "../admin/admin-support.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `hunt19_admin_input_${randomBytes(4).toString("hex")}`;

afterAll(async () => {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
});

/** A 4xx in the admin error shape, with the headers every admin answer carries. */
function expectCleanRefusal(a: AdminAnswer, what: string): void {
  expect(a.status, `${what}: ${a.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(a.status, `${what}: ${a.text.slice(0, 200)}`).toBeLessThan(500);
  expect(String(codeOf(a)), what).toMatch(/^WARDEN_[A-Z_]+$/);
  expect(a.headers.get("x-content-type-options"), what).toBe("nosniff");
  expect(a.headers.get("cache-control"), what).toBe("no-store");
}

const FAR_EPOCHS = ["99999999999999999999", "8640000000000001", "1".repeat(400)];

describe.each([
  ["SQLite", {}],
  ["PostgreSQL", { store: { type: "postgres", url: PG_URL, schema } }],
])("audit time filters beyond a Date's range (%s)", (_name, extra) => {
  it("records, export and summary answer 400 WARDEN_ADMIN_INVALID_QUERY naming the field, not 500", async () => {
    const g = await startAdminGateway(extra);
    try {
      for (const route of ["records", "export", "summary"]) {
        for (const [field, value] of FAR_EPOCHS.flatMap((v): [string, string][] => [
          ["from", v],
          ["to", v],
        ])) {
          const a = await adminCall(g.url, "GET", `/admin/v1/tenants/t1/audit/${route}?${field}=${value}`, g.creds.admin);
          expectCleanRefusal(a, `${route} ${field}=${value.slice(0, 24)}`);
          expect(codeOf(a)).toBe("WARDEN_ADMIN_INVALID_QUERY");
          expect((a.json?.["error"] as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([field]);
          expect(a.text).not.toContain(value.slice(0, 16)); // the value is not echoed
        }
        // The largest instant a Date holds is still a valid bound.
        const edge = await adminCall(g.url, "GET", `/admin/v1/tenants/t1/audit/${route}?to=8640000000000000`, g.creds.admin);
        expect(edge.status, edge.text.slice(0, 200)).toBe(200);
      }
    } finally {
      await g.close();
    }
  }, 60_000);
});

describe("every admin route against hostile values", () => {
  it("odd tenants and ids in the path, malformed bodies and filters: a documented 4xx each, never a 500", async () => {
    const g = await startAdminGateway();
    try {
      const kid = g.gw.keys.create({ tenant: "t1", app: "bot", roles: ["app"] }).record.id;
      const tenants = ["t1", "..", "%2e%2e", "t1%00", "%FF", "t1%2Fkeys", "__proto__", "a".repeat(65)];
      const ids = [kid, "%00", "__proto__", "a".repeat(300), "%E2%80%AE"];
      const bodies = ["[]", "null", '"x"', '{"app":1}', '{"scopes":[null]}', '{"scopes":[{"match":[]}]}', '{"overlapSeconds":1e309}', '{"disabled":"true"}', '{"app":"x","cidrs":["fe80::1%eth0"]}', '{"app":"x","expiresInSeconds":0.5}', '{"app":"x","limits":{"rpm":-1}}'];
      const queries = ["?limit=0", "?limit=10001", "?from=abc", "?kind=x", "?format=xml", `?requestId=${"a".repeat(300)}`, "?a=1&a=2", "?incomplete=TRUE"];
      let calls = 0;
      for (const r of ADMIN_ROUTES) {
        for (const t of r.path.includes(":tenant") ? tenants : ["-"]) {
          for (const id of r.path.includes(":id") || r.path.includes(":requestId") ? ids : ["-"]) {
            const path = r.path.replace(":tenant", t).replace(":id", id).replace(":requestId", id);
            for (const q of r.query ? queries : [""]) {
              for (const b of r.method === "GET" ? [undefined] : bodies) {
                const a = await adminCall(g.url, r.method, `${path}${q}`, g.creds.admin, b);
                calls++;
                // A hostile value may still be a fine request (e.g. a revoke ignores its body): only 5xx is wrong.
                if (a.status >= 400) expectCleanRefusal(a, `${r.method} ${path}${q} ${String(b)}`);
                else expect(a.status, `${r.method} ${path}${q} ${String(b)}`).toBeLessThan(300);
              }
            }
          }
        }
      }
      expect(calls).toBeGreaterThan(500);
    } finally {
      await g.close();
    }
  }, 120_000);
});

describe("warden audit search on PostgreSQL: a time beyond a Date's range", () => {
  it("is refused as not a time, naming the option, before the store is asked", async () => {
    const { spawnSync } = await import("node:child_process");
    const { rmSync, writeFileSync } = await import("node:fs");
    const { join, resolve } = await import("node:path");
    const { tempDir } = await import("../support/test-gateway.js");
    const dir = tempDir("warden-audit-cli-hunt19-");
    try {
      const cfg = join(dir, "w.yaml");
      writeFileSync(cfg, JSON.stringify({ dataDir: dir, providers: { demo: { type: "demo" } }, routes: [{ models: ["*"], provider: "demo" }], store: { type: "postgres", url: PG_URL, schema } }));
      const bin = join(resolve(import.meta.dirname, "../.."), "bin/warden.js");
      const r = spawnSync(process.execPath, [bin, "audit", "search", "--from", "99999999999999999999", "-c", cfg], { encoding: "utf8", timeout: 30_000 });
      expect(r.status).toBe(2); // a usage error (docs/audit.md), like a --limit that is not a whole number
      expect(r.stderr).toMatch(/--from: not a time/);
      expect(r.stderr).not.toMatch(/bigint/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
