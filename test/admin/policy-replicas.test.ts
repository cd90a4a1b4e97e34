import { rmSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { PolicyAdmin } from "../../src/admin/policy-admin.js";
import { SqliteTenantPolicyStore } from "../../src/admin/sqlite-tenant-policy-store.js";
import { compilePolicy } from "../../src/decide/compile-policy.js";
import { parsePolicy } from "../../src/decide/load-policy.js";
import { PolicyHolder } from "../../src/enforce/policy-holder.js";
import { PolicyReloader } from "../../src/enforce/policy-reloader.js";
import { kekFromFile } from "../../src/record/key-encryption-key.js";
import { tempDir } from "../support/test-gateway.js";

const dir = tempDir("warden-policy-replicas-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One replica's policy side: its own holder, reloader and store connection, over a shared data directory. */
async function replica() {
  const config = { rules: [{ id: "base", match: { category: "secret" }, action: "block" }] };
  const holder = new PolicyHolder(compilePolicy(parsePolicy(config)));
  const store = await SqliteTenantPolicyStore.open(dir, kekFromFile(join(dir, "audit-kek.key"), true));
  const admin = new PolicyAdmin(store, holder);
  const reloader = new PolicyReloader({ holder, policyConfig: config, compose: admin.compose });
  admin.attach(reloader);
  return { holder, store, admin, reloader, close: () => (admin.close(), store.close()) };
}

describe("tenant policies across replicas sharing warden.db", () => {
  it("a policy applied on one replica is picked up by the other's watcher; a config reload keeps it", async () => {
    const a = await replica();
    const b = await replica();
    try {
      b.admin.watch(50);
      const before = b.holder.current.version;
      const r = a.admin.applyTenant("acme", { scopes: [{ match: {}, rules: [{ id: "no-email", match: { type: "EMAIL_ADDRESS" }, action: "block" }] }] }, "test");
      expect(a.holder.current.version).toBe(r.version);
      await expect.poll(() => b.holder.current.version, { timeout: 2_000, interval: 25 }).toBe(r.version);
      expect(b.holder.current.version).not.toBe(before);
      expect(b.holder.current.doc.scopes.map((s) => s.id)).toEqual(["tenant:acme"]);
      // The config's own reload (file change, SIGHUP) composes the stored scopes back in.
      b.reloader.reload("SIGHUP");
      expect(b.holder.current.version).toBe(r.version);
      // Removal propagates too.
      a.admin.remove("acme", "test");
      await expect.poll(() => b.holder.current.version, { timeout: 2_000, interval: 25 }).toBe(before);
    } finally {
      a.close();
      b.close();
    }
  });

  it("a candidate that does not compile changes nothing, on any replica", async () => {
    const a = await replica();
    try {
      const before = a.holder.current.version;
      expect(() => a.admin.applyTenant("acme", { scopes: [{ match: {}, rules: [{ id: "x", match: { type: "A" }, action: "obliterate" }] }] }, "test")).toThrow();
      expect(a.holder.current.version).toBe(before);
      expect(a.store.get("acme")).toBeUndefined();
    } finally {
      a.close();
    }
  });
});

describe("a policy change and its history entry are one transaction (SQLite)", () => {
  it("when the history write fails, neither is kept, the call is refused with WARDEN_ADMIN_STORE, and the policy before stays in force", async () => {
    const a = await replica();
    const b = await replica();
    const raw = new Database(join(dir, "warden.db"));
    try {
      const scopes = (action: string) => ({ scopes: [{ match: {}, rules: [{ id: "mail", match: { type: "EMAIL_ADDRESS" }, action }] }] });
      const kept = a.admin.applyTenant("zeta", scopes("block"), "ops-ok");
      raw.exec("CREATE TRIGGER refuse_history BEFORE INSERT ON admin_policy_versions WHEN NEW.applied_by = 'fail-history' BEGIN SELECT RAISE(ABORT, 'history write refused (test)'); END");
      const count = () => (raw.prepare("SELECT count(*) AS n FROM admin_policy_versions").get() as { n: number }).n;
      const before = count();
      let err: unknown;
      try {
        a.admin.applyTenant("zeta", scopes("monitor"), "fail-history");
      } catch (e) {
        err = e;
      }
      expect(err).toMatchObject({ code: "WARDEN_ADMIN_STORE" });
      expect(raw.prepare("SELECT updated_by FROM admin_policies WHERE scope = 'zeta'").all()).toEqual([{ updated_by: "ops-ok" }]);
      expect(count()).toBe(before);
      expect(a.store.get("zeta")?.updatedBy).toBe("ops-ok");
      expect(a.holder.current.version).toBe(kept.version);
      // the connection is usable again (no transaction left open), and other connections see the state before
      expect(b.store.get("zeta")?.updatedBy).toBe("ops-ok");
      const next = a.admin.applyTenant("zeta", scopes("redact"), "ops-ok-2");
      expect((await a.admin.versions("zeta"))[0]).toMatchObject({ version: next.version, appliedBy: "ops-ok-2" });
    } finally {
      raw.exec("DROP TRIGGER IF EXISTS refuse_history");
      raw.close();
      a.close();
      b.close();
    }
  });
});
