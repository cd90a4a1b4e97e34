import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import Database from "better-sqlite3";
import type pg from "pg";
import { POLICIES_CHANNEL, POLICIES_TABLE_DDL, POLICY_KEY_TABLE_DDL } from "../admin/postgres-tenant-policy-store.js";
import { TENANTS_CHANNEL, TENANTS_TABLE_DDL } from "../admin/postgres-tenant-store.js";
import { KEYS_CHANNEL, KEYS_TABLE_DDL } from "../authenticate/postgres-key-store.js";
import { changePayload } from "../postgres/postgres-change-feed.js";
import { checkSchemaName, quoteIdent } from "../postgres/schema-name.js";
import type { KeyEncryptionKey } from "../record/key-encryption-key.js";

/** One replicated table: where its rows are in `warden.db`, where they go in PostgreSQL. */
interface TableSpec {
  kind: "keys" | "tenants" | "policyKey" | "policies";
  source: string;
  target: string;
  ddl: string;
  /** The NOTIFY channel of running gateways for this table (none: read only when a gateway opens the store). */
  channel?: string;
  /** The primary key column (the same name on both sides). */
  pk: string;
  /** Every column copied, the primary key first. */
  columns: readonly string[];
  /** Columns merged instead of compared: the later of the two times is kept (a key's last use). */
  latest?: readonly string[];
}

/** The stores `keys.store: postgres` moves to PostgreSQL, with the SQLite tables they had (same column names). */
const TABLES: readonly TableSpec[] = [
  {
    kind: "keys",
    source: "api_keys",
    target: "warden_api_keys",
    ddl: KEYS_TABLE_DDL,
    channel: KEYS_CHANNEL,
    pk: "id",
    columns: ["id", "hash", "tenant", "app", "roles", "name", "created_at", "expires_at", "revoked_at", "last_used_at", "models", "cidrs", "limits", "replaced_by"],
    latest: ["last_used_at"],
  },
  {
    kind: "tenants",
    source: "tenants",
    target: "warden_tenants",
    ddl: TENANTS_TABLE_DDL,
    channel: TENANTS_CHANNEL,
    pk: "id",
    columns: ["id", "name", "created_at", "updated_at", "disabled_at"],
  },
  {
    // The policy data key (wrapped by the audit KEK) before the policies it seals: they move sealed, byte for byte.
    kind: "policyKey",
    source: "admin_policy_key",
    target: "warden_admin_policy_key",
    ddl: POLICY_KEY_TABLE_DDL,
    pk: "id",
    columns: ["id", "kek_id", "wrapped"],
  },
  {
    kind: "policies",
    source: "admin_policies",
    target: "warden_admin_policies",
    ddl: POLICIES_TABLE_DDL,
    channel: POLICIES_CHANNEL,
    pk: "scope",
    columns: ["scope", "document", "updated_at", "updated_by"],
  },
];

export type StoreKind = TableSpec["kind"];

/** What happened (or, in a dry run, would happen) to one kind of row. */
export interface TableMigration {
  /** Rows in `warden.db`. */
  source: number;
  /** Rows not in PostgreSQL before, inserted. */
  copied: number;
  /** Rows already in PostgreSQL with the same content (a re-run): left alone. */
  unchanged: number;
  /** Ids (key ids, tenant ids, policy scopes) present on both sides with different content, not written. */
  conflicts: string[];
  /** Conflicting rows replaced by the SQLite content (`force`). */
  overwritten: number;
}

export type MigrationReport = Record<StoreKind, TableMigration>;

export interface MigrateOptions {
  /** The data directory holding `warden.db`. */
  dataDir: string;
  url: string;
  schema: string;
  /** Do everything in a transaction and roll it back: the counts are exact, nothing is kept. */
  dryRun?: boolean;
  /** Replace rows that differ (the SQLite copy wins) instead of reporting them. */
  force?: boolean;
  /**
   * The key-encryption keys of the policy data key (which seals the stored policy documents): `source`, the KEKs that
   * may wrap it in `warden.db` (tried in order), and `target`, the KEK the PostgreSQL gateways use (`audit.kek`). The
   * key is re-wrapped under `target` as it moves; the same key already in PostgreSQL is "unchanged". Without it, the
   * wrapped key is copied as it is (the gateways must then use the single node's KEK).
   */
  policyKek?: { source: readonly KeyEncryptionKey[]; target: KeyEncryptionKey };
}

type Row = Record<string, unknown>;

/**
 * One comparable form of a cell on either side: PostgreSQL returns BIGINT as text and BYTEA as a Buffer, SQLite
 * INTEGER as a number and BLOB as a Buffer; a column an older `warden.db` lacks reads as undefined (null).
 */
function cell(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (Buffer.isBuffer(v)) return `x${v.toString("hex")}`;
  return String(v);
}

/** Read one table of `warden.db` (no rows when the table was never made: that store was never used). */
function readSource(db: Database.Database, spec: TableSpec): Row[] {
  const present = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(spec.source) !== undefined;
  if (!present) return [];
  return db.prepare(`SELECT * FROM ${spec.source} ORDER BY ${spec.pk}`).all() as Row[];
}

async function migrateTable(c: pg.ClientBase, spec: TableSpec, schema: string, rows: Row[], force: boolean): Promise<TableMigration> {
  const out: TableMigration = { source: rows.length, copied: 0, unchanged: 0, conflicts: [], overwritten: 0 };
  const cols = spec.columns;
  const latest = new Set(spec.latest ?? []);
  const compared = cols.filter((col) => !latest.has(col));
  const insert = `INSERT INTO ${spec.target} (${cols.join(", ")}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(", ")})`;
  // --force replaces what differs; the merged columns keep their merged (later) value.
  const replaced = compared.filter((col) => col !== spec.pk);
  const overwrite = `UPDATE ${spec.target} SET ${replaced.map((col, i) => `${col} = $${i + 2}`).join(", ")} WHERE ${spec.pk} = $1`;
  const channel = spec.channel;
  const notify = async (id: string): Promise<void> => {
    if (channel !== undefined) await c.query("SELECT pg_notify($1, $2)", [channel, changePayload(schema, id)]);
  };
  for (const row of rows) {
    const id = String(row[spec.pk]);
    const values = cols.map((col) => (row[col] === undefined ? null : row[col]));
    const { rows: found } = await c.query<Row>(`SELECT * FROM ${spec.target} WHERE ${spec.pk} = $1`, [id]);
    const existing = found[0];
    if (!existing) {
      await c.query(insert, values);
      await notify(id);
      out.copied++;
      continue;
    }
    // Last use only ever moves forward: the later of the two is kept, and is not a difference.
    for (const col of latest) {
      await c.query(`UPDATE ${spec.target} SET ${col} = greatest(coalesce(${col}, 0), coalesce($1::bigint, 0)) WHERE ${spec.pk} = $2 AND $1::bigint IS NOT NULL`, [row[col] ?? null, id]);
    }
    if (compared.every((col) => cell(existing[col]) === cell(row[col]))) {
      out.unchanged++;
      continue;
    }
    out.conflicts.push(id);
    if (force) {
      await c.query(overwrite, [id, ...replaced.map((col) => row[col] ?? null)]);
      await notify(id);
      out.overwritten++;
    }
  }
  return out;
}

/** The key a wrapping holds, under the first KEK that unwraps it; undefined when none does. */
async function unwrapUnder(keks: readonly KeyEncryptionKey[], wrapped: string): Promise<Buffer | undefined> {
  for (const k of keks) {
    const key = await k.unwrap(Buffer.from(wrapped, "base64")).catch(() => undefined);
    if (key) return key;
  }
  return undefined;
}

/**
 * The policy data key moved under the target KEK: unwrapped with a source KEK, wrapped again under `target`. Compared
 * by the key itself (a wrapping differs on every run): the same key in PostgreSQL is unchanged, another is a conflict.
 */
async function migratePolicyKey(c: pg.ClientBase, rows: Row[], keks: { source: readonly KeyEncryptionKey[]; target: KeyEncryptionKey }, force: boolean): Promise<TableMigration> {
  const out: TableMigration = { source: rows.length, copied: 0, unchanged: 0, conflicts: [], overwritten: 0 };
  const row = rows[0];
  if (!row) return out;
  const kekId = String(row["kek_id"]);
  const key = await unwrapUnder(keks.source, String(row["wrapped"]));
  if (!key) throw new Error(`the policy data key of warden.db is wrapped by key-encryption key ${kekId}, which none of ${keks.source.map((k) => k.id).join(", ")} unwraps (give the single node's audit.kek)`);
  const fresh = { kekId: keks.target.id, wrapped: (await keks.target.wrap(key)).toString("base64") };
  const { rows: found } = await c.query<{ wrapped: string }>("SELECT wrapped FROM warden_admin_policy_key WHERE id = 1");
  const existing = found[0];
  if (!existing) {
    await c.query("INSERT INTO warden_admin_policy_key (id, kek_id, wrapped) VALUES (1, $1, $2)", [fresh.kekId, fresh.wrapped]);
    out.copied++;
    return out;
  }
  const there = await unwrapUnder([keks.target], existing.wrapped);
  if (there?.equals(key)) {
    out.unchanged++;
    return out;
  }
  out.conflicts.push("1");
  if (force) {
    await c.query("UPDATE warden_admin_policy_key SET kek_id = $1, wrapped = $2 WHERE id = 1", [fresh.kekId, fresh.wrapped]);
    out.overwritten++;
  }
  return out;
}

/**
 * Copy the keys (hashes, tenants, apps, roles, allowlists, limits, expiry, rotation, revocation and last use), the
 * admin-API tenants and the admin-API policies of `<dataDir>/warden.db` into the PostgreSQL stores of
 * `keys.store: postgres` (tables created when missing), in one transaction:
 *
 * - a row missing in PostgreSQL is inserted with its id and times unchanged (a key keeps working: only its hash is
 *   stored, and the hash moves);
 * - a row present with the same content is left alone, so a second run changes nothing (a key's last use is merged:
 *   the later time is kept);
 * - a row present with other content is a conflict: reported by id and not written, unless `force`, when the SQLite
 *   row replaces it.
 *
 * Each row written sends the store's NOTIFY, so gateways already running on PostgreSQL take it at once. The tables
 * are locked against writes for the transaction (running gateways' writes wait, and are not lost). With `dryRun`
 * the transaction is rolled back: the report says exactly what a run would do.
 *
 * @example
 * const report = await migrateStoresToPostgres({ dataDir: ".warden", url, schema: "warden", dryRun: true });
 * report.keys.copied; // keys a run would copy
 */
export async function migrateStoresToPostgres(opts: MigrateOptions): Promise<MigrationReport> {
  const schema = checkSchemaName(opts.schema);
  const file = join(opts.dataDir, "warden.db");
  if (!existsSync(file)) throw new Error(`no warden.db in ${opts.dataDir}`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  let sources: Row[][];
  try {
    // One read transaction: keys, tenants and policies as of the same moment.
    sources = db.transaction(() => TABLES.map((spec) => readSource(db, spec)))();
  } finally {
    db.close();
  }
  const { Client } = createRequire(import.meta.url)("pg") as typeof pg;
  const c = new Client({ connectionString: opts.url, connectionTimeoutMillis: 5_000, options: `-c search_path=${schema}`, application_name: "warden-keys-migrate" });
  await c.connect();
  try {
    await c.query("BEGIN");
    try {
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      const report: Partial<MigrationReport> = {};
      for (const [i, spec] of TABLES.entries()) {
        await c.query(spec.ddl);
        await c.query(`LOCK TABLE ${spec.target} IN SHARE ROW EXCLUSIVE MODE`);
        const rows = sources[i] ?? [];
        // Policies sealed under one policy data key do not open under another: when PostgreSQL has a key of its own
        // (not --force), none is copied, each reported as a conflict.
        if (spec.kind === "policies" && (report.policyKey?.conflicts.length ?? 0) > 0 && opts.force !== true) {
          report[spec.kind] = { source: rows.length, copied: 0, unchanged: 0, conflicts: rows.map((r) => String(r[spec.pk])), overwritten: 0 };
          continue;
        }
        report[spec.kind] =
          spec.kind === "policyKey" && opts.policyKek ? await migratePolicyKey(c, rows, opts.policyKek, opts.force === true) : await migrateTable(c, spec, schema, rows, opts.force === true);
      }
      await c.query(opts.dryRun ? "ROLLBACK" : "COMMIT");
      return report as MigrationReport;
    } catch (err) {
      await c.query("ROLLBACK").catch(() => undefined);
      throw err;
    }
  } finally {
    await c.end().catch(() => undefined);
  }
}
