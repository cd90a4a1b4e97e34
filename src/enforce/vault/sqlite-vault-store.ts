import Database from "better-sqlite3";
import type { StoredMapping } from "../token-vault.js";
import { blobDataKey } from "./data-key-blob.js";
import { blobDigest, type DataKeyRecord, RECORD_ID, type VaultRecord, type VaultStore } from "./vault-store.js";

/**
 * Vault mappings in a SQLite file, for one node whose tokens must survive restarts (same semantics as the
 * PostgreSQL store: first writer wins, expiry refreshed on load, `purge` deletes expired rows). Calls are
 * synchronous underneath (one small indexed statement each).
 */
export class SqliteVaultStore implements VaultStore {
  readonly kind = "sqlite";
  private readonly db: Database.Database;
  private readonly loadStmt: Database.Statement<[string, number]>;
  private readonly refreshStmt: Database.Statement<[number, string, number]>;
  private readonly upsert: Database.Statement<[{ conv: string; token: string; blob: Buffer; restore: number; expires: number; now: number; dt: string | null; dp: number | null }]>;
  private readonly purgeStmt: Database.Statement<[number]>;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    // Purged mappings seal originals under a key kept beside this file: their bytes must leave the pages, not only the table.
    this.db.pragma("secure_delete = ON");
    this.db.pragma("busy_timeout = 2000");
    this.db.exec(`CREATE TABLE IF NOT EXISTS warden_vault (conv TEXT NOT NULL, token TEXT NOT NULL, blob BLOB NOT NULL, restore INTEGER NOT NULL, expires_at INTEGER NOT NULL, PRIMARY KEY (conv, token)) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS warden_vault_expiry ON warden_vault (expires_at);
      CREATE TABLE IF NOT EXISTS warden_vault_key (id INTEGER PRIMARY KEY, wrapped BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS warden_vault_dek (tenant TEXT NOT NULL, period INTEGER NOT NULL, wrapped BLOB NOT NULL, retire_after INTEGER NOT NULL, PRIMARY KEY (tenant, period)) WITHOUT ROWID;`);
    // Which data key a row's blob is sealed under (NULL: a numbering slot, or a mapping from before data keys).
    const cols = (this.db.prepare("SELECT name FROM pragma_table_info('warden_vault')").all() as { name: string }[]).map((c) => c.name);
    if (!cols.includes("dek_tenant")) this.db.exec("ALTER TABLE warden_vault ADD COLUMN dek_tenant TEXT; ALTER TABLE warden_vault ADD COLUMN dek_period INTEGER;");
    this.db.exec("CREATE INDEX IF NOT EXISTS warden_vault_dek_ref ON warden_vault (dek_tenant, dek_period)");
    this.loadStmt = this.db.prepare("SELECT token, blob, restore, expires_at FROM warden_vault WHERE conv = ? AND expires_at > ?");
    this.refreshStmt = this.db.prepare("UPDATE warden_vault SET expires_at = ? WHERE conv = ? AND expires_at > ?");
    this.upsert = this.db.prepare(`INSERT INTO warden_vault AS v (conv, token, blob, restore, expires_at, dek_tenant, dek_period) VALUES (@conv, @token, @blob, @restore, @expires, @dt, @dp)
      ON CONFLICT (conv, token) DO UPDATE SET
        blob = CASE WHEN v.expires_at <= @now THEN excluded.blob ELSE v.blob END,
        dek_tenant = CASE WHEN v.expires_at <= @now THEN excluded.dek_tenant ELSE v.dek_tenant END,
        dek_period = CASE WHEN v.expires_at <= @now THEN excluded.dek_period ELSE v.dek_period END,
        restore = CASE WHEN v.expires_at <= @now THEN excluded.restore
                       WHEN substr(v.blob, 1, 32) = substr(excluded.blob, 1, 32) THEN max(v.restore, excluded.restore)
                       ELSE v.restore END,
        expires_at = excluded.expires_at
      RETURNING blob`);
    this.purgeStmt = this.db.prepare("DELETE FROM warden_vault WHERE expires_at <= ?");
  }

  async load(conversation: string, ttlMs: number): Promise<StoredMapping[]> {
    const now = Date.now();
    const rows = this.loadStmt.all(conversation, now) as { token: string; blob: Buffer; restore: number; expires_at: number }[];
    // Rewrite the expiry only once a tenth of the TTL has passed, not on every call.
    if (rows.some((r) => r.expires_at < now + ttlMs - ttlMs / 10)) this.refreshStmt.run(now + ttlMs, conversation, now);
    return rows.map((r) => ({ token: r.token, blob: r.blob, restore: r.restore === 1 }));
  }

  async save(conversation: string, mappings: readonly StoredMapping[], ttlMs: number): Promise<string[]> {
    const now = Date.now();
    const taken: string[] = [];
    this.db.transaction(() => {
      for (const m of mappings) {
        const dek = blobDataKey(m.blob);
        const row = this.upsert.get({ conv: conversation, token: m.token, blob: m.blob, restore: m.restore ? 1 : 0, expires: now + ttlMs, now, dt: dek?.tenant ?? null, dp: dek?.period ?? null }) as { blob: Buffer } | undefined;
        if (row && blobDigest(row.blob) !== blobDigest(m.blob)) taken.push(m.token);
      }
    })();
    return taken;
  }

  async record(name: VaultRecord, candidate: Buffer): Promise<Buffer> {
    const id = RECORD_ID[name];
    this.db.prepare("INSERT INTO warden_vault_key (id, wrapped) VALUES (?, ?) ON CONFLICT (id) DO NOTHING").run(id, candidate);
    return (this.db.prepare("SELECT wrapped FROM warden_vault_key WHERE id = ?").get(id) as { wrapped: Buffer }).wrapped;
  }

  async replaceRecord(name: VaultRecord, expected: Buffer, next: Buffer): Promise<boolean> {
    return this.db.prepare("UPDATE warden_vault_key SET wrapped = ? WHERE id = ? AND wrapped = ?").run(next, RECORD_ID[name], expected).changes === 1;
  }

  async *entries(): AsyncIterable<{ conversation: string; mappings: StoredMapping[] }> {
    const convs = this.db.prepare("SELECT DISTINCT conv FROM warden_vault WHERE expires_at > ?").all(Date.now()) as { conv: string }[];
    for (const { conv } of convs) {
      const rows = this.loadStmt.all(conv, Date.now()) as { token: string; blob: Buffer; restore: number }[];
      yield { conversation: conv, mappings: rows.map((r) => ({ token: r.token, blob: r.blob, restore: r.restore === 1 })) };
    }
  }

  async replaceBlob(conversation: string, token: string, expected: Buffer, next: Buffer): Promise<boolean> {
    const dek = blobDataKey(next);
    return this.db.prepare("UPDATE warden_vault SET blob = ?, dek_tenant = ?, dek_period = ? WHERE conv = ? AND token = ? AND blob = ?").run(next, dek?.tenant ?? null, dek?.period ?? null, conversation, token, expected).changes === 1;
  }

  async dataKey(tenant: string, period: number, candidate: Buffer, at: { retireAfter: number }): Promise<Buffer> {
    this.db.prepare("INSERT INTO warden_vault_dek (tenant, period, wrapped, retire_after) VALUES (?, ?, ?, ?) ON CONFLICT (tenant, period) DO NOTHING").run(tenant, period, candidate, at.retireAfter);
    return (this.db.prepare("SELECT wrapped FROM warden_vault_dek WHERE tenant = ? AND period = ?").get(tenant, period) as { wrapped: Buffer }).wrapped;
  }

  async findDataKeys(tenant: string, periods: readonly number[]): Promise<Map<number, Buffer>> {
    const get = this.db.prepare("SELECT wrapped FROM warden_vault_dek WHERE tenant = ? AND period = ?");
    const out = new Map<number, Buffer>();
    for (const p of periods) {
      const row = get.get(tenant, p) as { wrapped: Buffer } | undefined;
      if (row) out.set(p, row.wrapped);
    }
    return out;
  }

  async keepDataKeys(): Promise<void> {
    // Kept until retired: `retireDataKeys` checks that no stored mapping needs them.
  }

  async *dataKeyRecords(): AsyncIterable<DataKeyRecord> {
    yield* this.db.prepare("SELECT tenant, period, wrapped FROM warden_vault_dek ORDER BY tenant, period").all() as DataKeyRecord[];
  }

  async replaceDataKey(tenant: string, period: number, expected: Buffer, next: Buffer): Promise<boolean> {
    const n = this.db.prepare("UPDATE warden_vault_dek SET wrapped = ? WHERE tenant = ? AND period = ? AND wrapped = ?").run(next, tenant, period, expected).changes;
    if (n > 0) this.db.pragma("wal_checkpoint(TRUNCATE)"); // the old wrapping leaves the WAL too
    return n === 1;
  }

  async retireDataKeys(now = Date.now()): Promise<{ tenant: string; period: number }[]> {
    // secure_delete zeroes the deleted rows' bytes in the pages; the WAL is truncated after.
    const gone = this.db
      .prepare(
        `DELETE FROM warden_vault_dek AS k WHERE k.retire_after <= ?
           AND NOT EXISTS (SELECT 1 FROM warden_vault v WHERE v.dek_tenant = k.tenant AND v.dek_period = k.period)
         RETURNING tenant, period`,
      )
      .all(now) as { tenant: string; period: number }[];
    if (gone.length > 0) this.db.pragma("wal_checkpoint(TRUNCATE)");
    return gone;
  }

  async eraseTenant(tenant: string): Promise<{ keys: number; mappings: number }> {
    const r = this.db.transaction(() => ({
      mappings: this.db.prepare("DELETE FROM warden_vault WHERE dek_tenant = ?").run(tenant).changes,
      keys: this.db.prepare("DELETE FROM warden_vault_dek WHERE tenant = ?").run(tenant).changes,
    }))();
    this.db.pragma("wal_checkpoint(TRUNCATE)");
    return r;
  }

  async purge(): Promise<number> {
    const n = this.purgeStmt.run(Date.now()).changes;
    // the WAL still holds the pages as they were before the delete: copy it back and truncate it
    if (n > 0) this.db.pragma("wal_checkpoint(TRUNCATE)");
    return n;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
