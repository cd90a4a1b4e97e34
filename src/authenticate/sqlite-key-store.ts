import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { KeyLimits, Role } from "../core/principal.js";
import { generateApiKey } from "./api-key.js";
import { rotationPlan } from "./key-rotation.js";
import type { KeyChangeListener, KeyRecord, KeyStore, NewKeyInput } from "./key-store.js";

interface KeyRow {
  id: string;
  hash: Buffer;
  tenant: string;
  app: string;
  roles: string;
  name: string | null;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
  last_used_at: number | null;
  models: string | null;
  cidrs: string | null;
  limits: string | null;
  replaced_by: string | null;
}

const toRecord = (r: KeyRow): KeyRecord => ({
  id: r.id,
  hash: r.hash,
  tenant: r.tenant,
  app: r.app,
  roles: JSON.parse(r.roles) as Role[],
  name: r.name,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
  models: r.models === null ? null : (JSON.parse(r.models) as string[]),
  cidrs: r.cidrs === null ? null : (JSON.parse(r.cidrs) as string[]),
  limits: r.limits === null ? null : (JSON.parse(r.limits) as KeyLimits),
  replacedBy: r.replaced_by,
});

/** Columns added after the first release: `warden.db` files made before them get them by ALTER TABLE on open. */
const ADDED_COLUMNS: readonly [name: string, type: string][] = [
  ["last_used_at", "INTEGER"],
  ["models", "TEXT"],
  ["cidrs", "TEXT"],
  ["limits", "TEXT"],
  ["replaced_by", "TEXT"],
];

/** Lists are kept even when empty (an empty allowlist admits nothing: fail closed); an empty limits object is none. */
const json = (v: unknown[] | object | undefined): string | null =>
  v === undefined || (!Array.isArray(v) && Object.keys(v).length === 0) ? null : JSON.stringify(v);

/**
 * API keys in SQLite (`<dataDir>/warden.db`): only SHA-256 hashes are stored, looked up by the key's id.
 * Several gateways (replicas) may share one file; SQLite's WAL mode serialises their writes.
 *
 * @example
 * const store = new SqliteKeyStore("./.warden");
 * const { key } = store.create({ tenant: "acme", app: "bot", roles: ["app"], models: ["gpt-4o*"] });
 */
export class SqliteKeyStore implements KeyStore {
  readonly kind = "sqlite";
  private readonly db: Database.Database;
  private readonly byId: Database.Statement<[string], KeyRow>;
  private readonly listeners = new Set<KeyChangeListener>();

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, "warden.db"));
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("busy_timeout = 5000");
    this.db.exec(`CREATE TABLE IF NOT EXISTS api_keys (
      id TEXT PRIMARY KEY,
      hash BLOB NOT NULL,
      tenant TEXT NOT NULL,
      app TEXT NOT NULL,
      roles TEXT NOT NULL,
      name TEXT,
      created_at INTEGER NOT NULL,
      expires_at INTEGER,
      revoked_at INTEGER
    )`);
    this.migrate();
    this.byId = this.db.prepare("SELECT * FROM api_keys WHERE id = ?");
  }

  /** Add the columns an older `warden.db` lacks (idempotent; safe when another process migrates at the same time). */
  private migrate(): void {
    const have = new Set((this.db.prepare("PRAGMA table_info(api_keys)").all() as { name: string }[]).map((c) => c.name));
    for (const [name, type] of ADDED_COLUMNS) {
      if (have.has(name)) continue;
      try {
        this.db.exec(`ALTER TABLE api_keys ADD COLUMN ${name} ${type}`);
      } catch (err) {
        // Another process added it between our check and our ALTER.
        if (!/duplicate column/i.test(String(err))) throw err;
      }
    }
  }

  onChange(listener: KeyChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(id: string): void {
    for (const l of this.listeners) l(id, false);
  }

  /** Create a key; returns the record and the key itself (shown once, never stored). */
  create(input: NewKeyInput): { record: KeyRecord; key: string } {
    const { id, key, hash } = generateApiKey();
    this.insert(id, hash, input, Date.now());
    return { record: this.get(id) as KeyRecord, key };
  }

  private insert(id: string, hash: Buffer, input: NewKeyInput, now: number): void {
    this.db
      .prepare(
        "INSERT INTO api_keys (id, hash, tenant, app, roles, name, created_at, expires_at, models, cidrs, limits) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      )
      .run(
        id,
        hash,
        input.tenant,
        input.app,
        JSON.stringify(input.roles),
        input.name ?? null,
        now,
        input.expiresAt ?? null,
        json(input.models),
        json(input.cidrs),
        json(input.limits),
      );
  }

  /**
   * Rotate a key: a new key with the same tenant, app, roles, name, allowlists and limits (and, when the old key
   * had an expiry, the same lifetime counted from now); the old key keeps working for `overlapMs` more, then
   * expires. Returns undefined when there is no such key, or it may not rotate (`rotationPlan`).
   */
  rotate(id: string, overlapMs: number, now = Date.now()): { record: KeyRecord; key: string; old: KeyRecord } | undefined {
    const result = this.db.transaction(() => {
      const old = this.get(id);
      const plan = old && rotationPlan(old, overlapMs, now);
      if (!plan) return undefined;
      const { id: newId, key, hash } = generateApiKey();
      this.insert(newId, hash, plan.input, now);
      this.db.prepare("UPDATE api_keys SET expires_at = ?, replaced_by = ? WHERE id = ?").run(plan.until, newId, id);
      return { record: this.get(newId) as KeyRecord, key, old: this.get(id) as KeyRecord };
    })();
    if (result) this.changed(id);
    return result;
  }

  get(id: string): KeyRecord | undefined {
    const row = this.byId.get(id);
    return row ? toRecord(row) : undefined;
  }

  /** Every key, oldest first; `tenant` restricts the list to one tenant. */
  list(tenant?: string): KeyRecord[] {
    const rows =
      tenant === undefined
        ? (this.db.prepare("SELECT * FROM api_keys ORDER BY created_at, id").all() as KeyRow[])
        : (this.db.prepare("SELECT * FROM api_keys WHERE tenant = ? ORDER BY created_at, id").all(tenant) as KeyRow[]);
    return rows.map(toRecord);
  }

  count(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM api_keys").get() as { n: number }).n;
  }

  /** Revoke a key; returns false when no such key exists. */
  revoke(id: string): boolean {
    const ok = this.db.prepare("UPDATE api_keys SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?").run(Date.now(), id).changes > 0;
    if (ok) this.changed(id);
    return ok;
  }

  /** Record last use: each key id with the time it was last used (batched by the caller). */
  touch(uses: Iterable<readonly [id: string, at: number]>): void {
    const stmt = this.db.prepare("UPDATE api_keys SET last_used_at = max(coalesce(last_used_at, 0), ?) WHERE id = ?");
    this.db.transaction(() => {
      for (const [id, at] of uses) stmt.run(at, id);
    })();
  }

  /** Never stale: every lookup reads the file. */
  assertFresh(): void {}

  /** Every write is done when its call returns. */
  async flush(): Promise<void> {}

  close(): void {
    this.listeners.clear();
    this.db.close();
  }
}
