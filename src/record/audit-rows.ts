import type { WrappedDataKey } from "./audit-backend.js";
import type { StoredEntry } from "./audit-entry.js";
import type { SignedCheckpoint } from "./checkpoint.js";

/**
 * Table rows as the backends read them, and their conversion to records. Shared by the SQLite and PostgreSQL
 * backends: the only difference is that `pg` returns BIGINT columns as strings (`Int` = string) where
 * better-sqlite3 returns numbers, so integer columns go through `Number()`.
 */
export interface EntryRow<Int extends number | string = number> {
  seq: Int;
  kind: StoredEntry["kind"];
  request_id: string;
  time: Int;
  tenant: string;
  app: string;
  key_id: string;
  meta: string;
  key_version: number | null;
  payload: Buffer | null;
  original: Buffer | null;
  payload_digest: Buffer | null;
  original_digest: Buffer | null;
  prev_hash: Buffer;
  hash: Buffer;
}

export interface CheckpointRow<Int extends number | string = number> {
  seq: Int;
  hash: string;
  root: string;
  time: Int;
  public_key: string;
  signature: string;
  frontier: string | null;
}

export interface KeyRow<Int extends number | string = number> {
  tenant: string;
  version: number;
  wrapped: Buffer | null;
  kek_id: string;
  created_at: Int;
  shredded_at: Int | null;
}

/**
 * A BIGINT column as a number: `pg`'s digit strings converted, anything else left as it is. A value edited into text
 * ("yesterday") stays text, so entry-shape.ts reports "column time holds text" rather than the NaN that `Number()`
 * would make of it ("a fractional number").
 */
const intOf = (v: number | string): number => (typeof v === "string" && /^-?\d+$/.test(v) ? Number(v) : (v as number));

export const entryFromRow = (r: EntryRow<number | string>): StoredEntry => ({
  seq: Number(r.seq),
  kind: r.kind,
  requestId: r.request_id,
  time: intOf(r.time),
  tenant: r.tenant,
  app: r.app,
  keyId: r.key_id,
  meta: r.meta,
  keyVersion: r.key_version,
  payload: r.payload,
  original: r.original,
  payloadDigest: r.payload_digest,
  originalDigest: r.original_digest,
  prevHash: r.prev_hash,
  hash: r.hash,
});

export const checkpointFromRow = (r: CheckpointRow<number | string>): SignedCheckpoint => ({
  seq: Number(r.seq),
  hash: r.hash,
  root: r.root,
  time: Number(r.time),
  publicKey: r.public_key,
  signature: r.signature,
  ...(r.frontier ? { frontier: JSON.parse(r.frontier) as string[] } : {}),
});

export const keyFromRow = (r: KeyRow<number | string>): WrappedDataKey => ({
  tenant: r.tenant,
  version: r.version,
  wrapped: r.wrapped,
  kekId: r.kek_id,
  createdAt: Number(r.created_at),
  shreddedAt: r.shredded_at === null ? null : Number(r.shredded_at),
});
