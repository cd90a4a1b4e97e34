import type { StoredMapping } from "../token-vault.js";

/**
 * Where replicas share vault mappings (kysely-style: one small interface, one file per implementation). Every
 * method works on one conversation, named by its keyed store id (never the tenant, key id or header in clear).
 * Blobs are already encrypted; a store never sees a value.
 */
export interface VaultStore {
  /** `redis`, `postgres` or `sqlite` (for logs and docs). */
  readonly kind: string;
  /** The conversation's live mappings; refreshes its expiry to now + `ttlMs`. */
  load(conversation: string, ttlMs: number): Promise<StoredMapping[]>;
  /**
   * Add mappings without overwriting any another replica wrote (first writer wins; a restore flag only widens) and
   * refresh the expiry. Returns the tokens already taken in the store by a different value (digest mismatch).
   */
  save(conversation: string, mappings: readonly StoredMapping[], ttlMs: number): Promise<string[]>;
  /**
   * A record every replica shares: `key` = the vault's KMS-wrapped master key, `token` = the sealed token (HMAC)
   * key. Stores `candidate` unless a record is already there, and returns the one stored (so every replica ends up
   * with the first replica's).
   */
  record(name: VaultRecord, candidate: Buffer): Promise<Buffer>;
  /** Replace a record if it still holds `expected` (key rotation); false when another writer changed it first. */
  replaceRecord(name: VaultRecord, expected: Buffer, next: Buffer): Promise<boolean>;
  /** Every live mapping, a conversation at a time (key rotation: `warden vault rekey`). */
  entries(): AsyncIterable<{ conversation: string; mappings: StoredMapping[] }>;
  /** Replace a mapping's blob if it still holds `expected` (same value, re-sealed); false otherwise. */
  replaceBlob(conversation: string, token: string, expected: Buffer, next: Buffer): Promise<boolean>;
  /** Delete expired mappings (stores without native expiry); returns how many. */
  purge(): Promise<number>;
  /**
   * The wrapped data key of `tenant` (its keyed id) and `period`: stores `candidate` unless one is there (first
   * writer wins) and returns the stored one. `retireAfter`: not destroyed before then (its period's end plus one
   * period); `keepUntil`: kept at least until then (stores with native expiry).
   */
  dataKey(tenant: string, period: number, candidate: Buffer, at: { retireAfter: number; keepUntil: number }): Promise<Buffer>;
  /** The stored wrapped data keys of `tenant` for `periods` (destroyed ones are absent). */
  findDataKeys(tenant: string, periods: readonly number[]): Promise<Map<number, Buffer>>;
  /** Keep the data keys at least until `until` (stores whose keys expire by themselves; others ignore it). */
  keepDataKeys(tenant: string, periods: readonly number[], until: number): Promise<void>;
  /** Every stored data key (key rotation re-wraps them). */
  dataKeyRecords(): AsyncIterable<DataKeyRecord>;
  /** Replace a data key's wrapping if it still holds `expected`; false otherwise. */
  replaceDataKey(tenant: string, period: number, expected: Buffer, next: Buffer): Promise<boolean>;
  /**
   * Destroy the data keys past their `retireAfter` that no stored mapping needs any more (call after `purge`);
   * returns them. Stores whose keys expire by themselves return none.
   */
  retireDataKeys(now?: number): Promise<{ tenant: string; period: number }[]>;
  /** Tenant erasure: destroy every data key of `tenant` and delete the mappings sealed under them. */
  eraseTenant(tenant: string): Promise<{ keys: number; mappings: number }>;
  close(): Promise<void>;
}

/** A tenant's data key of one period, as stored (wrapped by the vault key ring). */
export interface DataKeyRecord {
  tenant: string;
  period: number;
  wrapped: Buffer;
}

/** Names of the shared records (`key`: KMS-wrapped master key; `token`: the sealed token key). */
export type VaultRecord = "key" | "token";

/** Row ids of the records in the SQL stores' `warden_vault_key` table (1 was the KMS-wrapped key before records had names). */
export const RECORD_ID: Record<VaultRecord, number> = { key: 1, token: 2 };

/** The digest part of a stored blob (first 32 bytes), to tell whether two blobs hold the same value. */
export function blobDigest(blob: Buffer): string {
  return blob.subarray(0, 32).toString("hex");
}
