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
   * The vault's wrapped master key (KMS mode): stores `candidate` unless a key is already there, and returns the
   * one stored (so every replica ends up with the first replica's key).
   */
  wrappedKey(candidate: Buffer): Promise<Buffer>;
  /** Delete expired mappings (stores without native expiry); returns how many. */
  purge(): Promise<number>;
  close(): Promise<void>;
}

/** The digest part of a stored blob (first 32 bytes), to tell whether two blobs hold the same value. */
export function blobDigest(blob: Buffer): string {
  return blob.subarray(0, 32).toString("hex");
}
