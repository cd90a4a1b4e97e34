import type pg from "pg";
import { WardenError } from "../core/warden-error.js";
import { assertFeedFresh, feedStaleMs } from "../postgres/feed-staleness.js";
import { inTransaction } from "../postgres/in-transaction.js";
import { PostgresChangeFeed } from "../postgres/postgres-change-feed.js";
import { checkSchemaName, quoteIdent } from "../postgres/schema-name.js";
import { storePool } from "../postgres/store-pool.js";
import { WriteThrough } from "../postgres/write-through.js";
import type { KeyEncryptionKey } from "../record/key-encryption-key.js";
import { openPolicyKey, type PolicyKeyTable, type WrappedPolicyKey } from "./policy-key.js";
import { isSealed, policyAad, PolicySeal, versionAad } from "./policy-seal.js";
import { type PolicyChange, POLICY_VERSIONS_KEPT, type StoredPolicy, type StoredPolicyVersion, type TenantPolicyStore } from "./tenant-policy-store.js";

export const POLICIES_CHANNEL = "warden_policies";
const CHANNEL = POLICIES_CHANNEL;

/** The admin-API policies table (in the store's schema, through `search_path`); also run by `warden keys migrate`. */
export const POLICIES_TABLE_DDL = "CREATE TABLE IF NOT EXISTS warden_admin_policies (scope TEXT PRIMARY KEY, document TEXT NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL)";

/** Each change of an applied policy, newest kept per scope (to bring an earlier version back). */
export const POLICY_VERSIONS_TABLE_DDL =
  "CREATE TABLE IF NOT EXISTS warden_admin_policy_versions (id BIGSERIAL PRIMARY KEY, scope TEXT NOT NULL, version TEXT NOT NULL, document TEXT, action TEXT NOT NULL, applied_at BIGINT NOT NULL, applied_by TEXT NOT NULL)";

/** The one-row table of the policy data key (wrapped by the audit KEK); also run by `warden keys migrate`. */
export const POLICY_KEY_TABLE_DDL = "CREATE TABLE IF NOT EXISTS warden_admin_policy_key (id INT PRIMARY KEY CHECK (id = 1), kek_id TEXT NOT NULL, wrapped TEXT NOT NULL)";

/** The policy data key's table in PostgreSQL (in the store's schema, through the pool's `search_path`). */
export class PostgresPolicyKeyTable implements PolicyKeyTable {
  constructor(private readonly db: pg.Pool) {}

  async read(): Promise<WrappedPolicyKey | undefined> {
    const { rows } = await this.db.query<{ kek_id: string; wrapped: string }>("SELECT kek_id, wrapped FROM warden_admin_policy_key WHERE id = 1");
    const r = rows[0];
    return r ? { kekId: r.kek_id, wrapped: r.wrapped } : undefined;
  }

  async create(key: WrappedPolicyKey): Promise<WrappedPolicyKey> {
    await this.db.query("INSERT INTO warden_admin_policy_key (id, kek_id, wrapped) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING", [key.kekId, key.wrapped]);
    return (await this.read()) as WrappedPolicyKey;
  }

  async replace(key: WrappedPolicyKey): Promise<void> {
    await this.db.query("UPDATE warden_admin_policy_key SET kek_id = $1, wrapped = $2 WHERE id = 1", [key.kekId, key.wrapped]);
  }
}

interface VersionRow {
  scope: string;
  version: string;
  document: string | null;
  action: StoredPolicyVersion["action"];
  applied_at: string;
  applied_by: string;
}

interface Row {
  scope: string;
  document: string;
  updated_at: string;
  updated_by: string;
}

const same = (a: StoredPolicy | undefined, b: StoredPolicy | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.document === b.document && a.updatedAt === b.updatedAt && a.updatedBy === b.updatedBy);

const UPSERT_POLICY =
  "INSERT INTO warden_admin_policies (scope, document, updated_at, updated_by) VALUES ($1, $2, $3, $4) ON CONFLICT (scope) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at, updated_by = excluded.updated_by";

/**
 * Add a history entry (its document sealed) and drop the scope's entries beyond the newest
 * {@link POLICY_VERSIONS_KEPT} (inside the caller's transaction).
 */
async function insertVersion(c: pg.PoolClient, v: StoredPolicyVersion, sealer: PolicySeal): Promise<void> {
  const document = v.document === null ? null : sealer.seal(v.document, versionAad(v.scope, v.version));
  await c.query("INSERT INTO warden_admin_policy_versions (scope, version, document, action, applied_at, applied_by) VALUES ($1, $2, $3, $4, $5, $6)", [v.scope, v.version, document, v.action, v.appliedAt, v.appliedBy]);
  await c.query("DELETE FROM warden_admin_policy_versions WHERE scope = $1 AND id NOT IN (SELECT id FROM warden_admin_policy_versions WHERE scope = $1 ORDER BY id DESC LIMIT $2)", [v.scope, POLICY_VERSIONS_KEPT]);
}

export interface PostgresTenantPolicyStoreOptions {
  url: string;
  schema?: string;
  /** Full reload period (ms), behind LISTEN/NOTIFY. Default 30 s. */
  refreshMs?: number;
  /**
   * How long (ms) the policies may be enforced while the change feed is down (a policy applied elsewhere meanwhile
   * unseen) before `assertFresh` refuses: `keys.policyMaxStaleSeconds`. 0: no bound. Default 30 s.
   */
  maxStaleMs?: number;
  /** Wraps the policy data key that seals the documents at rest (the audit store's KEK, `audit.kek`). */
  kek: KeyEncryptionKey;
  onError?: (err: unknown, what: string) => void;
}

/**
 * Admin-API policies in PostgreSQL (table `warden_admin_policies`), for replicas on different hosts: all in memory,
 * written through in order (`flush` awaits; a failed write is undone), NOTIFY in each write's transaction, a reload
 * every `refreshMs` and after the listening connection comes back. While the feed is down past `maxStaleMs` (and no
 * periodic reload succeeded meanwhile), `assertFresh` refuses: the policy in force may be older than one applied
 * elsewhere, as the key store bounds its keys (`keys.maxStaleSeconds`). `stamp` is a counter of changes learned from other
 * processes and made here, so the policy watcher (`PolicyAdmin.watch`) reloads when another replica applied one.
 */
export class PostgresTenantPolicyStore implements TenantPolicyStore {
  readonly kind = "postgres";
  private readonly pool: pg.Pool;
  private readonly schema: string;
  private readonly policies = new Map<string, StoredPolicy>();
  private readonly feed: PostgresChangeFeed;
  private readonly timer: NodeJS.Timeout;
  private readonly wt: WriteThrough;
  private generation = 0;
  private closed = false;
  /** When the last full reload that succeeded started: everything committed before then is known. */
  private reloadedAt = 0;
  /** Seals documents at rest; set by {@link open} once the policy data key is unwrapped. */
  private sealer: PolicySeal | undefined;

  private constructor(private readonly opts: PostgresTenantPolicyStoreOptions) {
    const schema = checkSchemaName(opts.schema ?? "public");
    this.schema = schema;
    this.pool = storePool(opts.url, schema);
    this.wt = new WriteThrough(this.pool, CHANNEL, schema);
    this.feed = new PostgresChangeFeed({
      url: opts.url,
      channel: CHANNEL,
      scope: schema,
      onChange: (scope) => this.notified(scope),
      onReconnect: () => this.reload(),
      ...(opts.onError ? { onError: opts.onError } : {}),
    });
    this.timer = setInterval(() => {
      this.reload().catch((err: unknown) => this.opts.onError?.(err, "periodic policy reload"));
    }, opts.refreshMs ?? 30_000);
    this.timer.unref();
  }

  static async open(opts: PostgresTenantPolicyStoreOptions): Promise<PostgresTenantPolicyStore> {
    const store = new PostgresTenantPolicyStore(opts);
    try {
      await store.pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(store.schema)}`).catch(() => undefined);
      await store.pool.query(POLICIES_TABLE_DDL);
      await store.pool.query(POLICY_VERSIONS_TABLE_DDL);
      await store.pool.query(POLICY_KEY_TABLE_DDL);
      store.sealer = new PolicySeal(await openPolicyKey(new PostgresPolicyKeyTable(store.pool), opts.kek));
      await store.sealOldRows();
      await store.feed.start();
      await store.reload();
    } catch (err) {
      await store.close();
      throw err;
    }
    return store;
  }

  private get seal(): PolicySeal {
    if (!this.sealer) throw new Error("policy store used before it was opened");
    return this.sealer;
  }

  private toPolicy(r: Row): StoredPolicy {
    return { scope: r.scope, document: this.seal.open(r.document, policyAad(r.scope), `scope ${r.scope}`), updatedAt: Number(r.updated_at), updatedBy: r.updated_by };
  }

  /**
   * Seal the documents of rows written before documents were sealed (a migration, run at open): one transaction,
   * rows locked, so replicas opening at once seal each row once.
   */
  private async sealOldRows(): Promise<void> {
    const seal = this.seal;
    await inTransaction(this.pool, async (c) => {
      const { rows } = await c.query<{ scope: string; document: string }>("SELECT scope, document FROM warden_admin_policies WHERE document NOT LIKE 'wps1:%' FOR UPDATE");
      for (const r of rows) if (!isSealed(r.document)) await c.query("UPDATE warden_admin_policies SET document = $1 WHERE scope = $2", [seal.seal(r.document, policyAad(r.scope)), r.scope]);
      const old = await c.query<{ id: string; scope: string; version: string; document: string }>("SELECT id, scope, version, document FROM warden_admin_policy_versions WHERE document IS NOT NULL AND document NOT LIKE 'wps1:%' FOR UPDATE");
      for (const r of old.rows) await c.query("UPDATE warden_admin_policy_versions SET document = $1 WHERE id = $2", [seal.seal(r.document, versionAad(r.scope, r.version)), r.id]);
    });
  }

  private notified(scope: string): void {
    this.pool
      .query<Row>("SELECT * FROM warden_admin_policies WHERE scope = $1", [scope])
      .then(({ rows }) => this.learn(scope, rows[0] ? this.toPolicy(rows[0]) : undefined))
      .catch((err: unknown) => this.opts.onError?.(err, "policy re-read after a change"));
  }

  /** Take a scope's state read from the database (undefined: deleted) unless a local write of it is pending. */
  private learn(scope: string, fresh: StoredPolicy | undefined): void {
    if (this.wt.pending(scope) || this.closed) return;
    if (same(this.policies.get(scope), fresh)) return;
    if (fresh) this.policies.set(scope, fresh);
    else this.policies.delete(scope);
    this.generation++;
  }

  async reload(): Promise<void> {
    const started = Date.now();
    const { rows } = await this.pool.query<Row>("SELECT * FROM warden_admin_policies");
    const seen = new Set<string>();
    for (const r of rows) {
      seen.add(r.scope);
      this.learn(r.scope, this.toPolicy(r));
    }
    for (const scope of [...this.policies.keys()]) if (!seen.has(scope)) this.learn(scope, undefined);
    this.reloadedAt = Math.max(this.reloadedAt, started);
  }

  /** How long policy changes made by other replicas may have gone unseen here (see {@link feedStaleMs}). */
  staleMs(now = Date.now()): number {
    return feedStaleMs(this.feed.downSince(), this.reloadedAt, now);
  }

  assertFresh(now = Date.now()): void {
    assertFeedFresh(this.staleMs(now), this.opts.maxStaleMs ?? 30_000, "WARDEN_POLICY_STORE_STALE", "policy store");
  }

  private write(scope: string, sql: string, args: unknown[], before: StoredPolicy | undefined): void {
    this.generation++;
    this.wt.enqueue([scope], (c) => c.query(sql, args), () => {
      if (before) this.policies.set(scope, before);
      else this.policies.delete(scope);
      this.generation++;
    });
  }

  get(scope: string): StoredPolicy | undefined {
    return this.policies.get(scope);
  }

  all(): StoredPolicy[] {
    return [...this.policies.values()].sort((a, b) => (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0));
  }

  put(p: StoredPolicy): void {
    const before = this.policies.get(p.scope);
    this.policies.set(p.scope, { ...p });
    this.write(
      p.scope,
      UPSERT_POLICY,
      [p.scope, this.seal.seal(p.document, policyAad(p.scope)), p.updatedAt, p.updatedBy],
      before,
    );
  }

  delete(scope: string): boolean {
    const before = this.policies.get(scope);
    if (!before) return false;
    this.policies.delete(scope);
    this.write(scope, "DELETE FROM warden_admin_policies WHERE scope = $1", [scope], before);
    return true;
  }

  /**
   * The policy row and its history entry in one transaction (with the NOTIFY): other replicas never see a policy
   * without the history entry that leads back from it, and a failed write leaves neither (the memory copy is undone
   * and `flush` reports it, so the admin API answers 503 and the watcher reloads the policy before).
   */
  change(scope: string, next: StoredPolicy | undefined): PolicyChange {
    const before = this.policies.get(scope);
    const restore = () => {
      if (before) this.policies.set(scope, before);
      else this.policies.delete(scope);
      this.generation++;
    };
    if (next) this.policies.set(scope, { ...next });
    else this.policies.delete(scope);
    this.generation++;
    let settled = false;
    return {
      commit: (v) => {
        if (settled) return;
        settled = true;
        this.wt.enqueue(
          [scope],
          async (c) => {
            if (next) await c.query(UPSERT_POLICY, [next.scope, this.seal.seal(next.document, policyAad(next.scope)), next.updatedAt, next.updatedBy]);
            else await c.query("DELETE FROM warden_admin_policies WHERE scope = $1", [scope]);
            await insertVersion(c, v, this.seal);
          },
          restore,
        );
      },
      abandon: () => {
        if (settled) return;
        settled = true;
        restore();
      },
    };
  }

  /** A history entry on its own (in its own transaction, after the writes queued before it). */
  record(v: StoredPolicyVersion): void {
    this.wt.enqueueLoose(() => inTransaction(this.pool, (c) => insertVersion(c, v, this.seal)), (err) => this.opts.onError?.(err, "policy version record"));
  }

  /** Read from the database (after this replica's queued writes), so every replica's changes are listed. */
  async versions(scope: string): Promise<StoredPolicyVersion[]> {
    await this.wt.drain();
    const { rows } = await this.pool.query<VersionRow>("SELECT scope, version, document, action, applied_at, applied_by FROM warden_admin_policy_versions WHERE scope = $1 ORDER BY id DESC", [scope]);
    return rows.map((r) => ({
      scope: r.scope,
      version: r.version,
      document: r.document === null ? null : this.seal.open(r.document, versionAad(r.scope, r.version), `scope ${r.scope} version ${r.version.slice(0, 12)}`),
      action: r.action,
      appliedAt: Number(r.applied_at),
      appliedBy: r.applied_by,
    }));
  }

  stamp(): string {
    return String(this.generation);
  }

  flush(): Promise<void> {
    return this.wt.flush();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    await this.wt.drain();
    await this.feed.close();
    await this.pool.end().catch(() => undefined);
  }
}
