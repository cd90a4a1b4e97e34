import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Role } from "../core/principal.js";
import { generateApiKey } from "./api-key.js";

export interface KeyRecord {
  id: string;
  hash: Buffer;
  tenant: string;
  app: string;
  roles: Role[];
  name: string | null;
  createdAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
}

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
});

/** API keys in SQLite (`<dataDir>/warden.db`): only SHA-256 hashes are stored, looked up by the key's id. */
export class KeyStore {
  private readonly db: Database.Database;
  private readonly byId: Database.Statement<[string], KeyRow>;

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
      revoked_at INTEGER,
      last_used_at INTEGER
    )`);
    this.byId = this.db.prepare("SELECT * FROM api_keys WHERE id = ?");
  }

  /** Create a key; returns the record and the key itself (shown once, never stored). */
  create(input: { tenant: string; app: string; roles: Role[]; name?: string; expiresAt?: number }): { record: KeyRecord; key: string } {
    const { id, key, hash } = generateApiKey();
    const now = Date.now();
    this.db
      .prepare("INSERT INTO api_keys (id, hash, tenant, app, roles, name, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .run(id, hash, input.tenant, input.app, JSON.stringify(input.roles), input.name ?? null, now, input.expiresAt ?? null);
    return { record: this.get(id) as KeyRecord, key };
  }

  get(id: string): KeyRecord | undefined {
    const row = this.byId.get(id);
    return row ? toRecord(row) : undefined;
  }

  list(): KeyRecord[] {
    return (this.db.prepare("SELECT * FROM api_keys ORDER BY created_at").all() as KeyRow[]).map(toRecord);
  }

  count(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM api_keys").get() as { n: number }).n;
  }

  /** Revoke a key; returns false when no such key exists. */
  revoke(id: string): boolean {
    return this.db.prepare("UPDATE api_keys SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?").run(Date.now(), id).changes > 0;
  }

  /** Record last use (batched by the caller). */
  touch(ids: Iterable<string>, at: number): void {
    const stmt = this.db.prepare("UPDATE api_keys SET last_used_at = ? WHERE id = ?");
    this.db.transaction(() => {
      for (const id of ids) stmt.run(at, id);
    })();
  }

  close(): void {
    this.db.close();
  }
}
