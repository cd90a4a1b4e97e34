import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { TenantChangeListener, TenantRecord, TenantStore } from "./tenant-store.js";

interface TenantRow {
  id: string;
  name: string | null;
  created_at: number;
  updated_at: number;
  disabled_at: number | null;
}

const toRecord = (r: TenantRow): TenantRecord => ({ id: r.id, name: r.name, createdAt: r.created_at, updatedAt: r.updated_at, disabledAt: r.disabled_at });

const CACHE_TTL_MS = 1_000;

/**
 * Tenants in SQLite (`<dataDir>/warden.db`, beside the API keys). Whether a tenant is disabled is cached for a
 * second, so a change made by another process (or replica sharing the file) takes effect within that time, at once
 * in this one, and at once on every replica sharing Redis (the gateway publishes changes on the revocation channel).
 */
export class SqliteTenantStore implements TenantStore {
  readonly kind = "sqlite";
  private readonly db: Database.Database;
  private readonly byId: Database.Statement<[string], TenantRow>;
  private readonly disabled = new Map<string, { value: boolean; at: number }>();
  private readonly listeners = new Set<TenantChangeListener>();

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, "warden.db"));
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("busy_timeout = 5000");
    this.db.exec(`CREATE TABLE IF NOT EXISTS tenants (
      id TEXT PRIMARY KEY,
      name TEXT,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      disabled_at INTEGER
    )`);
    this.byId = this.db.prepare("SELECT * FROM tenants WHERE id = ?");
  }

  get(id: string): TenantRecord | undefined {
    const row = this.byId.get(id);
    return row ? toRecord(row) : undefined;
  }

  list(): TenantRecord[] {
    return (this.db.prepare("SELECT * FROM tenants ORDER BY id").all() as TenantRow[]).map(toRecord);
  }

  /** Create a tenant; undefined when one with this id exists. */
  create(input: { id: string; name?: string | undefined }, now = Date.now()): TenantRecord | undefined {
    const r = this.db.prepare("INSERT OR IGNORE INTO tenants (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)").run(input.id, input.name ?? null, now, now);
    return r.changes > 0 ? this.get(input.id) : undefined;
  }

  /** Change a tenant's name or disabled state; undefined when it does not exist. */
  update(id: string, patch: { name?: string | null | undefined; disabled?: boolean | undefined }, now = Date.now()): TenantRecord | undefined {
    const run = this.db.transaction(() => {
      const cur = this.get(id);
      if (!cur) return undefined;
      const name = patch.name !== undefined ? patch.name : cur.name;
      const disabledAt = patch.disabled === undefined ? cur.disabledAt : patch.disabled ? (cur.disabledAt ?? now) : null;
      this.db.prepare("UPDATE tenants SET name = ?, disabled_at = ?, updated_at = ? WHERE id = ?").run(name, disabledAt, now, id);
      return this.get(id);
    });
    const out = run();
    this.disabled.delete(id);
    if (out) for (const l of this.listeners) l(id, false);
    return out;
  }

  onChange(listener: TenantChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Forget the cached state of one tenant (changed by another replica), or of every tenant. */
  invalidate(tenant?: string): void {
    if (tenant === undefined) this.disabled.clear();
    else this.disabled.delete(tenant);
  }

  isDisabled(tenant: string, now = Date.now()): boolean {
    const hit = this.disabled.get(tenant);
    if (hit && now - hit.at < CACHE_TTL_MS) return hit.value;
    const value = (this.byId.get(tenant)?.disabled_at ?? null) !== null;
    if (this.disabled.size > 100_000) this.disabled.clear();
    this.disabled.set(tenant, { value, at: now });
    return value;
  }

  /** Every write is done when its call returns. */
  async flush(): Promise<void> {}

  close(): void {
    this.db.close();
  }
}
