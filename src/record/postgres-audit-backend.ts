import { createRequire } from "node:module";
import { inTransaction } from "../postgres/in-transaction.js";
import { checkSchemaName, quoteIdent } from "../postgres/schema-name.js";
import type pg from "pg";
import { type CheckpointRow, checkpointFromRow, type EntryRow, entryFromRow, type KeyRow, keyFromRow } from "./audit-rows.js";
import type { AuditBackend, PurgeSpec, RewrappedKey, SearchFilter, WrappedDataKey } from "./audit-backend.js";
import { type EntryDraft, GENESIS_HASH, type StoredEntry } from "./audit-entry.js";
import type { SignedCheckpoint } from "./checkpoint.js";
import { checkedHashes } from "./damaged-record.js";
import { hashEntry } from "./entry-hash.js";
import { ThreadWriter } from "./thread-writer.js";
import type { ThreadWriterOptions } from "./thread-writer-options.js";

/** Schema changes, applied in order once each (under an advisory lock) and remembered in `audit_migrations`. */
const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "entries, checkpoints, data keys",
    sql: `
      CREATE TABLE audit_entries (
        seq BIGINT PRIMARY KEY,
        kind TEXT NOT NULL,
        request_id TEXT NOT NULL,
        time BIGINT NOT NULL,
        tenant TEXT NOT NULL,
        app TEXT NOT NULL,
        key_id TEXT NOT NULL,
        meta TEXT NOT NULL,
        key_version INTEGER,
        payload BYTEA,
        original BYTEA,
        payload_digest BYTEA,
        original_digest BYTEA,
        prev_hash BYTEA NOT NULL,
        hash BYTEA NOT NULL
      );
      CREATE INDEX audit_entries_request ON audit_entries (request_id);
      CREATE INDEX audit_entries_time ON audit_entries (time);
      CREATE INDEX audit_entries_tenant_time ON audit_entries (tenant, time);
      CREATE TABLE audit_checkpoints (
        seq BIGINT PRIMARY KEY,
        hash TEXT NOT NULL,
        root TEXT NOT NULL,
        time BIGINT NOT NULL,
        public_key TEXT NOT NULL,
        signature TEXT NOT NULL,
        frontier TEXT
      );
      CREATE TABLE audit_data_keys (
        tenant TEXT NOT NULL,
        version INTEGER NOT NULL,
        wrapped BYTEA,
        kek_id TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        shredded_at BIGINT,
        PRIMARY KEY (tenant, version)
      );`,
  },
];

/** Advisory lock ids: one serialises chain appends across every writer (all replicas), one migrations. */
const APPEND_LOCK = 0x57415244; // "WARD"
const MIGRATE_LOCK = 0x57415245;

export interface PostgresBackendOptions {
  /** `postgres://user:pass@host:5432/db` */
  url: string;
  /** Schema holding the audit tables (created if missing). Default `public`. */
  schema?: string;
  /** Pool size. */
  poolSize?: number;
}

/**
 * The audit log in PostgreSQL, for several gateway replicas sharing one store. Appends take a transaction-scoped
 * advisory lock and read the tail inside it, so concurrent writers (any number of processes) extend one chain.
 * Construction is synchronous; migrations run in the background and every call waits for them.
 */
export class PostgresAuditBackend implements AuditBackend {
  readonly pool: pg.Pool;
  private readonly ready: Promise<void>;

  constructor(private readonly opts: PostgresBackendOptions) {
    const schema = opts.schema ?? "public";
    checkSchemaName(schema);
    // The schema goes in as a startup parameter, so every pooled connection uses it from its first query.
    // Loaded on first use: the `pg` module costs ~14 MB of resident memory, which a gateway on SQLite never needs.
    const { Pool } = createRequire(import.meta.url)("pg") as typeof pg;
    this.pool = new Pool({ connectionString: opts.url, max: opts.poolSize ?? 4, options: `-c search_path=${schema}` });
    // Idle-client errors (server restart...) must not crash the process; the next query reports them.
    this.pool.on("error", () => undefined);
    this.ready = this.migrate(schema);
    this.ready.catch(() => undefined);
  }

  private async migrate(schema: string): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query("SELECT pg_advisory_lock($1)", [MIGRATE_LOCK]);
      try {
        await c.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
        await c.query(`SET search_path TO ${quoteIdent(schema)}`);
        await c.query("CREATE TABLE IF NOT EXISTS audit_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
        const applied = new Set((await c.query<{ version: number }>("SELECT version FROM audit_migrations")).rows.map((r) => r.version));
        for (const m of MIGRATIONS) {
          if (applied.has(m.version)) continue;
          await c.query("BEGIN");
          try {
            await c.query(m.sql);
            await c.query("INSERT INTO audit_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [m.version, m.name, Date.now()]);
            await c.query("COMMIT");
          } catch (err) {
            await c.query("ROLLBACK");
            throw err;
          }
        }
      } finally {
        await c.query("SELECT pg_advisory_unlock($1)", [MIGRATE_LOCK]);
      }
    } finally {
      c.release();
    }
  }

  private async q<R extends pg.QueryResultRow>(sql: string, args: unknown[] = []): Promise<R[]> {
    await this.ready;
    return (await this.pool.query<R>(sql, args)).rows;
  }

  async append(drafts: readonly EntryDraft[]): Promise<{ seq: number; hash: Buffer }[]> {
    await this.ready;
    return inTransaction(this.pool, async (c) => {
      await c.query("SELECT pg_advisory_xact_lock($1)", [APPEND_LOCK]);
      const tail = (await c.query<{ seq: string; hash: Buffer }>("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1")).rows[0];
      let seq = tail ? Number(tail.seq) : 0;
      let prev = tail?.hash ?? GENESIS_HASH;
      const out: { seq: number; hash: Buffer }[] = [];
      const values: string[] = [];
      const args: unknown[] = [];
      for (const d of drafts) {
        seq++;
        const hash = hashEntry(seq, prev, d);
        const base = args.length;
        values.push(`(${Array.from({ length: 15 }, (_, i) => `$${base + i + 1}`).join(", ")})`);
        args.push(seq, d.kind, d.requestId, d.time, d.tenant, d.app, d.keyId, d.meta, d.keyVersion, d.payload, d.original, d.payloadDigest, d.originalDigest, prev, hash);
        out.push({ seq, hash });
        prev = hash;
      }
      // 15 parameters per row: chunks of 2000 rows stay under PostgreSQL's 65535-parameter limit.
      for (let i = 0; i < values.length; i += 2000) {
        await c.query(
          `INSERT INTO audit_entries (seq, kind, request_id, time, tenant, app, key_id, meta, key_version, payload, original,
            payload_digest, original_digest, prev_hash, hash) VALUES ${values.slice(i, i + 2000).join(", ")}`,
          args.slice(i * 15, (i + 2000) * 15),
        );
      }
      return out;
    });
  }

  /**
   * Start a writer thread with its own pool on this store: encryption, digests, chain hashing and the `pg` client's
   * work for appends leave the event loop. Its appends take the same advisory lock as every other writer, so the
   * chain stays one chain. This backend's pool stays for reads, data keys, purges and checkpoints.
   */
  startWriterThread(opts: ThreadWriterOptions): ThreadWriter {
    return new ThreadWriter({ backend: "postgres", url: this.opts.url, schema: this.opts.schema ?? "public" }, opts);
  }

  async tail(): Promise<{ seq: number; hash: Buffer }> {
    const r = (await this.q<{ seq: string; hash: Buffer }>("SELECT seq, hash FROM audit_entries ORDER BY seq DESC LIMIT 1"))[0];
    return r ? { seq: Number(r.seq), hash: r.hash } : { seq: 0, hash: GENESIS_HASH };
  }

  async *scan(fromSeq = 1): AsyncIterable<StoredEntry> {
    let from = fromSeq;
    for (;;) {
      const rows = await this.q<EntryRow<string>>("SELECT * FROM audit_entries WHERE seq >= $1 ORDER BY seq LIMIT 2000", [from]);
      for (const r of rows) yield entryFromRow(r);
      if (rows.length < 2000) return;
      from = Number((rows[rows.length - 1] as EntryRow<string>).seq) + 1;
    }
  }

  async hashes(fromSeq: number, toSeq: number): Promise<Buffer[]> {
    return checkedHashes(await this.q<{ seq: string; hash: unknown }>("SELECT seq, hash FROM audit_entries WHERE seq >= $1 AND seq <= $2 ORDER BY seq", [fromSeq, toSeq]), fromSeq);
  }

  async search(f: SearchFilter): Promise<StoredEntry[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    const add = (col: string, op: string, v: string | number | undefined) => {
      if (v === undefined) return;
      args.push(v);
      where.push(`${col} ${op} $${args.length}`);
    };
    add("time", ">=", f.from);
    add("time", "<", f.to);
    add("seq", ">", f.afterSeq);
    add("tenant", "=", f.tenant);
    add("app", "=", f.app);
    add("request_id", "=", f.requestId);
    add("kind", "=", f.kind);
    if (f.findingType !== undefined) {
      args.push(f.findingType);
      where.push(`(meta::jsonb -> 'findings' -> 'byType') ? $${args.length}`);
    }
    if (f.action !== undefined) {
      args.push(f.action);
      where.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(meta::jsonb -> 'findings' -> 'items', '[]'::jsonb)) i WHERE i ->> 'action' = $${args.length})`);
    }
    if (f.incomplete) {
      // Rejected calls and calls the gateway served itself (the model list) never get a response entry: they are not
      // cut off. A response answers the request of the same
      // id, tenant and key before it with no other such request between them (a retry reusing a cut-off call's id).
      where.push(
        "kind = 'request' AND COALESCE(e.meta::jsonb ->> 'verdict', '') NOT IN ('rejected', 'served') AND NOT EXISTS (SELECT 1 FROM audit_entries s WHERE s.request_id = e.request_id AND s.tenant = e.tenant AND s.key_id = e.key_id AND s.kind = 'response' AND s.seq > e.seq" +
          " AND NOT EXISTS (SELECT 1 FROM audit_entries r2 WHERE r2.request_id = e.request_id AND r2.tenant = e.tenant AND r2.key_id = e.key_id AND r2.kind = 'request' AND r2.seq > e.seq AND r2.seq < s.seq AND COALESCE(r2.meta::jsonb ->> 'verdict', '') NOT IN ('rejected', 'served')))",
      );
    }
    if (f.rejected) where.push("kind = 'request' AND (e.meta::jsonb ->> 'verdict') = 'rejected'");
    const limit = f.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(f.limit))}` : "";
    return (await this.q<EntryRow<string>>(`SELECT * FROM audit_entries e${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY seq${limit}`, args)).map(entryFromRow);
  }

  async addCheckpoint(cp: SignedCheckpoint): Promise<void> {
    await this.q(
      "INSERT INTO audit_checkpoints (seq, hash, root, time, public_key, signature, frontier) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (seq) DO NOTHING",
      [cp.seq, cp.hash, cp.root, cp.time, cp.publicKey, cp.signature, cp.frontier ? JSON.stringify(cp.frontier) : null],
    );
  }

  async checkpoints(): Promise<SignedCheckpoint[]> {
    return (await this.q<CheckpointRow<string>>("SELECT * FROM audit_checkpoints ORDER BY seq")).map(checkpointFromRow);
  }

  async lastCheckpoint(): Promise<SignedCheckpoint | undefined> {
    const [row] = await this.q<CheckpointRow<string>>("SELECT * FROM audit_checkpoints ORDER BY seq DESC LIMIT 1");
    return row ? checkpointFromRow(row) : undefined;
  }

  async getDataKey(tenant: string, version?: number): Promise<WrappedDataKey | undefined> {
    const rows =
      version === undefined
        ? await this.q<KeyRow<string>>("SELECT * FROM audit_data_keys WHERE tenant = $1 ORDER BY version DESC LIMIT 1", [tenant])
        : await this.q<KeyRow<string>>("SELECT * FROM audit_data_keys WHERE tenant = $1 AND version = $2", [tenant, version]);
    return rows[0] ? keyFromRow(rows[0]) : undefined;
  }

  async putDataKey(k: WrappedDataKey): Promise<WrappedDataKey> {
    await this.q(
      "INSERT INTO audit_data_keys (tenant, version, wrapped, kek_id, created_at, shredded_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
      [k.tenant, k.version, k.wrapped, k.kekId, k.createdAt, k.shreddedAt],
    );
    return (await this.getDataKey(k.tenant, k.version)) as WrappedDataKey;
  }

  async listDataKeys(): Promise<WrappedDataKey[]> {
    return (await this.q<KeyRow<string>>("SELECT * FROM audit_data_keys ORDER BY tenant, version")).map(keyFromRow);
  }

  async rewrapDataKeys(keys: readonly RewrappedKey[], kekId: string): Promise<number> {
    await this.ready;
    const n = await inTransaction(this.pool, async (c) => {
      let changed = 0;
      for (const k of keys) {
        const r = await c.query("UPDATE audit_data_keys SET wrapped = $1, kek_id = $2 WHERE tenant = $3 AND version = $4 AND wrapped IS NOT NULL", [k.wrapped, kekId, k.tenant, k.version]);
        changed += r.rowCount ?? 0;
      }
      return changed;
    });
    if (n > 0) await this.rewriteDataKeys();
    return n;
  }

  async purgePayloads(o: PurgeSpec): Promise<number> {
    await this.ready;
    const col = o.field === "payload" ? "payload" : "original";
    const args: unknown[] = [o.before];
    const where = [`${col} IS NOT NULL`, "time < $1"];
    if (o.tenant !== undefined) {
      args.push(o.tenant);
      where.push(`tenant = $${args.length}`);
    }
    if (o.exceptTenants && o.exceptTenants.length > 0) {
      args.push([...o.exceptTenants]);
      where.push(`NOT (tenant = ANY($${args.length}))`);
    }
    if (o.category !== undefined) {
      args.push(o.category);
      where.push(
        `request_id IN (SELECT c.request_id FROM audit_entries c WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(c.meta::jsonb -> 'findings' -> 'items', '[]'::jsonb)) i WHERE i ->> 'category' = $${args.length}))`,
      );
    }
    if (o.dataClass !== undefined) {
      args.push(o.dataClass);
      where.push(`request_id IN (SELECT c.request_id FROM audit_entries c WHERE (c.meta::jsonb -> 'findings' -> 'dataClasses') ? $${args.length})`);
    }
    return (await this.pool.query(`UPDATE audit_entries SET ${col} = NULL WHERE ${where.join(" AND ")}`, args)).rowCount ?? 0;
  }

  async retireDataKeys(o: { periodMs: number; endedBy: number; at: number }): Promise<{ tenant: string; version: number }[]> {
    await this.ready;
    // A key's period ends at the next multiple of periodMs after its creation (integer division floors: times are
    // positive). One anti-join over the entries still holding a payload or an original.
    const r = await this.pool.query<{ tenant: string; version: number }>(
      `UPDATE audit_data_keys k SET wrapped = NULL, shredded_at = $1
        WHERE k.wrapped IS NOT NULL AND (k.created_at / $2::bigint + 1) * $2::bigint <= $3::bigint
          AND NOT EXISTS (SELECT 1 FROM audit_entries e WHERE e.tenant = k.tenant AND e.key_version = k.version
                          AND (e.payload IS NOT NULL OR e.original IS NOT NULL))
        RETURNING k.tenant, k.version`,
      [o.at, o.periodMs, o.endedBy],
    );
    if (r.rows.length > 0) await this.rewriteDataKeys();
    return r.rows.map((k) => ({ tenant: k.tenant, version: Number(k.version) })).sort((a, b) => (a.tenant === b.tenant ? a.version - b.version : a.tenant < b.tenant ? -1 : 1));
  }

  async shredDataKeys(tenant: string, at: number): Promise<number> {
    await this.ready;
    const n = (await this.pool.query("UPDATE audit_data_keys SET wrapped = NULL, shredded_at = $1 WHERE tenant = $2 AND wrapped IS NOT NULL", [at, tenant])).rowCount ?? 0;
    if (n > 0) await this.rewriteDataKeys();
    return n;
  }

  /**
   * An UPDATE leaves the old row version (the wrapped key) in the table's pages, where a copy of the data files still
   * yields it, and a plain VACUUM does not zero the space it frees: rewrite the (small: one row per tenant and key
   * version) table so that shredding and KEK rotation leave no old wrapping in it. The WAL and backups still hold
   * them until they age out (docs/audit.md).
   */
  private async rewriteDataKeys(): Promise<void> {
    await this.pool.query("VACUUM FULL audit_data_keys");
  }

  async close(): Promise<void> {
    await this.ready.catch(() => undefined);
    await this.pool.end();
  }
}
