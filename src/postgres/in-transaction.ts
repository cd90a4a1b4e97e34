import type pg from "pg";

/**
 * Run `fn` in one transaction on a client of `pool`: COMMIT when it resolves, ROLLBACK (its own failure ignored, the
 * first error rethrown) when `fn` or the COMMIT throws; the client goes back to the pool either way.
 *
 * @example
 * const n = await inTransaction(pool, async (c) => (await c.query("UPDATE t SET x = 1")).rowCount ?? 0);
 */
export async function inTransaction<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    try {
      const out = await fn(c);
      await c.query("COMMIT");
      return out;
    } catch (err) {
      await c.query("ROLLBACK").catch(() => undefined);
      throw err;
    }
  } finally {
    c.release();
  }
}
