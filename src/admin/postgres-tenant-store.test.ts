import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { PostgresTenantStore } from "./postgres-tenant-store.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const run = randomBytes(4).toString("hex");
let n = 0;
const schemas: string[] = [];
const open: PostgresTenantStore[] = [];

function newSchema(): string {
  const s = `tenants_test_${run}_${n++}`;
  schemas.push(s);
  return s;
}
async function store(schema: string, refreshMs?: number): Promise<PostgresTenantStore> {
  const s = await PostgresTenantStore.open({ url: PG_URL, schema, ...(refreshMs !== undefined ? { refreshMs } : {}) });
  open.push(s);
  return s;
}
async function sql(text: string, args: unknown[] = []): Promise<void> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    await c.query(text, args);
  } finally {
    await c.end();
  }
}
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

describe("PostgresTenantStore", () => {
  it("a tenant created on one replica is loaded by another; a second create of the same id is refused", async () => {
    const schema = newSchema();
    const a = await store(schema);
    const rec = a.create({ id: "acme", name: "Acme" }, 1_000);
    expect(rec).toEqual({ id: "acme", name: "Acme", createdAt: 1_000, updatedAt: 1_000, disabledAt: null });
    expect(a.create({ id: "acme" })).toBeUndefined();
    await a.flush();
    const b = await store(schema);
    expect(b.get("acme")).toEqual(rec);
    expect(b.list().map((t) => t.id)).toEqual(["acme"]);
  });

  it("disabling on one replica is seen by another within a second (isDisabled, listeners told it is remote), and re-enabling too", async () => {
    const schema = newSchema();
    const a = await store(schema);
    const b = await store(schema);
    a.create({ id: "globex" });
    await a.flush();
    expect(await msUntil(() => b.get("globex") !== undefined)).toBeLessThan(1_000);
    const heard: [string, boolean][] = [];
    b.onChange((t, remote) => heard.push([t, remote]));
    const local: [string, boolean][] = [];
    a.onChange((t, remote) => local.push([t, remote]));
    a.update("globex", { disabled: true });
    expect(a.isDisabled("globex")).toBe(true);
    expect(local).toEqual([["globex", false]]);
    await a.flush();
    expect(await msUntil(() => b.isDisabled("globex"))).toBeLessThan(1_000);
    expect(heard).toContainEqual(["globex", true]);
    a.update("globex", { disabled: false });
    await a.flush();
    expect(await msUntil(() => !b.isDisabled("globex"))).toBeLessThan(1_000);
    expect(b.isDisabled("unknown")).toBe(false);
    expect(a.update("unknown", { disabled: true })).toBeUndefined();
  });

  it("a write the database refuses is undone and reported by flush", async () => {
    const schema = newSchema();
    const a = await store(schema);
    a.create({ id: "kept" });
    await a.flush();
    await sql(`ALTER TABLE "${schema}".warden_tenants ADD CONSTRAINT no_disable CHECK (disabled_at IS NULL)`);
    a.update("kept", { disabled: true });
    await expect(a.flush()).rejects.toThrow(/no_disable/);
    expect(a.isDisabled("kept")).toBe(false);
    await expect(a.flush()).resolves.toBeUndefined();
  });

  it("the periodic reload picks up a change that sent no notification", async () => {
    const schema = newSchema();
    const a = await store(schema, 1_000);
    a.create({ id: "quiet" });
    await a.flush();
    await sql(`UPDATE "${schema}".warden_tenants SET disabled_at = 7 WHERE id = 'quiet'`);
    expect(await msUntil(() => a.isDisabled("quiet"), 3_000)).toBeLessThan(2_500);
  });

  it("two replicas creating the same tenant at the same moment: one wins, the other's flush rejects with WARDEN_ADMIN_CONFLICT and it takes the winner's row", async () => {
    const schema = newSchema();
    const a = await store(schema);
    const b = await store(schema);
    for (let i = 0; i < 20; i++) {
      const id = `race-${i}`;
      // Both replicas accept the create in memory (neither knows the other's yet); the database decides.
      const ra = a.create({ id, name: "from a" });
      const rb = b.create({ id, name: "from b" });
      expect(ra).toBeDefined();
      expect(rb).toBeDefined();
      const outcomes = await Promise.allSettled([a.flush(), b.flush()]);
      const won = outcomes.filter((o) => o.status === "fulfilled").length;
      const lost = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as { code?: unknown }] : []));
      expect(won, `round ${i}`).toBe(1);
      expect(lost.map((e) => e.code)).toEqual(["WARDEN_ADMIN_CONFLICT"]);
      const winner = outcomes[0]?.status === "fulfilled" ? "from a" : "from b";
      // The loser drops its own copy and reads the winner's; both replicas agree with the database.
      expect(await msUntil(() => a.get(id)?.name === winner && b.get(id)?.name === winner)).toBeLessThan(1_000);
      await expect(a.flush()).resolves.toBeUndefined();
      await expect(b.flush()).resolves.toBeUndefined();
    }
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      const { rows } = await c.query<{ n: string }>(`SELECT count(*) AS n FROM "${schema}".warden_tenants`);
      expect(rows[0]?.n).toBe("20");
    } finally {
      await c.end();
    }
  });
});
