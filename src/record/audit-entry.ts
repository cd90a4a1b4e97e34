/** What an entry of the audit log is about. */
export type EntryKind = "request" | "response" | "admin";

/** An entry as the writer hands it to the store: metadata in clear, payloads already encrypted. */
export interface EntryDraft {
  kind: EntryKind;
  /** The request id (the caller's `x-request-id` when given); for admin events, an event id. */
  requestId: string;
  /** Milliseconds since the epoch. */
  time: number;
  tenant: string;
  app: string;
  keyId: string;
  /**
   * Clear-text metadata as canonical JSON text (status, model, latencies, findings summary, decision path...).
   * Never raw sensitive values: those live only in the encrypted payloads.
   */
  meta: string;
  /** Version of the tenant's data key the payloads are encrypted under (null when there is no payload). */
  keyVersion: number | null;
  /** Encrypted payload (the request as forwarded, or the response as returned). */
  payload: Buffer | null;
  /** Encrypted original request, kept in its own field so it can be purged or withheld separately. */
  original: Buffer | null;
  /** SHA-256 of `payload` / `original`: the chain commits to these, so purging a payload keeps it verifiable. */
  payloadDigest: Buffer | null;
  originalDigest: Buffer | null;
}

/** An entry as stored: a position in the chain and its hashes. */
export interface StoredEntry extends EntryDraft {
  /** Position in the log, from 1, without gaps. */
  seq: number;
  /** Hash of the entry before (32 zero bytes for the first). */
  prevHash: Buffer;
  hash: Buffer;
}

/** The hash the first entry follows. */
export const GENESIS_HASH = Buffer.alloc(32);
