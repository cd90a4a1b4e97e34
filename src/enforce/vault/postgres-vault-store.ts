import { createRequire } from "node:module";
import { inTransaction } from "../../postgres/in-transaction.js";
import { checkSchemaName, quoteIdent } from "../../postgres/schema-name.js";
import type pg from "pg";
import type { StoredMapping } from "../token-vault.js";
import { changePayload } from "../../postgres/postgres-change-feed.js";
import { blobDataKey } from "./data-key-blob.js";
import { VAULT_ERASURE_CHANNEL } from "./vault-erasure-feed.js";
import { blobDigest, type DataKeyRecord, RECORD_ID, type VaultRecord, type VaultStore } from "./vault-store.js";

/**
 * Vault mappings in the gateway's PostgreSQL store (table `warden_vault`, one row per token). Inserts never replace
 * a live row another replica wrote (ON CONFLICT keeps its blob; an expired row is replaced); loads refresh the
 * conversation's expiry; `purge` deletes expired rows.
 */
export class PostgresVaultStore implements VaultStore {
  readonly kind = "postgres";
  private readonly pool: pg.Pool;
  private ready: Promise<void>;
  private readonly schema: string;

  constructor(opts: { url: string; schema?: string; poolSize?: number }) {
    const schema = opts.schema ?? "public";
    checkSchemaName(schema);
    // Loaded on first use, like the audit backend: gateways without PostgreSQL never load `pg`.
    const { Pool } = createRequire(import.meta.url)("pg") as typeof pg;
    this.pool = new Pool({ connectionString: opts.url, max: opts.poolSize ?? 4, options: `-c search_path=${schema}`, connectionTimeoutMillis: 2_000 });
    this.pool.on("error", () => undefined);
    this.schema = schema;
    this.ready = this.migrate(schema);
    this.ready.catch(() => undefined);
  }

  private async migrate(schema: string): Promise<void> {
    await this.pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`).catch(() => undefined);
    await this.pool.query(
      `CREATE TABLE IF NOT EXISTS warden_vault (conv TEXT NOT NULL, token TEXT NOT NULL, blob BYTEA NOT NULL, restore BOOLEAN NOT NULL, expires_at BIGINT NOT NULL, PRIMARY KEY (conv, token));
       CREATE INDEX IF NOT EXISTS warden_vault_expiry ON warden_vault (expires_at);
       CREATE TABLE IF NOT EXISTS warden_vault_key (id INTEGER PRIMARY KEY, wrapped BYTEA NOT NULL);
       CREATE TABLE IF NOT EXISTS warden_vault_dek (tenant TEXT NOT NULL, period BIGINT NOT NULL, wrapped BYTEA NOT NULL, retire_after BIGINT NOT NULL, PRIMARY KEY (tenant, period));
       ALTER TABLE warden_vault ADD COLUMN IF NOT EXISTS dek_tenant TEXT, ADD COLUMN IF NOT EXISTS dek_period BIGINT;
       CREATE INDEX IF NOT EXISTS warden_vault_dek_ref ON warden_vault (dek_tenant, dek_period);`,
    );
  }

  /** The tables are there; a failed migration (database down at start) is tried again. */
  private async migrated(): Promise<void> {
    await this.ready.catch(() => {
      this.ready = this.migrate(this.schema);
      return this.ready;
    });
  }

  /** Waits for the table; a failed migration (database down at start) is retried on the next call. */
  private async q<R extends pg.QueryResultRow>(sql: string, args: unknown[]): Promise<R[]> {
    await this.migrated();
    // Concurrent writes of one conversation's rows (a save and another replica's expiry refresh) can deadlock; the
    // database aborts one of them (40P01), which is safe to run again.
    for (let attempt = 0; ; attempt++) {
      try {
        return (await this.pool.query<R>(sql, args)).rows;
      } catch (err) {
        if (attempt >= 4 || (err as { code?: unknown }).code !== "40P01") throw err;
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * (attempt + 1)));
      }
    }
  }

  async load(conversation: string, ttlMs: number): Promise<StoredMapping[]> {
    const now = Date.now();
    const rows = await this.q<{ token: string; blob: Buffer; restore: boolean; expires_at: string }>(
      "SELECT token, blob, restore, expires_at FROM warden_vault WHERE conv = $1 AND expires_at > $2",
      [conversation, now],
    );
    // A read per call; the expiry is rewritten only once a tenth of the TTL has passed (a write commits to disk).
    if (rows.some((r) => Number(r.expires_at) < now + ttlMs - ttlMs / 10)) {
      await this.q(
        "UPDATE warden_vault SET expires_at = $2 WHERE (conv, token) IN (SELECT conv, token FROM warden_vault WHERE conv = $1 AND expires_at > $3 ORDER BY token FOR UPDATE)",
        [conversation, now + ttlMs, now],
      );
    }
    return rows.map((r) => ({ token: r.token, blob: r.blob, restore: r.restore }));
  }

  async save(conversation: string, mappings: readonly StoredMapping[], ttlMs: number): Promise<string[]> {
    if (mappings.length === 0) return [];
    // Rows in one order in every writer (token order, as the expiry refresh takes them), so writers do not deadlock.
    mappings = [...mappings].sort((x, y) => (x.token < y.token ? -1 : x.token > y.token ? 1 : 0));
    const now = Date.now();
    const rows = await this.q<{ token: string; blob: Buffer }>(
      `INSERT INTO warden_vault AS v (conv, token, blob, restore, expires_at, dek_tenant, dek_period)
         SELECT $1, t, b, r, $2, dt, dp FROM unnest($3::text[], $4::bytea[], $5::boolean[], $7::text[], $8::bigint[]) AS u(t, b, r, dt, dp)
       ON CONFLICT (conv, token) DO UPDATE SET
         blob = CASE WHEN v.expires_at <= $6 THEN excluded.blob ELSE v.blob END,
         dek_tenant = CASE WHEN v.expires_at <= $6 THEN excluded.dek_tenant ELSE v.dek_tenant END,
         dek_period = CASE WHEN v.expires_at <= $6 THEN excluded.dek_period ELSE v.dek_period END,
         restore = CASE WHEN v.expires_at <= $6 THEN excluded.restore
                        WHEN substring(v.blob from 1 for 32) = substring(excluded.blob from 1 for 32) THEN v.restore OR excluded.restore
                        ELSE v.restore END,
         expires_at = excluded.expires_at
       RETURNING token, blob`,
      [
        conversation,
        now + ttlMs,
        mappings.map((m) => m.token),
        mappings.map((m) => m.blob),
        mappings.map((m) => m.restore),
        now,
        mappings.map((m) => blobDataKey(m.blob)?.tenant ?? null),
        mappings.map((m) => blobDataKey(m.blob)?.period ?? null),
      ],
    );
    const ours = new Map(mappings.map((m) => [m.token, blobDigest(m.blob)]));
    return rows.filter((r) => ours.get(r.token) !== blobDigest(r.blob)).map((r) => r.token);
  }

  async record(name: VaultRecord, candidate: Buffer): Promise<Buffer> {
    const id = RECORD_ID[name];
    await this.q("INSERT INTO warden_vault_key (id, wrapped) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING", [id, candidate]);
    const rows = await this.q<{ wrapped: Buffer }>("SELECT wrapped FROM warden_vault_key WHERE id = $1", [id]);
    if (!rows[0]) throw new Error(`vault record '${name}' missing from warden_vault_key`);
    return rows[0].wrapped;
  }

  async replaceRecord(name: VaultRecord, expected: Buffer, next: Buffer): Promise<boolean> {
    const rows = await this.q("UPDATE warden_vault_key SET wrapped = $3 WHERE id = $1 AND wrapped = $2 RETURNING id", [RECORD_ID[name], expected, next]);
    return rows.length === 1;
  }

  async *entries(): AsyncIterable<{ conversation: string; mappings: StoredMapping[] }> {
    const convs = await this.q<{ conv: string }>("SELECT DISTINCT conv FROM warden_vault WHERE expires_at > $1", [Date.now()]);
    for (const { conv } of convs) {
      const rows = await this.q<{ token: string; blob: Buffer; restore: boolean }>("SELECT token, blob, restore FROM warden_vault WHERE conv = $1 AND expires_at > $2", [conv, Date.now()]);
      yield { conversation: conv, mappings: rows.map((r) => ({ token: r.token, blob: r.blob, restore: r.restore })) };
    }
  }

  async replaceBlob(conversation: string, token: string, expected: Buffer, next: Buffer): Promise<boolean> {
    const dek = blobDataKey(next);
    const rows = await this.q("UPDATE warden_vault SET blob = $4, dek_tenant = $5, dek_period = $6 WHERE conv = $1 AND token = $2 AND blob = $3 RETURNING token", [
      conversation,
      token,
      expected,
      next,
      dek?.tenant ?? null,
      dek?.period ?? null,
    ]);
    return rows.length === 1;
  }

  async dataKey(tenant: string, period: number, candidate: Buffer, at: { retireAfter: number }): Promise<Buffer> {
    const rows = await this.q<{ wrapped: Buffer }>(
      `WITH ins AS (INSERT INTO warden_vault_dek (tenant, period, wrapped, retire_after) VALUES ($1, $2, $3, $4) ON CONFLICT (tenant, period) DO NOTHING RETURNING wrapped)
       SELECT wrapped FROM ins UNION ALL SELECT wrapped FROM warden_vault_dek WHERE tenant = $1 AND period = $2 LIMIT 1`,
      [tenant, period, candidate, at.retireAfter],
    );
    if (rows[0]) return rows[0].wrapped;
    // Another writer inserted it after this statement's snapshot was taken: read it now.
    const again = await this.q<{ wrapped: Buffer }>("SELECT wrapped FROM warden_vault_dek WHERE tenant = $1 AND period = $2", [tenant, period]);
    if (!again[0]) throw new Error("vault data key missing from warden_vault_dek");
    return again[0].wrapped;
  }

  async findDataKeys(tenant: string, periods: readonly number[]): Promise<Map<number, Buffer>> {
    const rows = await this.q<{ period: string; wrapped: Buffer }>("SELECT period, wrapped FROM warden_vault_dek WHERE tenant = $1 AND period = ANY($2::bigint[])", [tenant, periods]);
    return new Map(rows.map((r) => [Number(r.period), r.wrapped]));
  }

  async keepDataKeys(): Promise<void> {
    // Kept until retired: `retireDataKeys` checks that no stored mapping needs them.
  }

  async *dataKeyRecords(): AsyncIterable<DataKeyRecord> {
    const rows = await this.q<{ tenant: string; period: string; wrapped: Buffer }>("SELECT tenant, period, wrapped FROM warden_vault_dek ORDER BY tenant, period", []);
    for (const r of rows) yield { tenant: r.tenant, period: Number(r.period), wrapped: r.wrapped };
  }

  async replaceDataKey(tenant: string, period: number, expected: Buffer, next: Buffer): Promise<boolean> {
    const rows = await this.q("UPDATE warden_vault_dek SET wrapped = $4 WHERE tenant = $1 AND period = $2 AND wrapped = $3 RETURNING period", [tenant, period, expected, next]);
    if (rows.length === 1) await this.rewriteDataKeys();
    return rows.length === 1;
  }

  async retireDataKeys(now = Date.now()): Promise<{ tenant: string; period: number }[]> {
    const rows = await this.q<{ tenant: string; period: string }>(
      `DELETE FROM warden_vault_dek k WHERE k.retire_after <= $1
         AND NOT EXISTS (SELECT 1 FROM warden_vault v WHERE v.dek_tenant = k.tenant AND v.dek_period = k.period)
       RETURNING k.tenant, k.period`,
      [now],
    );
    if (rows.length > 0) await this.rewriteDataKeys();
    return rows.map((r) => ({ tenant: r.tenant, period: Number(r.period) }));
  }

  /**
   * One transaction: the mappings, the keys, and a NOTIFY on {@link VAULT_ERASURE_CHANNEL} that PostgreSQL delivers
   * at the commit, so every replica listening drops the tenant's keys as soon as they are gone from the store.
   */
  async eraseTenant(tenant: string): Promise<{ keys: number; mappings: number }> {
    await this.migrated();
    const counts = await inTransaction(this.pool, async (c) => {
      const mappings = await c.query("DELETE FROM warden_vault WHERE dek_tenant = $1", [tenant]);
      const keys = await c.query("DELETE FROM warden_vault_dek WHERE tenant = $1", [tenant]);
      await c.query("SELECT pg_notify($1, $2)", [VAULT_ERASURE_CHANNEL, changePayload(this.schema, tenant)]);
      return { keys: keys.rowCount ?? 0, mappings: mappings.rowCount ?? 0 };
    });
    await this.rewriteDataKeys();
    return counts;
  }

  /**
   * A DELETE or UPDATE leaves the old row version (a wrapped data key) in the table's pages, and a plain VACUUM does
   * not zero the space it frees: rewrite the small table (one row per tenant and period) so that a destroyed key is
   * gone from its pages (the WAL and backups keep it until they age out, wrapped by the vault key).
   */
  private async rewriteDataKeys(): Promise<void> {
    await this.q("VACUUM FULL warden_vault_dek", []);
  }

  async purge(): Promise<number> {
    const rows = await this.q<{ n: string }>("WITH d AS (DELETE FROM warden_vault WHERE expires_at <= $1 RETURNING 1) SELECT count(*)::text AS n FROM d", [Date.now()]);
    return Number(rows[0]?.n ?? 0);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
