import type pg from "pg";
import { PostgresChangeFeed } from "../postgres/postgres-change-feed.js";
import { checkSchemaName, quoteIdent } from "../postgres/schema-name.js";
import { storePool } from "../postgres/store-pool.js";
import { WriteThrough } from "../postgres/write-through.js";
import { WardenError } from "../core/warden-error.js";
import type { TenantChangeListener, TenantRecord, TenantStore } from "./tenant-store.js";

export const TENANTS_CHANNEL = "warden_tenants";
const CHANNEL = TENANTS_CHANNEL;

/** The tenants table (in the store's schema, through `search_path`); also run by `warden keys migrate`. */
export const TENANTS_TABLE_DDL = "CREATE TABLE IF NOT EXISTS warden_tenants (id TEXT PRIMARY KEY, name TEXT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, disabled_at BIGINT)";

interface PgTenantRow {
  id: string;
  name: string | null;
  created_at: string;
  updated_at: string;
  disabled_at: string | null;
}

const toRecord = (r: PgTenantRow): TenantRecord => ({
  id: r.id,
  name: r.name,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
  disabledAt: r.disabled_at === null ? null : Number(r.disabled_at),
});

export interface PostgresTenantStoreOptions {
  url: string;
  schema?: string;
  /** Full reload period (ms), behind LISTEN/NOTIFY. Default 30 s. */
  refreshMs?: number;
  /**
   * How long (ms) `isDisabled` answers from memory while the change feed is down before it throws
   * `WARDEN_AUTH_STORE_STALE` (a tenant disabled meanwhile would still be served): `keys.maxStaleSeconds`. 0: no
   * bound. Default 30 s.
   */
  maxStaleMs?: number;
  onError?: (err: unknown, what: string) => void;
}

/**
 * Tenants in PostgreSQL (table `warden_tenants`, beside `warden_api_keys`), for replicas on different hosts. As the
 * PostgreSQL key store: every tenant in memory (`isDisabled` on every call is a map lookup), writes to memory at once
 * and to the database in the background in order (`flush` awaits them; a failed write is undone), NOTIFY in each
 * write's transaction so every replica re-reads the tenant at once, a full reload every `refreshMs` and after the
 * listening connection comes back.
 *
 * Two replicas creating the same tenant id at the same moment: the database keeps the first row (ON CONFLICT DO
 * NOTHING); the other replica's write finds it there and fails with `WARDEN_ADMIN_CONFLICT` (its `flush` rejects with
 * it, and the admin API answers 409), its memory copy is dropped and the winner's row read in its place.
 */
export class PostgresTenantStore implements TenantStore {
  readonly kind = "postgres";
  private readonly pool: pg.Pool;
  private readonly schema: string;
  private readonly tenants = new Map<string, TenantRecord>();
  private readonly listeners = new Set<TenantChangeListener>();
  private readonly feed: PostgresChangeFeed;
  private readonly timer: NodeJS.Timeout;
  private readonly wt: WriteThrough;
  /** When the last full reload that succeeded started. */
  private reloadedAt = 0;
  private closed = false;

  private constructor(private readonly opts: PostgresTenantStoreOptions) {
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
      this.reload().catch((err: unknown) => this.opts.onError?.(err, "periodic tenant reload"));
    }, opts.refreshMs ?? 30_000);
    this.timer.unref();
  }

  /** Create the table if needed, listen, then load every tenant. */
  static async open(opts: PostgresTenantStoreOptions): Promise<PostgresTenantStore> {
    const store = new PostgresTenantStore(opts);
    try {
      await store.pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(store.schema)}`).catch(() => undefined);
      await store.pool.query(TENANTS_TABLE_DDL);
      await store.feed.start();
      await store.reload();
    } catch (err) {
      await store.close();
      throw err;
    }
    return store;
  }

  private notified(id: string): void {
    this.pool
      .query<PgTenantRow>("SELECT * FROM warden_tenants WHERE id = $1", [id])
      .then(({ rows }) => {
        const row = rows[0];
        if (row) this.learn(toRecord(row));
      })
      .catch((err: unknown) => this.opts.onError?.(err, "tenant re-read after a change"));
  }

  private learn(fresh: TenantRecord): void {
    if (this.wt.pending(fresh.id) || this.closed) return;
    const known = this.tenants.get(fresh.id);
    this.tenants.set(fresh.id, fresh);
    if (!known || known.disabledAt !== fresh.disabledAt || known.name !== fresh.name) for (const l of this.listeners) l(fresh.id, true);
  }

  /** Read every tenant again. */
  async reload(): Promise<void> {
    const started = Date.now();
    const { rows } = await this.pool.query<PgTenantRow>("SELECT * FROM warden_tenants");
    for (const row of rows) this.learn(toRecord(row));
    this.reloadedAt = Math.max(this.reloadedAt, started);
  }

  /** How long changes made elsewhere may have gone unseen (0 while the change feed is live); as the key store's. */
  staleMs(now = Date.now()): number {
    const down = this.feed.downSince();
    if (down === undefined) return 0;
    return Math.max(0, now - Math.max(down, this.reloadedAt));
  }

  private write(id: string, sql: string, args: unknown[], undo: () => void): void {
    this.wt.enqueue([id], (c) => c.query(sql, args), undo);
  }

  get(id: string): TenantRecord | undefined {
    return this.tenants.get(id);
  }

  list(): TenantRecord[] {
    return [...this.tenants.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  create(input: { id: string; name?: string | undefined }, now = Date.now()): TenantRecord | undefined {
    if (this.tenants.has(input.id)) return undefined;
    const rec: TenantRecord = { id: input.id, name: input.name ?? null, createdAt: now, updatedAt: now, disabledAt: null };
    this.tenants.set(rec.id, rec);
    this.wt.enqueue(
      [rec.id],
      async (c) => {
        const r = await c.query("INSERT INTO warden_tenants (id, name, created_at, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING", [rec.id, rec.name, now, now]);
        // Another replica committed this id first: this create lost, and says so (409) instead of reporting success.
        if (r.rowCount === 0) throw new WardenError("WARDEN_ADMIN_CONFLICT", { message: "A tenant with this id already exists.", detail: "created at the same time on another replica" });
      },
      () => {
        // Drop the copy made here (unless a later local change replaced it), then take the winner's row once the
        // queue is idle (its notification came while this write was pending, and was ignored).
        if (this.tenants.get(rec.id) === rec) this.tenants.delete(rec.id);
        void this.wt.drain().then(() => this.notified(rec.id));
      },
    );
    return { ...rec };
  }

  update(id: string, patch: { name?: string | null | undefined; disabled?: boolean | undefined }, now = Date.now()): TenantRecord | undefined {
    const cur = this.tenants.get(id);
    if (!cur) return undefined;
    const name = patch.name !== undefined ? patch.name : cur.name;
    const disabledAt = patch.disabled === undefined ? cur.disabledAt : patch.disabled ? (cur.disabledAt ?? now) : null;
    const rec: TenantRecord = { ...cur, name, disabledAt, updatedAt: now };
    this.tenants.set(id, rec);
    this.write(id, "UPDATE warden_tenants SET name = $1, disabled_at = $2, updated_at = $3 WHERE id = $4", [name, disabledAt, now, id], () => this.tenants.set(id, cur));
    for (const l of this.listeners) l(id, false);
    return { ...rec };
  }

  onChange(listener: TenantChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Nothing is cached apart from the in-memory copy, which notifications keep current: a reload is started instead. */
  invalidate(tenant?: string): void {
    if (tenant === undefined) this.reload().catch((err: unknown) => this.opts.onError?.(err, "tenant reload"));
    else this.notified(tenant);
  }

  /** Throws `WARDEN_AUTH_STORE_STALE` past the staleness bound: whether a tenant is disabled is then not known. */
  isDisabled(tenant: string): boolean {
    const bound = this.opts.maxStaleMs ?? 30_000;
    if (bound > 0) {
      const stale = this.staleMs();
      if (stale > bound) throw new WardenError("WARDEN_AUTH_STORE_STALE", { detail: `tenant store change feed down for ${Math.round(stale / 1000)} s (bound ${bound / 1000} s)` });
    }
    return (this.tenants.get(tenant)?.disabledAt ?? null) !== null;
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
