import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
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

/** Policies applied through the admin API, in `<dataDir>/warden.db` (so they survive restarts and config reloads). */
export class SqliteTenantPolicyStore implements TenantPolicyStore {
  readonly kind = "sqlite";
  private readonly db: Database.Database;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, "warden.db"));
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("busy_timeout = 5000");
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
  }

  get(scope: string): StoredPolicy | undefined {
    const r = this.db.prepare("SELECT * FROM admin_policies WHERE scope = ?").get(scope) as Row | undefined;
    return r ? { scope: r.scope, document: r.document, updatedAt: r.updated_at, updatedBy: r.updated_by } : undefined;
  }

  all(): StoredPolicy[] {
    return (this.db.prepare("SELECT * FROM admin_policies ORDER BY scope").all() as Row[]).map((r) => ({ scope: r.scope, document: r.document, updatedAt: r.updated_at, updatedBy: r.updated_by }));
  }

  put(p: StoredPolicy): void {
    this.db
      .prepare("INSERT INTO admin_policies (scope, document, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(scope) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at, updated_by = excluded.updated_by")
      .run(p.scope, p.document, p.updatedAt, p.updatedBy);
  }

  record(v: StoredPolicyVersion): void {
    this.db.transaction(() => this.insertVersion(v))();
  }

  private insertVersion(v: StoredPolicyVersion): void {
    this.db.prepare("INSERT INTO admin_policy_versions (scope, version, document, action, applied_at, applied_by) VALUES (?, ?, ?, ?, ?, ?)").run(v.scope, v.version, v.document, v.action, v.appliedAt, v.appliedBy);
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
    return rows.map((r) => ({ scope: r.scope, version: r.version, document: r.document, action: r.action, appliedAt: r.applied_at, appliedBy: r.applied_by }));
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
