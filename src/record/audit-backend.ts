import type { EntryDraft, StoredEntry } from "./audit-entry.js";
import type { SignedCheckpoint } from "./checkpoint.js";
import type { ThreadWriter } from "./thread-writer.js";
import type { ThreadWriterOptions } from "./thread-writer-options.js";

/** Filter for `search`: every field optional, all given fields must match. */
export interface SearchFilter {
  /** Inclusive lower bound on time (ms since epoch). */
  from?: number;
  /** Only entries after this seq: where the previous page of a search ended (its last seq). */
  afterSeq?: number;
  /** Exclusive upper bound on time. */
  to?: number;
  tenant?: string;
  app?: string;
  requestId?: string;
  kind?: StoredEntry["kind"];
  /** Entries whose findings summary has this type (e.g. `EMAIL_ADDRESS`). */
  findingType?: string;
  /** Entries whose findings summary has this action (e.g. `block`, `redact`). */
  action?: string;
  /** Only request entries with no response entry after them: calls cut off (or still in flight). */
  incomplete?: boolean;
  /** Only entries of calls refused before routing (`verdict: rejected`, one call each or a count). */
  rejected?: boolean;
  limit?: number;
}

/** What `purgePayloads` removes. */
export interface PurgeSpec {
  field: "payload" | "original";
  /** Entries with `time` before this (ms since epoch). */
  before: number;
  tenant?: string;
  exceptTenants?: readonly string[];
  /** Only entries of requests with a finding of this category (`pii`, `secret`...) in any of their entries. */
  category?: string;
  /** Only entries of requests with this data class (`PII`, `PCI`, `PHI`, `SECRET`...) in any of their entries. */
  dataClass?: string;
}

/** A tenant's wrapped data key as stored (`wrapped` is null once shredded). */
export interface WrappedDataKey {
  tenant: string;
  version: number;
  wrapped: Buffer | null;
  kekId: string;
  createdAt: number;
  shreddedAt: number | null;
}

/**
 * Where the audit log lives. SQLite today (`SqliteAuditBackend`); the PostgreSQL backend implements the same
 * interface. `append` assigns consecutive seqs and chains hashes atomically with respect to every other writer.
 */
/** A data key's new wrapping, for `rewrapDataKeys`. */
export interface RewrappedKey {
  tenant: string;
  version: number;
  wrapped: Buffer;
}

export interface AuditBackend {
  /** Append entries in one transaction, chained after the current tail; returns their seqs and hashes. */
  append(drafts: readonly EntryDraft[]): Promise<{ seq: number; hash: Buffer }[]>;
  /** The last entry's seq and hash (0 and the genesis hash when empty). */
  tail(): Promise<{ seq: number; hash: Buffer }>;
  /** Every entry in seq order (as stored: verification must not trust the order of insertion). */
  scan(fromSeq?: number): AsyncIterable<StoredEntry>;
  /** Entry hashes for seqs in [fromSeq, toSeq], in seq order (for Merkle trees). */
  hashes(fromSeq: number, toSeq: number): Promise<Buffer[]>;
  search(filter: SearchFilter): Promise<StoredEntry[]>;
  addCheckpoint(cp: SignedCheckpoint): Promise<void>;
  checkpoints(): Promise<SignedCheckpoint[]>;
  /** The checkpoint with the highest seq, if any (what the next checkpoint extends). */
  lastCheckpoint(): Promise<SignedCheckpoint | undefined>;
  getDataKey(tenant: string, version?: number): Promise<WrappedDataKey | undefined>;
  /** Insert a data key unless that (tenant, version) exists; returns the stored one. */
  putDataKey(key: WrappedDataKey): Promise<WrappedDataKey>;
  /** Every data key (wrapped), for KEK rotation. */
  listDataKeys(): Promise<WrappedDataKey[]>;
  /**
   * Replace data keys' wrappings (KEK rotation: same data keys, new KEK), all in one transaction: every key is
   * re-wrapped or none is. A key gone or shredded meanwhile is skipped. Returns how many keys were re-wrapped.
   */
  rewrapDataKeys(keys: readonly RewrappedKey[], kekId: string): Promise<number>;
  /**
   * Tombstone payloads: set `field` to NULL on entries older than `before` (of `tenant`, or of every tenant not in
   * `exceptTenants`). Digests stay, so the chain still verifies. Returns how many entries lost a payload.
   */
  purgePayloads(o: PurgeSpec): Promise<number>;
  /**
   * Retire data keys after a purge (crypto-shredding by period): destroy the wrapping of every key whose period
   * (`periodMs`, counted from the epoch) ended at or before `endedBy` and that no stored payload or original is
   * encrypted under any more. Returns the keys destroyed. The removed wrapping must not stay readable in the store's
   * files (SQLite: secure_delete and a WAL truncation; PostgreSQL: the small key table is rewritten).
   */
  retireDataKeys(o: { periodMs: number; endedBy: number; at: number }): Promise<{ tenant: string; version: number }[]>;
  /** Destroy every data key of a tenant (crypto-shredding); returns how many were destroyed. */
  shredDataKeys(tenant: string, at: number): Promise<number>;
  /**
   * Start a writer thread with its own connection to this store (SQLite, PostgreSQL): appends through it keep
   * encryption, hashing and the database client off the event loop, with the same guarantees as `append`.
   */
  startWriterThread?(opts: ThreadWriterOptions): ThreadWriter;
  close(): Promise<void>;
}
