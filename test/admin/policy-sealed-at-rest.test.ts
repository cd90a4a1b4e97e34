/**
 * Admin-API policy documents are sealed at rest, on SQLite and PostgreSQL: the policy in force per scope and every
 * kept version (both hold the hash key and the canaries). Rows written before sealing are sealed when the store
 * opens; a sealed document moved to another scope, or between the history and the policy in force, does not open; the
 * policy data key follows a KEK rotation, and a store opened under another KEK is refused with a message that says so.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PostgresPolicyKeyTable, PostgresTenantPolicyStore } from "../../src/admin/postgres-tenant-policy-store.js";
import { rewrapPolicyKey } from "../../src/admin/policy-key.js";
import { SqlitePolicyKeyTable, SqliteTenantPolicyStore } from "../../src/admin/sqlite-tenant-policy-store.js";
import type { TenantPolicyStore } from "../../src/admin/tenant-policy-store.js";
import { storePool } from "../../src/postgres/store-pool.js";
import { type KeyEncryptionKey, LocalKek } from "../../src/record/key-encryption-key.js";
import { tempDir } from "../support/test-gateway.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const run = randomBytes(4).toString("hex");
const dirs: string[] = [];
const schemas: string[] = [];

async function pgQuery<T extends pg.QueryResultRow>(text: string, args: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    return (await c.query<T>(text, args)).rows;
  } finally {
    await c.end();
  }
}

afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  for (const s of schemas) await pgQuery(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
});

/** One backend: how to open its store, and raw SQL on its tables (the names differ: `admin_*` / `warden_admin_*`). */
interface Backend {
  open(kek: KeyEncryptionKey): Promise<TenantPolicyStore>;
  /** Raw SQL with `{policies}` and `{versions}` standing for the table names; `?` placeholders, in order. */
  sql(text: string, args?: unknown[]): Promise<Record<string, unknown>[]>;
  rewrap(current: KeyEncryptionKey, next: KeyEncryptionKey): Promise<boolean>;
}

function sqliteBackend(): Backend {
  const dir = tempDir("warden-policy-seal-");
  dirs.push(dir);
  const withDb = <T>(fn: (db: Database.Database) => T): T => {
    const db = new Database(join(dir, "warden.db"));
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };
  return {
    open: (kek) => SqliteTenantPolicyStore.open(dir, kek),
    async sql(text, args = []) {
      const q = text.replaceAll("{policies}", "admin_policies").replaceAll("{versions}", "admin_policy_versions");
      return withDb((db) => {
        const st = db.prepare(q);
        return st.reader ? (st.all(...args) as Record<string, unknown>[]) : (st.run(...args), []);
      });
    },
    rewrap: async (current, next) => {
      const db = new Database(join(dir, "warden.db"));
      try {
        return await rewrapPolicyKey(new SqlitePolicyKeyTable(db), current, next);
      } finally {
        db.close();
      }
    },
  };
}

function postgresBackend(): Backend {
  const schema = `hopen_policy_seal_${run}_${schemas.length}`;
  schemas.push(schema);
  return {
    open: (kek) => PostgresTenantPolicyStore.open({ url: PG_URL, schema, kek, refreshMs: 3_600_000 }),
    async sql(text, args = []) {
      let i = 0;
      const q = text.replaceAll("{policies}", `"${schema}".warden_admin_policies`).replaceAll("{versions}", `"${schema}".warden_admin_policy_versions`).replace(/\?/g, () => `$${++i}`);
      return pgQuery(q, args);
    },
    rewrap: async (current, next) => {
      const pool = storePool(PG_URL, schema);
      try {
        return await rewrapPolicyKey(new PostgresPolicyKeyTable(pool), current, next);
      } finally {
        await pool.end();
      }
    },
  };
}

const CANARY = "CANARY-ZQ7X41PLM";
const HASH_KEY = "hash-key-0123456789-secret";
const globalDoc = JSON.stringify({ hashKey: HASH_KEY, leakage: { canaries: [CANARY] }, rules: [] });
const tenantDoc = (n: number) => JSON.stringify([{ match: {}, rules: [{ id: `r${n}`, match: { type: "EMAIL_ADDRESS" }, action: "redact" }] }]);
const V1 = "a".repeat(64);
const V2 = "b".repeat(64);

async function close(s: TenantPolicyStore): Promise<void> {
  await s.flush();
  await s.close();
}

/** Apply a document the way PolicyAdmin does: the change and its history entry together. */
async function apply(s: TenantPolicyStore, scope: string, document: string, version: string): Promise<void> {
  s.change(scope, { scope, document, updatedAt: Date.now(), updatedBy: "test" }).commit({ scope, version, document, action: "apply", appliedAt: Date.now(), appliedBy: "test" });
  await s.flush();
}

describe.each([
  ["SQLite", sqliteBackend],
  ["PostgreSQL", postgresBackend],
] as const)("policy documents sealed at rest (%s)", (_name, make) => {
  it("the policy in force and every kept version are stored sealed, and read back as applied", async () => {
    const b = make();
    const kek = new LocalKek(randomBytes(32));
    const s = await b.open(kek);
    await apply(s, "*", globalDoc, V1);
    await apply(s, "acme", tenantDoc(1), V1);
    await apply(s, "acme", tenantDoc(2), V2);
    await close(s);

    const stored = [...(await b.sql("SELECT document FROM {policies}")), ...(await b.sql("SELECT document FROM {versions}"))].map((r) => String(r["document"]));
    expect(stored).toHaveLength(5);
    for (const d of stored) {
      expect(d.startsWith("wps1:")).toBe(true);
      expect(d).not.toContain(CANARY);
      expect(d).not.toContain(HASH_KEY);
      expect(d).not.toContain("EMAIL_ADDRESS");
    }

    const again = await b.open(kek);
    try {
      expect(again.get("*")?.document).toBe(globalDoc);
      expect(again.get("acme")?.document).toBe(tenantDoc(2));
      expect((await again.versions("acme")).map((v) => [v.version, v.document])).toEqual([
        [V2, tenantDoc(2)],
        [V1, tenantDoc(1)],
      ]);
      expect((await again.versions("*"))[0]?.document).toBe(globalDoc);
    } finally {
      await close(again);
    }
  });

  it("rows written before sealing (policy in force and history) are sealed when the store opens, and read as before", async () => {
    const b = make();
    const kek = new LocalKek(randomBytes(32));
    // A store made by the version before sealing: tables, plain documents.
    await close(await b.open(kek));
    await b.sql("DELETE FROM {policies}");
    await b.sql("INSERT INTO {policies} (scope, document, updated_at, updated_by) VALUES (?, ?, ?, ?)", ["*", globalDoc, 1000, "old"]);
    await b.sql("INSERT INTO {versions} (scope, version, document, action, applied_at, applied_by) VALUES (?, ?, ?, ?, ?, ?)", ["*", V1, globalDoc, "apply", 1000, "old"]);
    await b.sql("INSERT INTO {versions} (scope, version, document, action, applied_at, applied_by) VALUES (?, ?, ?, ?, ?, ?)", ["*", V2, null, "reset", 2000, "old"]);

    const s = await b.open(kek);
    try {
      expect(s.get("*")?.document).toBe(globalDoc);
      expect((await s.versions("*")).map((v) => v.document)).toEqual([null, globalDoc]);
    } finally {
      await close(s);
    }
    const rows = [...(await b.sql("SELECT document FROM {policies}")), ...(await b.sql("SELECT document FROM {versions} WHERE document IS NOT NULL"))].map((r) => String(r["document"]));
    expect(rows).toHaveLength(2);
    expect(rows.every((d) => d.startsWith("wps1:") && !d.includes(CANARY))).toBe(true);
    // the removal stays a removal
    expect(await b.sql("SELECT document FROM {versions} WHERE version = ?", [V2])).toEqual([{ document: null }]);
  });

  it("a sealed document moved to another scope, or from the history into the policy in force, does not open", async () => {
    const b = make();
    const kek = new LocalKek(randomBytes(32));
    const s = await b.open(kek);
    await apply(s, "acme", tenantDoc(1), V1);
    await apply(s, "globex", tenantDoc(2), V1);
    await close(s);
    const acme = String((await b.sql("SELECT document FROM {policies} WHERE scope = ?", ["acme"]))[0]?.["document"]);
    await b.sql("UPDATE {policies} SET document = ? WHERE scope = ?", [acme, "globex"]);
    await expect(b.open(kek)).rejects.toThrow(/scope globex does not open/);
    // back in place: opens again; then the history copy of acme's document put in force
    const globexHistory = String((await b.sql("SELECT document FROM {versions} WHERE scope = ?", ["globex"]))[0]?.["document"]);
    await b.sql("UPDATE {policies} SET document = ? WHERE scope = ?", [globexHistory, "globex"]);
    await expect(b.open(kek)).rejects.toThrow(/scope globex does not open/);
  });

  it("the policy data key follows a KEK rotation; under another KEK the store is refused with a reason", async () => {
    const b = make();
    const oldKek = new LocalKek(randomBytes(32));
    const newKek = new LocalKek(randomBytes(32));
    const s = await b.open(oldKek);
    await apply(s, "*", globalDoc, V1);
    await close(s);
    await expect(b.open(newKek)).rejects.toThrow(/does not unwrap it/);
    expect(await b.rewrap(oldKek, newKek)).toBe(true);
    // a second run (a rotation stopped part-way and run again) finds it done
    expect(await b.rewrap(oldKek, newKek)).toBe(false);
    const after = await b.open(newKek);
    try {
      expect(after.get("*")?.document).toBe(globalDoc);
    } finally {
      await close(after);
    }
    await expect(b.open(oldKek)).rejects.toThrow(/does not unwrap it/);
  });
});
