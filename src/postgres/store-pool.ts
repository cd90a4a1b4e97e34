import { createRequire } from "node:module";
import type pg from "pg";

/**
 * The small pool a replicated store (keys, tenants, policies) writes through: two connections, `search_path` set to
 * the store's schema, a 5 s connect timeout; idle-client errors are left to the next query to report. `pg` is
 * loaded on first use, so gateways without PostgreSQL never load it.
 */
export function storePool(url: string, schema: string): pg.Pool {
  const { Pool } = createRequire(import.meta.url)("pg") as typeof pg;
  const pool = new Pool({ connectionString: url, max: 2, options: `-c search_path=${schema}`, connectionTimeoutMillis: 5_000 });
  pool.on("error", () => undefined);
  return pool;
}
