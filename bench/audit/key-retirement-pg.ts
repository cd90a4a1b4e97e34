/**
 * Cost of one data-key retirement pass on PostgreSQL (the anti-join of audit_data_keys against audit_entries still
 * holding a payload, run after every purge): `node --import tsx bench/audit/key-retirement-pg.ts`. Synthetic rows in
 * a throw-away schema: RECORDS (default 100000) records over 10 tenants, one key version per tenant per day (30 days),
 * the older half purged. Prints the time of three passes (the first destroys the keys and rewrites the key table).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PostgresAuditBackend } from "../../src/record/postgres-audit-backend.js";

const URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const N = Number(process.env["RECORDS"] ?? 100_000);
const schema = `retirebench_${randomBytes(4).toString("hex")}`;
const b = new PostgresAuditBackend({ url: URL, schema });
await b.tail();
const c = new pg.Client({ connectionString: URL });
await c.connect();
try {
  const DAY = 86_400_000;
  await c.query(`INSERT INTO "${schema}".audit_entries SELECT g, 'request', 'r' || g, ${Date.UTC(2026, 0, 1)} + (g * 30 / $1)::bigint * ${DAY}, 't' || (g % 10), 'a', 'k', '{}', 1 + g * 30 / $1,
      CASE WHEN g > $1 / 2 THEN decode(repeat('ab', 200), 'hex') END, NULL, '\\x00', NULL, '\\x00', '\\x00' FROM generate_series(1, $1::int) g`, [N]);
  await c.query(`INSERT INTO "${schema}".audit_data_keys SELECT 't' || t, v, '\\x01', 'local:x', ${Date.UTC(2026, 0, 1)} + (v - 1)::bigint * ${DAY}, NULL FROM generate_series(0, 9) t, generate_series(1, 31) v`);
  await c.query(`ANALYZE "${schema}".audit_entries`);
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = await b.retireDataKeys({ periodMs: DAY, endedBy: Date.UTC(2026, 1, 15), at: Date.now() });
    console.log(`pass ${i + 1}: ${r.length} keys retired in ${(performance.now() - t).toFixed(1)} ms (incl. VACUUM FULL audit_data_keys when >0)`);
  }
} finally {
  await c.query(`DROP SCHEMA "${schema}" CASCADE`);
  await c.end();
  await b.close();
}
