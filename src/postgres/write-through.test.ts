import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storePool } from "./store-pool.js";
import { WriteThrough } from "./write-through.js";
import { inWriteScope } from "./write-scope.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `write_through_${randomBytes(4).toString("hex")}`;
let pool: pg.Pool;

beforeAll(async () => {
  pool = storePool(PG_URL, schema);
  await pool.query(`CREATE SCHEMA "${schema}"`);
  await pool.query("CREATE TABLE t (id TEXT PRIMARY KEY, v INTEGER NOT NULL CHECK (v >= 0))");
});
afterAll(async () => {
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await pool.end();
});

const put = (id: string, v: number) => (c: pg.PoolClient) => c.query("INSERT INTO t (id, v) VALUES ($1, $2)", [id, v]);

describe("WriteThrough write scopes", () => {
  it("each scope's flush reports its own failed write only, whichever flushes first; writes outside a scope keep the shared report", async () => {
    const wt = new WriteThrough(pool, "warden_wt_test", schema);
    const undone: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // A queues a write that fails, B one that succeeds; B flushes first (it used to collect A's failure)
    const a = inWriteScope(async () => {
      wt.enqueue(["a"], put("a", -1), () => undone.push("a"));
      await gate;
      return wt.flush().then(
        () => "ok",
        (err: unknown) => String((err as { message?: unknown }).message),
      );
    });
    const b = inWriteScope(async () => {
      wt.enqueue(["b"], put("b", 1), () => undone.push("b"));
      const r = await wt.flush().then(
        () => "ok",
        (err: unknown) => String(err),
      );
      release();
      return r;
    });
    expect(await b).toBe("ok");
    expect(await a).toMatch(/check constraint/);
    expect(undone).toEqual(["a"]);
    // nothing left for an unscoped caller: the failure belonged to A
    await expect(wt.flush()).resolves.toBeUndefined();
    // outside any scope, as before: the next flush reports the first failure since the last one, once
    wt.enqueue(["c"], put("c", -2), () => undone.push("c"));
    await expect(wt.flush()).rejects.toThrow(/check constraint/);
    await expect(wt.flush()).resolves.toBeUndefined();
    expect((await pool.query("SELECT id FROM t ORDER BY id")).rows).toEqual([{ id: "b" }]);
  });
});
