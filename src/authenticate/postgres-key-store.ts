import type pg from "pg";
import type { KeyLimits, Role } from "../core/principal.js";
import { WardenError } from "../core/warden-error.js";
import { assertFeedFresh, feedStaleMs } from "../postgres/feed-staleness.js";
import { PostgresChangeFeed } from "../postgres/postgres-change-feed.js";
import { checkSchemaName, quoteIdent } from "../postgres/schema-name.js";
import { storePool } from "../postgres/store-pool.js";
import { WriteThrough } from "../postgres/write-through.js";
import { generateApiKey } from "./api-key.js";
import { rotationPlan } from "./key-rotation.js";
import type { KeyChangeListener, KeyRecord, KeyStore, NewKeyInput } from "./key-store.js";

/** One channel for the whole database; the payload is `<schema>:<key id>`, so deployments in other schemas ignore it. */
export const KEYS_CHANNEL = "warden_keys";
const CHANNEL = KEYS_CHANNEL;

/** The keys table (in the store's schema, through `search_path`); also run by `warden keys migrate`. */
export const KEYS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS warden_api_keys (
  id TEXT PRIMARY KEY,
  hash BYTEA NOT NULL,
  tenant TEXT NOT NULL,
  app TEXT NOT NULL,
  roles TEXT NOT NULL,
  name TEXT,
  created_at BIGINT NOT NULL,
  expires_at BIGINT,
  revoked_at BIGINT,
  last_used_at BIGINT,
  models TEXT,
  cidrs TEXT,
  limits TEXT,
  replaced_by TEXT
)`;

export interface PostgresKeyStoreOptions {
  /** `postgres://user:pass@host:5432/db` (the audit store's `store.url`). */
  url: string;
  /** Schema holding `warden_api_keys` (created if missing). Default `public`. */
  schema?: string;
  /** Full reload period (ms), behind LISTEN/NOTIFY. Default 30 s. */
  refreshMs?: number;
  /**
   * How long (ms) keys may be served while the change feed is down (changes made meanwhile unseen) before
   * `assertFresh` refuses: `keys.maxStaleSeconds`. 0: no bound. Default 30 s.
   */
  maxStaleMs?: number;
  /** Background failures (the listening connection, a periodic reload); writes report theirs through `flush`. */
  onError?: (err: unknown, what: string) => void;
}

interface PgKeyRow {
  id: string;
  hash: Buffer;
  tenant: string;
  app: string;
  roles: string;
  name: string | null;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
  models: string | null;
  cidrs: string | null;
  limits: string | null;
  replaced_by: string | null;
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));

const toRecord = (r: PgKeyRow): KeyRecord => ({
  id: r.id,
  hash: r.hash,
  tenant: r.tenant,
  app: r.app,
  roles: JSON.parse(r.roles) as Role[],
  name: r.name,
  createdAt: Number(r.created_at),
  expiresAt: num(r.expires_at),
  revokedAt: num(r.revoked_at),
  lastUsedAt: num(r.last_used_at),
  models: r.models === null ? null : (JSON.parse(r.models) as string[]),
  cidrs: r.cidrs === null ? null : (JSON.parse(r.cidrs) as string[]),
  limits: r.limits === null ? null : (JSON.parse(r.limits) as KeyLimits),
  replacedBy: r.replaced_by,
});

/** As in SQLite: lists are kept even when empty (an empty allowlist admits nothing), an empty limits object is none. */
const json = (v: unknown[] | object | null): string | null => (v === null || (!Array.isArray(v) && Object.keys(v).length === 0) ? null : JSON.stringify(v));

/** What another replica may have changed about a key that this one must act on at once. */
const sameState = (a: KeyRecord, b: KeyRecord): boolean => a.revokedAt === b.revokedAt && a.expiresAt === b.expiresAt && a.replacedBy === b.replacedBy;

/**
 * API keys in PostgreSQL (table `warden_api_keys` in the `store:` schema), for replicas on different hosts. Every
 * key is held in memory (they are few): `get` on the request path is a map lookup, and writes go to memory at once
 * and to the database in the background, in order (`flush` awaits them; a write that fails is undone in memory).
 * Each write sends a NOTIFY in its transaction; every replica LISTENs, re-reads that key and tells its listeners
 * (the authenticator drops its cached record), so a revocation is refused everywhere within a round trip. A full
 * reload runs every `refreshMs` and after the listening connection is re-established (notifications sent while it
 * was down are lost).
 *
 * @example
 * const store = await PostgresKeyStore.open({ url: "postgres://warden@db/warden", schema: "warden" });
 * const { key } = store.create({ tenant: "acme", app: "bot", roles: ["app"] });
 * await store.flush();
 */
export class PostgresKeyStore implements KeyStore {
  readonly kind = "postgres";
  private readonly pool: pg.Pool;
  private readonly schema: string;
  private readonly keys = new Map<string, KeyRecord>();
  private readonly listeners = new Set<KeyChangeListener>();
  /** Writes in order; a key id with a local write not yet committed is `pending` (a re-read would undo it). */
  private readonly wt: WriteThrough;
  private readonly feed: PostgresChangeFeed;
  private readonly timer: NodeJS.Timeout;
  /** When the last full reload that succeeded started: everything committed before then is known. */
  private reloadedAt = 0;
  private closed = false;

  private constructor(private readonly opts: PostgresKeyStoreOptions) {
    const schema = checkSchemaName(opts.schema ?? "public");
    this.schema = schema;
    this.pool = storePool(opts.url, schema);
    this.wt = new WriteThrough(this.pool, CHANNEL, schema);
    this.feed = new PostgresChangeFeed({
      url: opts.url,
      channel: CHANNEL,
      scope: schema,
      onChange: (id) => this.notified(id),
      onReconnect: () => this.reload(),
      ...(opts.onError ? { onError: opts.onError } : {}),
    });
    this.timer = setInterval(() => {
      this.reload().catch((err: unknown) => this.opts.onError?.(err, "periodic key reload"));
    }, opts.refreshMs ?? 30_000);
    this.timer.unref();
  }

  /** Create the table if needed, start listening, then load every key (so nothing committed before is missed). */
  static async open(opts: PostgresKeyStoreOptions): Promise<PostgresKeyStore> {
    const store = new PostgresKeyStore(opts);
    try {
      await store.migrate();
      await store.feed.start();
      await store.reload();
    } catch (err) {
      await store.close();
      throw err;
    }
    return store;
  }

  private async migrate(): Promise<void> {
    await this.pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(this.schema)}`).catch(() => undefined);
    await this.pool.query(KEYS_TABLE_DDL);
  }

  private notified(id: string): void {
    this.pool
      .query<PgKeyRow>("SELECT * FROM warden_api_keys WHERE id = $1", [id])
      .then(({ rows }) => {
        const row = rows[0];
        if (row) this.learn(toRecord(row));
      })
      .catch((err: unknown) => this.opts.onError?.(err, "key re-read after a change"));
  }

  /** Take a record read from the database (unless a local write of it is pending) and tell listeners when it matters. */
  private learn(fresh: KeyRecord): void {
    if (this.wt.pending(fresh.id) || this.closed) return;
    const known = this.keys.get(fresh.id);
    const lastUsedAt = Math.max(fresh.lastUsedAt ?? 0, known?.lastUsedAt ?? 0) || null;
    this.keys.set(fresh.id, { ...fresh, lastUsedAt });
    if (!known || !sameState(known, fresh)) for (const l of this.listeners) l(fresh.id, true);
  }

  /** Read every key again (the safety net behind notifications). */
  async reload(): Promise<void> {
    const started = Date.now();
    const { rows } = await this.pool.query<PgKeyRow>("SELECT * FROM warden_api_keys");
    for (const row of rows) this.learn(toRecord(row));
    this.reloadedAt = Math.max(this.reloadedAt, started);
  }

  /** How long changes made by other replicas may have gone unseen here (see {@link feedStaleMs}). */
  staleMs(now = Date.now()): number {
    return feedStaleMs(this.feed.downSince(), this.reloadedAt, now);
  }

  assertFresh(now = Date.now()): void {
    assertFeedFresh(this.staleMs(now), this.opts.maxStaleMs ?? 30_000, "WARDEN_AUTH_STORE_STALE", "key store");
  }

  /** Queue a database write; on failure the memory change is undone and `flush` reports the error. */
  private write(ids: string[], sql: (c: pg.PoolClient) => Promise<void>, undo: () => void): void {
    this.wt.enqueue(ids, sql, undo);
  }

  private insertSql(c: pg.PoolClient, r: KeyRecord): Promise<unknown> {
    return c.query(
      "INSERT INTO warden_api_keys (id, hash, tenant, app, roles, name, created_at, expires_at, models, cidrs, limits) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
      [r.id, r.hash, r.tenant, r.app, JSON.stringify(r.roles), r.name, r.createdAt, r.expiresAt, json(r.models), json(r.cidrs), json(r.limits)],
    );
  }

  private newRecord(input: NewKeyInput, now: number): { record: KeyRecord; key: string } {
    const { id, key, hash } = generateApiKey();
    const record: KeyRecord = {
      id,
      hash,
      tenant: input.tenant,
      app: input.app,
      roles: [...input.roles],
      name: input.name ?? null,
      createdAt: now,
      expiresAt: input.expiresAt ?? null,
      revokedAt: null,
      lastUsedAt: null,
      models: input.models ? [...input.models] : null,
      cidrs: input.cidrs ? [...input.cidrs] : null,
      limits: input.limits && Object.keys(input.limits).length > 0 ? { ...input.limits } : null,
      replacedBy: null,
    };
    return { record, key };
  }

  create(input: NewKeyInput): { record: KeyRecord; key: string } {
    const { record, key } = this.newRecord(input, Date.now());
    this.keys.set(record.id, record);
    this.write([record.id], async (c) => void (await this.insertSql(c, record)), () => this.keys.delete(record.id));
    return { record: { ...record }, key };
  }

  rotate(id: string, overlapMs: number, now = Date.now()): { record: KeyRecord; key: string; old: KeyRecord } | undefined {
    const before = this.keys.get(id);
    if (!before) return undefined;
    const plan = rotationPlan(before, overlapMs, now);
    if (!plan) return undefined;
    const { record, key } = this.newRecord(plan.input, now);
    const until = plan.until;
    const old: KeyRecord = { ...before, expiresAt: until, replacedBy: record.id };
    this.keys.set(record.id, record);
    this.keys.set(id, old);
    this.write(
      [record.id, id],
      async (c) => {
        await this.insertSql(c, record);
        await c.query("UPDATE warden_api_keys SET expires_at = $1, replaced_by = $2 WHERE id = $3", [until, record.id, id]);
      },
      () => {
        this.keys.delete(record.id);
        this.keys.set(id, before);
      },
    );
    for (const l of this.listeners) l(id, false);
    return { record: { ...record }, key, old: { ...old } };
  }

  get(id: string): KeyRecord | undefined {
    return this.keys.get(id);
  }

  list(tenant?: string): KeyRecord[] {
    return [...this.keys.values()]
      .filter((r) => tenant === undefined || r.tenant === tenant)
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  count(): number {
    return this.keys.size;
  }

  revoke(id: string): boolean {
    const before = this.keys.get(id);
    if (!before) return false;
    if (before.revokedAt === null) {
      const at = Date.now();
      this.keys.set(id, { ...before, revokedAt: at });
      // coalesce: a revocation made meanwhile by another replica keeps its time
      this.write([id], async (c) => void (await c.query("UPDATE warden_api_keys SET revoked_at = coalesce(revoked_at, $1) WHERE id = $2", [at, id])), () => this.keys.set(id, before));
    }
    for (const l of this.listeners) l(id, false);
    return true;
  }

  /** Last use goes to memory now and to the database in one statement per batch, without a notification. */
  touch(uses: Iterable<readonly [id: string, at: number]>): void {
    const ids: string[] = [];
    const ats: number[] = [];
    for (const [id, at] of uses) {
      const r = this.keys.get(id);
      if (!r) continue;
      if ((r.lastUsedAt ?? 0) < at) this.keys.set(id, { ...r, lastUsedAt: at });
      ids.push(id);
      ats.push(at);
    }
    if (ids.length === 0) return;
    // Last use is informational: a lost batch is logged, never reported as a failed key change.
    this.wt.enqueueLoose(
      () =>
        this.pool.query(
          "UPDATE warden_api_keys k SET last_used_at = greatest(coalesce(k.last_used_at, 0), u.at) FROM unnest($1::text[], $2::bigint[]) AS u(id, at) WHERE k.id = u.id",
          [ids, ats],
        ),
      (err) => this.opts.onError?.(err, "last-use write"),
    );
  }

  onChange(listener: KeyChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  flush(): Promise<void> {
    return this.wt.flush();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    this.listeners.clear();
    await this.wt.drain();
    await this.feed.close();
    await this.pool.end().catch(() => undefined);
  }
}
