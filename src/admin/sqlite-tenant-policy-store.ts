import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { KeyEncryptionKey } from "../record/key-encryption-key.js";
import { openPolicyKey, type PolicyKeyTable, type WrappedPolicyKey } from "./policy-key.js";
import { isSealed, policyAad, PolicySeal, versionAad } from "./policy-seal.js";
import { type PolicyChange, POLICY_VERSIONS_KEPT, type StoredPolicy, type StoredPolicyVersion, type TenantPolicyStore } from "./tenant-policy-store.js";

interface Row {
  scope: string;
  document: string;
  updated_at: number;
  updated_by: string;
}

interface VersionRow {
  scope: string;
  version: string;
  document: string | null;
  action: StoredPolicyVersion["action"];
  applied_at: number;
  applied_by: string;
}

/** The one-row table of the policy data key (wrapped by the audit KEK), beside the policies in `warden.db`. */
export class SqlitePolicyKeyTable implements PolicyKeyTable {
  constructor(private readonly db: Database.Database) {
    db.exec("CREATE TABLE IF NOT EXISTS admin_policy_key (id INTEGER PRIMARY KEY CHECK (id = 1), kek_id TEXT NOT NULL, wrapped TEXT NOT NULL)");
  }

  async read(): Promise<WrappedPolicyKey | undefined> {
    const r = this.db.prepare("SELECT kek_id, wrapped FROM admin_policy_key WHERE id = 1").get() as { kek_id: string; wrapped: string } | undefined;
    return r ? { kekId: r.kek_id, wrapped: r.wrapped } : undefined;
  }

  async create(key: WrappedPolicyKey): Promise<WrappedPolicyKey> {
    this.db.prepare("INSERT OR IGNORE INTO admin_policy_key (id, kek_id, wrapped) VALUES (1, ?, ?)").run(key.kekId, key.wrapped);
    return (await this.read()) as WrappedPolicyKey;
  }

  async replace(key: WrappedPolicyKey): Promise<void> {
    this.db.prepare("UPDATE admin_policy_key SET kek_id = ?, wrapped = ? WHERE id = 1").run(key.kekId, key.wrapped);
  }
}

function openDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, "warden.db"));
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  return db;
}

/**
 * Policies applied through the admin API, in `<dataDir>/warden.db` (so they survive restarts and config reloads).
 * Documents (the policy in force per scope and every kept version) are stored sealed ({@link PolicySeal}); rows
 * written before documents were sealed are sealed when the store opens.
 */
export class SqliteTenantPolicyStore implements TenantPolicyStore {
  readonly kind = "sqlite";

  /** Open `<dataDir>/warden.db`'s policies, with the policy data key unwrapped by `kek` (made on first use). */
  static async open(dataDir: string, kek: KeyEncryptionKey): Promise<SqliteTenantPolicyStore> {
    const db = openDatabase(dataDir);
    try {
      const key = await openPolicyKey(new SqlitePolicyKeyTable(db), kek);
      return new SqliteTenantPolicyStore(db, new PolicySeal(key));
    } catch (err) {
      db.close();
      throw err;
    }
  }

  private constructor(
    private readonly db: Database.Database,
    private readonly sealer: PolicySeal,
  ) {
    this.db.exec(`CREATE TABLE IF NOT EXISTS admin_policies (
      scope TEXT PRIMARY KEY,
      document TEXT NOT NULL,
      updated_at INTEGER NOT NULL,
      updated_by TEXT NOT NULL
    )`);
    this.db.exec(`CREATE TABLE IF NOT EXISTS admin_policy_versions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      scope TEXT NOT NULL,
      version TEXT NOT NULL,
      document TEXT,
      action TEXT NOT NULL,
      applied_at INTEGER NOT NULL,
      applied_by TEXT NOT NULL
    )`);
    this.db.exec("CREATE INDEX IF NOT EXISTS admin_policy_versions_scope ON admin_policy_versions (scope, id)");
    this.sealOldRows();
    // Every document in force must open now, not at the first reload.
    this.all();
  }

  /** Seal the documents of rows written before documents were sealed, in one transaction (a migration, run at open). */
  private sealOldRows(): void {
    this.db.transaction(() => {
      for (const r of this.db.prepare("SELECT scope, document FROM admin_policies").all() as { scope: string; document: string }[]) {
        if (!isSealed(r.document)) this.db.prepare("UPDATE admin_policies SET document = ? WHERE scope = ?").run(this.sealer.seal(r.document, policyAad(r.scope)), r.scope);
      }
      for (const r of this.db.prepare("SELECT id, scope, version, document FROM admin_policy_versions WHERE document IS NOT NULL").all() as { id: number; scope: string; version: string; document: string }[]) {
        if (!isSealed(r.document)) this.db.prepare("UPDATE admin_policy_versions SET document = ? WHERE id = ?").run(this.sealer.seal(r.document, versionAad(r.scope, r.version)), r.id);
      }
    })();
  }

  private toPolicy(r: Row): StoredPolicy {
    return { scope: r.scope, document: this.sealer.open(r.document, policyAad(r.scope), `scope ${r.scope}`), updatedAt: r.updated_at, updatedBy: r.updated_by };
  }

  get(scope: string): StoredPolicy | undefined {
    const r = this.db.prepare("SELECT * FROM admin_policies WHERE scope = ?").get(scope) as Row | undefined;
    return r ? this.toPolicy(r) : undefined;
  }

  all(): StoredPolicy[] {
    return (this.db.prepare("SELECT * FROM admin_policies ORDER BY scope").all() as Row[]).map((r) => this.toPolicy(r));
  }

  put(p: StoredPolicy): void {
    this.db
      .prepare("INSERT INTO admin_policies (scope, document, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(scope) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at, updated_by = excluded.updated_by")
      .run(p.scope, this.sealer.seal(p.document, policyAad(p.scope)), p.updatedAt, p.updatedBy);
  }

  record(v: StoredPolicyVersion): void {
    this.db.transaction(() => this.insertVersion(v))();
  }

  private insertVersion(v: StoredPolicyVersion): void {
    this.db.prepare("INSERT INTO admin_policy_versions (scope, version, document, action, applied_at, applied_by) VALUES (?, ?, ?, ?, ?, ?)").run(v.scope, v.version, v.document === null ? null : this.sealer.seal(v.document, versionAad(v.scope, v.version)), v.action, v.appliedAt, v.appliedBy);
    this.db.prepare("DELETE FROM admin_policy_versions WHERE scope = ? AND id NOT IN (SELECT id FROM admin_policy_versions WHERE scope = ? ORDER BY id DESC LIMIT ?)").run(v.scope, v.scope, POLICY_VERSIONS_KEPT);
  }

  /**
   * One SQLite transaction from the change to its history entry: the change is written at once (this store reads
   * its file, so the policy composed meanwhile sees it), `commit` adds the history entry and commits both,
   * `abandon` rolls back. The caller does both synchronously, so nothing else runs on this connection in between;
   * other processes read the state before the change until the commit (WAL).
   */
  change(scope: string, next: StoredPolicy | undefined): PolicyChange {
    this.db.exec("BEGIN IMMEDIATE");
    try {
      if (next) this.put(next);
      else this.delete(scope);
    } catch (err) {
      this.db.exec("ROLLBACK");
      throw err;
    }
    let settled = false;
    return {
      commit: (v) => {
        if (settled) return;
        settled = true;
        try {
          this.insertVersion(v);
          this.db.exec("COMMIT");
        } catch (err) {
          if (this.db.inTransaction) this.db.exec("ROLLBACK");
          throw err;
        }
      },
      abandon: () => {
        if (settled) return;
        settled = true;
        if (this.db.inTransaction) this.db.exec("ROLLBACK");
      },
    };
  }

  async versions(scope: string): Promise<StoredPolicyVersion[]> {
    const rows = this.db.prepare("SELECT * FROM admin_policy_versions WHERE scope = ? ORDER BY id DESC").all(scope) as VersionRow[];
    return rows.map((r) => ({
      scope: r.scope,
      version: r.version,
      document: r.document === null ? null : this.sealer.open(r.document, versionAad(r.scope, r.version), `scope ${r.scope} version ${r.version.slice(0, 12)}`),
      action: r.action,
      appliedAt: r.applied_at,
      appliedBy: r.applied_by,
    }));
  }

  /** A stamp that changes whenever any stored policy does (to notice changes made by another process). */
  /** The file is read on every change check: never stale. */
  assertFresh(): void {}

  stamp(): string {
    const r = this.db.prepare("SELECT count(*) AS n, coalesce(max(updated_at), 0) AS t, coalesce(sum(length(document)), 0) AS l FROM admin_policies").get() as { n: number; t: number; l: number };
    return `${r.n}:${r.t}:${r.l}`;
  }

  delete(scope: string): boolean {
    return this.db.prepare("DELETE FROM admin_policies WHERE scope = ?").run(scope).changes > 0;
  }

  /** Every write is done when its call returns. */
  async flush(): Promise<void> {}

  close(): void {
    this.db.close();
  }
}
