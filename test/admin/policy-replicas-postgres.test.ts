import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PolicyAdmin } from "../../src/admin/policy-admin.js";
import { PostgresTenantPolicyStore } from "../../src/admin/postgres-tenant-policy-store.js";
import { compilePolicy } from "../../src/decide/compile-policy.js";
import { parsePolicy } from "../../src/decide/load-policy.js";
import { PolicyHolder } from "../../src/enforce/policy-holder.js";
import { PolicyReloader } from "../../src/enforce/policy-reloader.js";
import { LocalKek } from "../../src/record/key-encryption-key.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `policies_test_${randomBytes(4).toString("hex")}`;
/** The audit KEK every replica shares (it wraps the policy data key). */
const kek = new LocalKek(randomBytes(32));

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
  const store = await PostgresTenantPolicyStore.open({ url: PG_URL, schema, kek });
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

describe("a policy change and its history entry are one transaction (PostgreSQL)", () => {
  it("when the history write fails, neither the policy nor the history row is kept, and the policy before is back in force", async () => {
    const a = await replica();
    const b = await replica();
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      a.admin.watch(50);
      const scopes = { scopes: [{ match: {}, rules: [{ id: "mail", match: { type: "EMAIL_ADDRESS" }, action: "block" }] }] };
      const kept = a.admin.applyTenant("delta", scopes, "ops-ok");
      await a.admin.flush();
      // A failure between the two writes: the history insert of this actor's change is refused by the database.
      await c.query(`CREATE OR REPLACE FUNCTION "${schema}".refuse_history() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'history write refused (test)'; END $$ LANGUAGE plpgsql`);
      await c.query(`CREATE TRIGGER refuse_history BEFORE INSERT ON "${schema}".warden_admin_policy_versions FOR EACH ROW WHEN (NEW.applied_by = 'fail-history') EXECUTE FUNCTION "${schema}".refuse_history()`);
      const versionsBefore = (await c.query(`SELECT count(*)::int AS n FROM "${schema}".warden_admin_policy_versions`)).rows[0] as { n: number };
      a.admin.applyTenant("delta", { scopes: [{ match: {}, rules: [{ id: "mail", match: { type: "EMAIL_ADDRESS" }, action: "monitor" }] }] }, "fail-history");
      a.admin.applyTenant("epsilon", scopes, "fail-history");
      await expect(a.admin.flush()).rejects.toThrow(/history write refused/);
      // neither row: the policy rows are what they were before, the history has no new entry
      const rows = (await c.query(`SELECT scope, updated_by FROM "${schema}".warden_admin_policies WHERE scope IN ('delta', 'epsilon') ORDER BY scope`)).rows;
      expect(rows).toEqual([{ scope: "delta", updated_by: "ops-ok" }]);
      expect((await c.query(`SELECT count(*)::int AS n FROM "${schema}".warden_admin_policy_versions`)).rows[0]).toEqual(versionsBefore);
      // the memory copy is undone, and the watcher puts the stored policy back in force
      expect(a.store.get("delta")?.updatedBy).toBe("ops-ok");
      expect(a.store.get("epsilon")).toBeUndefined();
      await expect.poll(() => a.holder.current.version, { timeout: 2_000, interval: 25 }).toBe(kept.version);
      // another replica never saw either
      b.reloader.reload("check");
      expect(b.store.get("delta")?.updatedBy).toBe("ops-ok");
      expect(b.store.get("epsilon")).toBeUndefined();
      expect((await b.admin.versions("epsilon")).length).toBe(0);
    } finally {
      await c.query(`DROP TRIGGER IF EXISTS refuse_history ON "${schema}".warden_admin_policy_versions`).catch(() => undefined);
      await c.end();
      await a.close();
      await b.close();
    }
  });
});
