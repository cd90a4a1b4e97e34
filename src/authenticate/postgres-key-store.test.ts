import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { Authenticator } from "./authenticate.js";
import { PostgresKeyStore } from "./postgres-key-store.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const run = randomBytes(4).toString("hex");
let n = 0;
const schemas: string[] = [];
const open: PostgresKeyStore[] = [];

/** A fresh schema per test (so no test, and no other session, sees another's keys). */
function newSchema(): string {
  const s = `keys_test_${run}_${n++}`;
  schemas.push(s);
  return s;
}
async function store(schema: string, refreshMs?: number): Promise<PostgresKeyStore> {
  const s = await PostgresKeyStore.open({ url: PG_URL, schema, ...(refreshMs !== undefined ? { refreshMs } : {}) });
  open.push(s);
  return s;
}
async function sql(text: string, args: unknown[] = []): Promise<pg.QueryResultRow[]> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    return (await c.query(text, args)).rows;
  } finally {
    await c.end();
  }
}
/** Wait until `cond` holds; the time it took (ms), or Infinity after `within`. */
async function msUntil(cond: () => boolean, within = 2_000): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < within) {
    if (cond()) return performance.now() - t0;
    await new Promise((r) => setTimeout(r, 2));
  }
  return Number.POSITIVE_INFINITY;
}

afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
afterAll(async () => {
  for (const s of schemas) await sql(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
});

describe("PostgresKeyStore", () => {
  it("stores a key with all its settings, and a second store (another replica) loads it at start", async () => {
    const schema = newSchema();
    const a = await store(schema);
    const { record, key } = a.create({ tenant: "acme", app: "bot", roles: ["app", "operator"], name: "n", expiresAt: 4_102_444_800_000, models: ["gpt-4o*"], cidrs: ["10.0.0.0/8"], limits: { rpm: 5 } });
    expect(key.startsWith(`wdn_${record.id}_`)).toBe(true);
    await a.flush();
    const b = await store(schema);
    expect(b.get(record.id)).toEqual(record);
    expect(b.list("acme").map((r) => r.id)).toEqual([record.id]);
    expect(b.list("other")).toEqual([]);
    expect(b.count()).toBe(1);
    // empty allowlists are kept (fail closed), an empty limits object is none, as in SQLite
    const empty = a.create({ tenant: "acme", app: "bot", roles: ["app"], models: [], limits: {} }).record;
    await a.flush();
    const c = await store(schema);
    expect(c.get(empty.id)?.models).toEqual([]);
    expect(c.get(empty.id)?.limits).toBeNull();
  });

  it("a revocation on one replica reaches another by NOTIFY well within a second, and its listeners hear it as remote", async () => {
    const schema = newSchema();
    const a = await store(schema);
    const b = await store(schema);
    const { record } = a.create({ tenant: "t", app: "a", roles: ["app"] });
    await a.flush();
    expect(await msUntil(() => b.get(record.id) !== undefined)).toBeLessThan(1_000);
    const heard: [string, boolean][] = [];
    b.onChange((id, remote) => heard.push([id, remote]));
    const local: [string, boolean][] = [];
    a.onChange((id, remote) => local.push([id, remote]));
    expect(a.revoke(record.id)).toBe(true);
    expect(local).toEqual([[record.id, false]]);
    expect(a.get(record.id)?.revokedAt).not.toBeNull();
    await a.flush();
    const ms = await msUntil(() => b.get(record.id)?.revokedAt !== null);
    expect(ms).toBeLessThan(1_000);
    expect(b.get(record.id)?.revokedAt).toBe(a.get(record.id)?.revokedAt);
    expect(heard).toContainEqual([record.id, true]);
    expect(a.revoke("nosuchkey000")).toBe(false);
  });

  it("rotation: the new key and the old key's shortened life reach the other replica", async () => {
    const schema = newSchema();
    const a = await store(schema);
    const b = await store(schema);
    const { record } = a.create({ tenant: "t", app: "a", roles: ["app"], models: ["m*"] });
    const now = Date.now();
    const r = a.rotate(record.id, 60_000, now);
    expect(r).toBeDefined();
    await a.flush();
    const rotated = r as NonNullable<typeof r>;
    expect(rotated.old.expiresAt).toBe(now + 60_000);
    expect(rotated.old.replacedBy).toBe(rotated.record.id);
    expect(await msUntil(() => b.get(record.id)?.replacedBy === rotated.record.id && b.get(rotated.record.id) !== undefined)).toBeLessThan(1_000);
    expect(b.get(record.id)?.expiresAt).toBe(now + 60_000);
    expect(b.get(rotated.record.id)?.models).toEqual(["m*"]);
    // a revoked key cannot be rotated
    a.revoke(rotated.record.id);
    expect(a.rotate(rotated.record.id, 0)).toBeUndefined();
  });

  it("an Authenticator on one replica refuses a key revoked on another within a second", async () => {
    const schema = newSchema();
    const a = await store(schema);
    const b = await store(schema);
    const authA = new Authenticator(a);
    a.onChange((id) => authA.invalidate(id));
    const { record, key } = b.create({ tenant: "t", app: "a", roles: ["app"] });
    await b.flush();
    expect(await msUntil(() => a.get(record.id) !== undefined)).toBeLessThan(1_000);
    const headers = { authorization: `Bearer ${key}` };
    expect(authA.authenticate(headers).keyId).toBe(record.id);
    b.revoke(record.id);
    await b.flush();
    const refused = () => {
      try {
        authA.authenticate(headers);
        return false;
      } catch (err) {
        return (err as { code?: string }).code === "WARDEN_AUTH_REVOKED_KEY";
      }
    };
    expect(await msUntil(refused)).toBeLessThan(1_000);
    authA.close();
  });

  it("last use is written in one batch, and kept as the latest of memory and database", async () => {
    const schema = newSchema();
    const a = await store(schema);
    const { record } = a.create({ tenant: "t", app: "a", roles: ["app"] });
    a.touch([[record.id, 1_000], ["unknown00000", 5]]);
    a.touch([[record.id, 500]]);
    await a.flush();
    expect(a.get(record.id)?.lastUsedAt).toBe(1_000);
    const rows = await sql(`SELECT last_used_at FROM "${schema}".warden_api_keys WHERE id = $1`, [record.id]);
    expect(Number(rows[0]?.["last_used_at"])).toBe(1_000);
  });

  it("a write the database refuses is undone in memory and reported by flush", async () => {
    const schema = newSchema();
    const a = await store(schema);
    const kept = a.create({ tenant: "t", app: "a", roles: ["app"] }).record;
    await a.flush();
    await sql(`ALTER TABLE "${schema}".warden_api_keys ADD CONSTRAINT no_new CHECK (tenant <> 'refused')`);
    const { record } = a.create({ tenant: "refused", app: "a", roles: ["app"] });
    expect(a.get(record.id)).toBeDefined();
    await expect(a.flush()).rejects.toThrow(/no_new/);
    expect(a.get(record.id)).toBeUndefined();
    // the failure is reported once; later writes go on
    a.revoke(kept.id);
    await expect(a.flush()).resolves.toBeUndefined();
    expect((await store(schema)).get(kept.id)?.revokedAt).not.toBeNull();
  });

  it("the periodic reload picks up a change that sent no notification", async () => {
    const schema = newSchema();
    const a = await store(schema, 1_000);
    const { record } = a.create({ tenant: "t", app: "a", roles: ["app"] });
    await a.flush();
    await sql(`UPDATE "${schema}".warden_api_keys SET revoked_at = 42 WHERE id = $1`, [record.id]);
    const ms = await msUntil(() => a.get(record.id)?.revokedAt === 42, 3_000);
    expect(ms).toBeLessThan(2_500);
  });

  it("after its listening connection is cut, a replica reconnects, reloads, and hears changes again", async () => {
    const schema = newSchema();
    const a = await store(schema);
    const b = await store(schema);
    const { record } = a.create({ tenant: "t", app: "a", roles: ["app"] });
    await a.flush();
    await sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [`warden_keys-${schema}`]);
    // made while both listeners are down: only the reload after reconnecting brings it
    a.revoke(record.id);
    await a.flush();
    expect(await msUntil(() => b.get(record.id)?.revokedAt !== null, 5_000)).toBeLessThan(3_000);
    const later = a.create({ tenant: "t", app: "a", roles: ["app"] }).record;
    await a.flush();
    expect(await msUntil(() => b.get(later.id) !== undefined)).toBeLessThan(1_000);
  });

  it("stores in other schemas do not hear each other's keys", async () => {
    const a = await store(newSchema());
    const b = await store(newSchema());
    const { record } = a.create({ tenant: "t", app: "a", roles: ["app"] });
    await a.flush();
    await new Promise((r) => setTimeout(r, 200));
    expect(b.get(record.id)).toBeUndefined();
    expect(b.count()).toBe(0);
  });

  it("refuses a schema name that is not a plain identifier, and reports an unreachable database", async () => {
    await expect(PostgresKeyStore.open({ url: PG_URL, schema: "x; DROP TABLE y" })).rejects.toThrow(/invalid PostgreSQL schema name/);
    await expect(PostgresKeyStore.open({ url: "postgres://postgres@127.0.0.1:1/test" })).rejects.toThrow();
  });
});
