/**
 * Key stores on the request path and across replicas: `get` cost of the SQLite store (a prepared statement) and the
 * PostgreSQL store (a map), and how long a revocation made on one PostgreSQL store takes to reach another (write,
 * commit with NOTIFY, re-read). Run: `node --import tsx bench/keys/key-store.ts` (PostgreSQL at
 * WARDEN_TEST_PG_URL or postgres://postgres@127.0.0.1:5432/test; a throwaway schema is dropped at the end).
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { PostgresKeyStore } from "../../src/authenticate/postgres-key-store.js";
import { SqliteKeyStore } from "../../src/authenticate/sqlite-key-store.js";
import type { KeyStore } from "../../src/authenticate/key-store.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const KEYS = 1_000;
const GETS = 200_000;
const REVOCATIONS = 50;

function getCost(store: KeyStore, ids: string[]): number {
  let found = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < GETS; i++) if (store.get(ids[i % ids.length] as string)) found++;
  const ns = Number(process.hrtime.bigint() - t0) / GETS;
  if (found !== GETS) throw new Error("missing keys");
  return ns;
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] as number;

const dir = mkdtempSync(join(tmpdir(), "warden-bench-keys-"));
const schema = `bench_keys_${randomBytes(4).toString("hex")}`;
const sqlite = new SqliteKeyStore(dir);
const a = await PostgresKeyStore.open({ url: PG_URL, schema });
const b = await PostgresKeyStore.open({ url: PG_URL, schema });
try {
  const sIds = Array.from({ length: KEYS }, () => sqlite.create({ tenant: "t", app: "a", roles: ["app"] }).record.id);
  const pIds = Array.from({ length: KEYS }, () => a.create({ tenant: "t", app: "a", roles: ["app"] }).record.id);
  await a.flush();
  await b.reload();
  console.log(`get, ${KEYS} keys, ${GETS} lookups: sqlite ${getCost(sqlite, sIds).toFixed(0)} ns/op, postgres (memory) ${getCost(b, pIds).toFixed(0)} ns/op`);
  const ms: number[] = [];
  for (let i = 0; i < REVOCATIONS; i++) {
    const id = pIds[i] as string;
    const t0 = performance.now();
    const seen = new Promise<void>((res) => {
      const off = b.onChange((changed) => {
        if (changed === id && b.get(id)?.revokedAt !== null) {
          off();
          res();
        }
      });
    });
    a.revoke(id);
    await seen;
    ms.push(performance.now() - t0);
  }
  console.log(`revocation on replica A seen by replica B (${REVOCATIONS} runs): p50 ${pct(ms, 0.5).toFixed(1)} ms, p99 ${pct(ms, 0.99).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms`);
} finally {
  sqlite.close();
  await a.close();
  await b.close();
  rmSync(dir, { recursive: true, force: true });
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
}
