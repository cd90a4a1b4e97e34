/** What the admin API applied: a tenant's own policy scopes, or (tenant `*`) a global policy replacing the config's. */
export interface StoredPolicy {
  /** A tenant id, or `*` for the global policy document. */
  scope: string;
  /** JSON text: an array of scopes for a tenant, a whole policy document for `*`. */
  document: string;
  updatedAt: number;
  updatedBy: string;
}

/**
 * One change of a scope's applied policy, kept so an earlier version can be brought back
 * (`/admin/v1/policy/versions`, `/admin/v1/tenants/:tenant/policy/versions`).
 */
export interface StoredPolicyVersion {
  /** A tenant id, or `*` for the global policy document. */
  scope: string;
  /** The policy version (content hash of the whole composed policy) that the change produced. */
  version: string;
  /** The scope's document after the change (as in {@link StoredPolicy}); null: removed (global: the config's policy). */
  document: string | null;
  /** What made it: a PUT (`apply`), a DELETE (`reset`), or bringing an earlier version back (`activate`). */
  action: "apply" | "reset" | "activate";
  appliedAt: number;
  appliedBy: string;
}

/**
 * A change of one scope's policy, already visible to `get`/`all` (so the policy it makes can be composed and
 * versioned), not yet stored: `commit` stores it together with its history entry, `abandon` takes it back.
 * Exactly one of them is called, synchronously after {@link TenantPolicyStore.change} (no await in between).
 */
export interface PolicyChange {
  /** Store the change and its history entry as one write (one transaction where the store has them). */
  commit(history: StoredPolicyVersion): void;
  /** Take the change back (memory only; nothing was stored). */
  abandon(): void;
}

/** How many changes are kept per scope; older ones are dropped as new ones are recorded. */
export const POLICY_VERSIONS_KEPT = 100;

/**
 * Policies applied through the admin API (so they survive restarts and config reloads). Synchronous, as policy
 * reloads are; a store whose database is remote answers from memory and writes through, and `flush` is the barrier
 * the admin API awaits. Implementations: `sqlite-tenant-policy-store.ts` (default, `<dataDir>/warden.db`),
 * `postgres-tenant-policy-store.ts` (`keys.store: postgres`).
 */
export interface TenantPolicyStore {
  readonly kind: "sqlite" | "postgres";
  get(scope: string): StoredPolicy | undefined;
  /** Every stored policy, by scope. */
  all(): StoredPolicy[];
  put(p: StoredPolicy): void;
  /** False when there was none. */
  delete(scope: string): boolean;
  /**
   * Change a scope's policy (`next` undefined: remove it) and, on `commit`, store it with its history entry. The
   * PostgreSQL store writes both in one transaction: a failure leaves neither (and undoes the memory copy).
   */
  change(scope: string, next: StoredPolicy | undefined): PolicyChange;
  /** Keep one change in the scope's history (the newest {@link POLICY_VERSIONS_KEPT} are kept). */
  record(v: StoredPolicyVersion): void;
  /** A scope's recorded changes, newest first (every replica's, once written). */
  versions(scope: string): Promise<StoredPolicyVersion[]>;
  /**
   * Throws `WARDEN_POLICY_STORE_STALE` when this copy of the policies may be older than the configured bound
   * (`keys.policyMaxStaleSeconds`): a store fed by change notifications that lost them for that long. A store that
   * reads its file (SQLite) is never stale.
   */
  assertFresh(now?: number): void;
  /** A stamp that changes whenever any stored policy does (to notice changes made by another process). */
  stamp(): string;
  /** Resolves once every change made so far is stored; rejects with the first write that failed since the last flush. */
  flush(): Promise<void>;
  close(): void | Promise<void>;
}
