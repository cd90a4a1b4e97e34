import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PolicyAdmin } from "../../src/admin/policy-admin.js";
import { PostgresTenantPolicyStore } from "../../src/admin/postgres-tenant-policy-store.js";
import { compilePolicy } from "../../src/decide/compile-policy.js";
import { parsePolicy } from "../../src/decide/load-policy.js";
import { PolicyHolder } from "../../src/enforce/policy-holder.js";
import { PolicyReloader } from "../../src/enforce/policy-reloader.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `policies_test_${randomBytes(4).toString("hex")}`;

afterAll(async () => {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
});

/** One replica's policy side over the shared PostgreSQL store (no shared file). */
async function replica() {
  const config = { rules: [{ id: "base", match: { category: "secret" }, action: "block" }] };
  const holder = new PolicyHolder(compilePolicy(parsePolicy(config)));
  const store = await PostgresTenantPolicyStore.open({ url: PG_URL, schema });
  const admin = new PolicyAdmin(store, holder);
  const reloader = new PolicyReloader({ holder, policyConfig: config, compose: admin.compose });
  admin.attach(reloader);
  return { holder, store, admin, reloader, close: async () => (admin.close(), await store.close()) };
}

describe("tenant policies across replicas sharing PostgreSQL (keys.store: postgres)", () => {
  it("a policy applied on one replica is stored, picked up by the other's watcher, loaded by a new replica, and removed everywhere", async () => {
    const a = await replica();
    const b = await replica();
    try {
      b.admin.watch(50);
      const before = b.holder.current.version;
      const r = a.admin.applyTenant("acme", { scopes: [{ match: {}, rules: [{ id: "no-email", match: { type: "EMAIL_ADDRESS" }, action: "block" }] }] }, "test");
      await a.admin.flush();
      expect(a.holder.current.version).toBe(r.version);
      await expect.poll(() => b.holder.current.version, { timeout: 2_000, interval: 25 }).toBe(r.version);
      expect(b.holder.current.doc.scopes.map((s) => s.id)).toEqual(["tenant:acme"]);
      const c = await replica();
      try {
        expect(c.store.get("acme")?.updatedBy).toBe("test");
        c.reloader.reload("start");
        expect(c.holder.current.version).toBe(r.version);
      } finally {
        await c.close();
      }
      a.admin.remove("acme", "test");
      await a.admin.flush();
      await expect.poll(() => b.holder.current.version, { timeout: 2_000, interval: 25 }).toBe(before);
      expect(b.store.get("acme")).toBeUndefined();
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe("policy versions across replicas sharing PostgreSQL", () => {
  it("versions applied on one replica are listed on another, which brings the first back; both run it", async () => {
    const a = await replica();
    const b = await replica();
    try {
      a.admin.watch(50);
      b.admin.watch(50);
      const scopes = (action: string) => ({ scopes: [{ match: {}, rules: [{ id: "mail", match: { type: "EMAIL_ADDRESS" }, action }] }] });
      const v1 = a.admin.applyTenant("beta", scopes("block"), "ops-key-1");
      const v2 = a.admin.applyTenant("beta", scopes("monitor"), "ops-key-2");
      await a.admin.flush();
      await expect.poll(() => b.holder.current.version, { timeout: 2_000, interval: 25 }).toBe(v2.version);
      const listed = await b.admin.versions("beta");
      expect(listed.map((v) => [v["version"], v["appliedBy"], v["action"], v["active"]])).toEqual([
        [v2.version, "ops-key-2", "apply", true],
        [v1.version, "ops-key-1", "apply", false],
      ]);
      const found = await b.admin.findVersion("beta", v1.version.slice(0, 12));
      const r = b.admin.activate(found, "ops-key-3");
      await b.admin.flush();
      expect(r.version).toBe(v1.version);
      await expect.poll(() => a.holder.current.version, { timeout: 2_000, interval: 25 }).toBe(v1.version);
      expect((await a.admin.versions("beta"))[0]).toMatchObject({ version: v1.version, appliedBy: "ops-key-3", action: "activate", active: true });
    } finally {
      await a.close();
      await b.close();
    }
  });
});
