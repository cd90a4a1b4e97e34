import type { KeyLimits, Role } from "../core/principal.js";

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
  /** Last successful authentication (written in batches, so up to ~30 s behind). */
  lastUsedAt: number | null;
  /** Model globs the key may request; null means any model. */
  models: string[] | null;
  /** Source networks (CIDR) the key may be used from; null means anywhere. */
  cidrs: string[] | null;
  /** Per-key limit overrides; null means the configured defaults. */
  limits: KeyLimits | null;
  /** Set on a rotated key: the id of the key that replaces it. */
  replacedBy: string | null;
}

/** What a new key is made of (the id, secret and hash are generated). */
export interface NewKeyInput {
  tenant: string;
  app: string;
  roles: Role[];
  name?: string;
  expiresAt?: number;
  models?: string[];
  cidrs?: string[];
  limits?: KeyLimits;
}

/**
 * Called with a key id whenever a key is revoked or shortened (rotation). `remote` is true when the change was made
 * by another process and learned from the shared store (then this process need not tell the other replicas again).
 */
export type KeyChangeListener = (id: string, remote: boolean) => void;

/**
 * Where API keys live. Reads and writes are synchronous, because they sit on the request path (`get`, `touch`) or
 * in handlers written against SQLite; a store whose database is remote (PostgreSQL) answers them from memory and
 * writes through in the background, and `flush` is the barrier a caller awaits before it reports a change as done.
 *
 * Implementations: `sqlite-key-store.ts` (default, `<dataDir>/warden.db`), `postgres-key-store.ts`
 * (`keys.store: postgres`, shared by replicas on different hosts).
 *
 * @example
 * const { key } = store.create({ tenant: "acme", app: "bot", roles: ["app"] });
 * await store.flush(); // the key is in the database now, or this throws and the key was withdrawn
 */
export interface KeyStore {
  readonly kind: "sqlite" | "postgres";
  /** Create a key; returns the record and the key itself (shown once, never stored). */
  create(input: NewKeyInput): { record: KeyRecord; key: string };
  /**
   * A new key with the old one's settings; the old one keeps working for `overlapMs` more. Undefined when there is
   * no such key, or it is revoked or already expired.
   */
  rotate(id: string, overlapMs: number, now?: number): { record: KeyRecord; key: string; old: KeyRecord } | undefined;
  get(id: string): KeyRecord | undefined;
  /** Every key, oldest first; `tenant` restricts the list to one tenant. */
  list(tenant?: string): KeyRecord[];
  count(): number;
  /** Revoke a key; returns false when no such key exists. */
  revoke(id: string): boolean;
  /** Record last use: each key id with the time it was last used (batched by the caller). */
  touch(uses: Iterable<readonly [id: string, at: number]>): void;
  onChange(listener: KeyChangeListener): () => void;
  /**
   * Throws `WARDEN_AUTH_STORE_STALE` when this copy of the keys may be older than the configured bound
   * (`keys.maxStaleSeconds`): a store fed by change notifications that lost them for that long. A store that reads
   * the database on each lookup (SQLite) is never stale.
   */
  assertFresh(now?: number): void;
  /** Resolves once every change made so far is stored; rejects with the first write that failed since the last flush. */
  flush(): Promise<void>;
  close(): void | Promise<void>;
}
