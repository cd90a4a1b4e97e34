import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PostgresTenantPolicyStore } from "../admin/postgres-tenant-policy-store.js";
import { PostgresTenantStore } from "../admin/postgres-tenant-store.js";
import { SqliteTenantPolicyStore } from "../admin/sqlite-tenant-policy-store.js";
import { SqliteTenantStore } from "../admin/sqlite-tenant-store.js";
import { PostgresKeyStore } from "../authenticate/postgres-key-store.js";
import { SqliteKeyStore } from "../authenticate/sqlite-key-store.js";
import { LocalKek } from "../record/key-encryption-key.js";
import { migrateStoresToPostgres } from "./migrate-stores-to-postgres.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const run = randomBytes(4).toString("hex");
/** The audit KEK (it wraps the policy data key the documents are sealed under, which moves with them). */
const kek = new LocalKek(randomBytes(32));
let n = 0;
const schemas: string[] = [];
const dirs: string[] = [];

function newSchema(): string {
  const s = `migrate_test_${run}_${n++}`;
  schemas.push(s);
  return s;
}
function newDir(): string {
  const d = mkdtempSync(join(tmpdir(), "warden-migrate-"));
  dirs.push(d);
  return d;
}
async function sql<T extends pg.QueryResultRow>(text: string, args: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    return (await c.query<T>(text, args)).rows;
  } finally {
    await c.end();
  }
}

afterAll(async () => {
  for (const s of schemas) await sql(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A single node's data: keys in every state, tenants (one disabled), a tenant policy and a global one. */
async function seed(dataDir: string): Promise<{ keys: SqliteKeyStore; ids: Record<string, string> }> {
  const keys = new SqliteKeyStore(dataDir);
  const now = Date.now();
  const full = keys.create({ tenant: "acme", app: "bot", roles: ["app", "operator"], name: "full", expiresAt: now + 86_400_000, models: ["gpt-4o*"], cidrs: ["10.0.0.0/8", "::1"], limits: { rpm: 60, tpm: 1_000, concurrency: 2 } });
  const empty = keys.create({ tenant: "acme", app: "locked", roles: ["app"], models: [], cidrs: [] });
  const revoked = keys.create({ tenant: "globex", app: "old", roles: ["app"] });
  keys.revoke(revoked.record.id);
  const rotating = keys.create({ tenant: "globex", app: "svc", roles: ["auditor"] });
  const successor = keys.rotate(rotating.record.id, 3_600_000);
  if (!successor) throw new Error("rotation failed");
  keys.touch([[full.record.id, now - 5_000]]);
  const tenants = new SqliteTenantStore(dataDir);
  tenants.create({ id: "acme", name: "Acme" }, 1_000);
  tenants.create({ id: "globex" }, 2_000);
  tenants.update("globex", { disabled: true }, 3_000);
  tenants.close();
  const policies = await SqliteTenantPolicyStore.open(dataDir, kek);
  policies.put({ scope: "acme", document: JSON.stringify([{ match: {}, rules: [] }]), updatedAt: 4_000, updatedBy: "admin:k1" });
  policies.put({ scope: "*", document: JSON.stringify({ rules: [] }), updatedAt: 5_000, updatedBy: "cli" });
  policies.close();
  return { keys, ids: { full: full.record.id, empty: empty.record.id, revoked: revoked.record.id, rotating: rotating.record.id, successor: successor.record.id } };
}

describe("migrateStoresToPostgres", () => {
  it("a dry run counts and writes nothing; the run copies keys, tenants and policies exactly; a second run changes nothing", async () => {
    const dataDir = newDir();
    const schema = newSchema();
    const { keys } = await seed(dataDir);
    const dry = await migrateStoresToPostgres({ dataDir, url: PG_URL, schema, dryRun: true });
    expect(dry).toEqual({
      keys: { source: 5, copied: 5, unchanged: 0, conflicts: [], overwritten: 0 },
      tenants: { source: 2, copied: 2, unchanged: 0, conflicts: [], overwritten: 0 },
      policyKey: { source: 1, copied: 1, unchanged: 0, conflicts: [], overwritten: 0 },
      policies: { source: 2, copied: 2, unchanged: 0, conflicts: [], overwritten: 0 },
    });
    // rolled back: not even the schema was made
    expect(await sql("SELECT 1 FROM information_schema.schemata WHERE schema_name = $1", [schema])).toEqual([]);

    const done = await migrateStoresToPostgres({ dataDir, url: PG_URL, schema });
    expect(done).toEqual(dry);
    const pk = await PostgresKeyStore.open({ url: PG_URL, schema });
    const pt = await PostgresTenantStore.open({ url: PG_URL, schema });
    const pp = await PostgresTenantPolicyStore.open({ url: PG_URL, schema, kek });
    try {
      // every field: hash, roles, allowlists (empty ones stay empty), limits, expiry, revocation, rotation, last use
      expect(pk.list()).toEqual(keys.list());
      const st = new SqliteTenantStore(dataDir);
      expect(pt.list()).toEqual(st.list());
      expect(pt.isDisabled("globex")).toBe(true);
      st.close();
      const sp = await SqliteTenantPolicyStore.open(dataDir, kek);
      expect(pp.all()).toEqual(sp.all());
      sp.close();
    } finally {
      await pk.close();
      await pt.close();
      await pp.close();
    }

    const again = await migrateStoresToPostgres({ dataDir, url: PG_URL, schema });
    expect(again).toEqual({
      keys: { source: 5, copied: 0, unchanged: 5, conflicts: [], overwritten: 0 },
      tenants: { source: 2, copied: 0, unchanged: 2, conflicts: [], overwritten: 0 },
      policyKey: { source: 1, copied: 0, unchanged: 1, conflicts: [], overwritten: 0 },
      policies: { source: 2, copied: 0, unchanged: 2, conflicts: [], overwritten: 0 },
    });
    expect((await sql<{ n: string }>(`SELECT count(*) AS n FROM "${schema}".warden_api_keys`))[0]?.n).toBe("5");
    keys.close();
  });

  it("rows that differ are reported and left alone; a later last use is merged, not a conflict; --force replaces them", async () => {
    const dataDir = newDir();
    const schema = newSchema();
    const { keys, ids } = await seed(dataDir);
    await migrateStoresToPostgres({ dataDir, url: PG_URL, schema });
    const full = ids["full"] as string;
    const revokedLater = ids["empty"] as string;
    // after the first copy: the single node goes on (a revocation, a later use); PostgreSQL is changed too
    keys.revoke(revokedLater);
    keys.touch([[full, Date.now()]]);
    const lastUse = keys.get(full)?.lastUsedAt;
    await sql(`UPDATE "${schema}".warden_tenants SET name = 'Renamed in pg' WHERE id = 'acme'`);
    await sql(`UPDATE "${schema}".warden_admin_policies SET document = '[]' WHERE scope = 'acme'`);
    // used on a PostgreSQL gateway after the copy: a later use than any SQLite knows
    const usedOnPg = Date.now() + 60_000;
    await sql(`UPDATE "${schema}".warden_api_keys SET last_used_at = $1 WHERE id = $2`, [usedOnPg, revokedLater]);

    const r = await migrateStoresToPostgres({ dataDir, url: PG_URL, schema });
    expect(r.keys).toEqual({ source: 5, copied: 0, unchanged: 4, conflicts: [revokedLater], overwritten: 0 });
    expect(r.tenants).toEqual({ source: 2, copied: 0, unchanged: 1, conflicts: ["acme"], overwritten: 0 });
    expect(r.policies).toEqual({ source: 2, copied: 0, unchanged: 1, conflicts: ["acme"], overwritten: 0 });
    const rows = await sql<{ id: string; revoked_at: string | null; last_used_at: string | null }>(`SELECT id, revoked_at, last_used_at FROM "${schema}".warden_api_keys WHERE id = ANY($1)`, [[full, revokedLater]]);
    expect(rows.find((x) => x.id === revokedLater)?.revoked_at).toBeNull();
    expect(Number(rows.find((x) => x.id === full)?.last_used_at)).toBe(lastUse);
    expect((await sql<{ name: string }>(`SELECT name FROM "${schema}".warden_tenants WHERE id = 'acme'`))[0]?.name).toBe("Renamed in pg");

    const forced = await migrateStoresToPostgres({ dataDir, url: PG_URL, schema, force: true });
    expect(forced.keys).toEqual({ source: 5, copied: 0, unchanged: 4, conflicts: [revokedLater], overwritten: 1 });
    expect(forced.tenants.overwritten).toBe(1);
    expect(forced.policies.overwritten).toBe(1);
    const pk = await PostgresKeyStore.open({ url: PG_URL, schema });
    try {
      // the SQLite copy won, except the last use, which never moves back
      expect(pk.list()).toEqual(keys.list().map((k) => (k.id === revokedLater ? { ...k, lastUsedAt: usedOnPg } : k)));
      expect(pk.get(revokedLater)?.revokedAt).not.toBeNull();
    } finally {
      await pk.close();
    }
    expect((await sql<{ name: string }>(`SELECT name FROM "${schema}".warden_tenants WHERE id = 'acme'`))[0]?.name).toBe("Acme");
    const after = await migrateStoresToPostgres({ dataDir, url: PG_URL, schema });
    expect([after.keys.conflicts, after.tenants.conflicts, after.policies.conflicts]).toEqual([[], [], []]);
    keys.close();
  });

  it("a gateway already running on PostgreSQL learns the copied keys and tenants at once (NOTIFY), without a reload", async () => {
    const dataDir = newDir();
    const schema = newSchema();
    const { keys, ids } = await seed(dataDir);
    // a long refresh period: only the notifications can bring the rows in
    const running = await PostgresKeyStore.open({ url: PG_URL, schema, refreshMs: 3_600_000 });
    const tenants = await PostgresTenantStore.open({ url: PG_URL, schema, refreshMs: 3_600_000 });
    try {
      expect(running.count()).toBe(0);
      await migrateStoresToPostgres({ dataDir, url: PG_URL, schema });
      await expect.poll(() => running.count(), { timeout: 2_000, interval: 10 }).toBe(5);
      expect(running.get(ids["revoked"] as string)?.revokedAt).not.toBeNull();
      await expect.poll(() => tenants.isDisabled("globex"), { timeout: 2_000, interval: 10 }).toBe(true);
    } finally {
      await running.close();
      await tenants.close();
      keys.close();
    }
  });

  it("the policy data key moves re-wrapped under the PostgreSQL gateways' KEK: their store opens the sealed policies; a re-run is unchanged; a KEK that unwraps nothing fails the migration", async () => {
    const dataDir = newDir();
    const schema = newSchema();
    const { keys } = await seed(dataDir);
    keys.close();
    const target = new LocalKek(randomBytes(32));
    const r = await migrateStoresToPostgres({ dataDir, url: PG_URL, schema, policyKek: { source: [target, kek], target } });
    expect(r.policyKey).toEqual({ source: 1, copied: 1, unchanged: 0, conflicts: [], overwritten: 0 });
    expect(r.policies.copied).toBe(2);
    const pp = await PostgresTenantPolicyStore.open({ url: PG_URL, schema, kek: target });
    const sp = await SqliteTenantPolicyStore.open(dataDir, kek);
    try {
      expect(pp.all()).toEqual(sp.all());
    } finally {
      await pp.close();
      sp.close();
    }
    const again = await migrateStoresToPostgres({ dataDir, url: PG_URL, schema, policyKek: { source: [kek], target } });
    expect(again.policyKey).toEqual({ source: 1, copied: 0, unchanged: 1, conflicts: [], overwritten: 0 });
    expect(again.policies.unchanged).toBe(2);
    const stranger = new LocalKek(randomBytes(32));
    await expect(migrateStoresToPostgres({ dataDir, url: PG_URL, schema: newSchema(), policyKek: { source: [stranger], target } })).rejects.toThrow(/policy data key of warden.db/);
  });

  it("a data directory without warden.db is an error, and nothing is written; a warden.db with only keys copies only keys", async () => {
    const schema = newSchema();
    await expect(migrateStoresToPostgres({ dataDir: newDir(), url: PG_URL, schema })).rejects.toThrow(/no warden.db/);
    const dataDir = newDir();
    const keys = new SqliteKeyStore(dataDir);
    keys.create({ tenant: "solo", app: "a", roles: ["app"] });
    keys.close();
    const r = await migrateStoresToPostgres({ dataDir, url: PG_URL, schema });
    expect(r.keys.copied).toBe(1);
    expect(r.tenants).toEqual({ source: 0, copied: 0, unchanged: 0, conflicts: [], overwritten: 0 });
    expect(r.policies.source).toBe(0);
  });
});
