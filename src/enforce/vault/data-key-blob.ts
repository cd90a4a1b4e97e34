/**
 * The layout of a mapping sealed under a data key (a key per tenant and key period, see `vault-data-keys.ts`):
 *
 *   digest (32) | MAGIC (4) | tenant id (16) | period (6, big-endian) | key check (4) | IV (12) | GCM tag (16) | data
 *
 * Older blobs have a ring key id (4) or the IV right after the digest; neither starts with MAGIC except by a 2^-32
 * chance, in which case the blob is read as this format and fails closed (not restored). The header is in clear:
 * the tenant id is a keyed digest (like conversation ids in the store) and lets a store find which data key a row
 * needs without any key (retirement, tenant erasure).
 */
export const DATA_KEY_MAGIC = Buffer.from([0xff, 0x57, 0x44, 0x4b]);
/** Bytes of the tenant id (a keyed digest of the tenant). */
export const TENANT_ID_LENGTH = 16;
/** Bytes of the key check (identifies the data key's value, so a key made again for an erased period does not fit). */
export const KEY_CHECK_LENGTH = 4;
const AT_TENANT = 32 + DATA_KEY_MAGIC.length;
const AT_PERIOD = AT_TENANT + TENANT_ID_LENGTH;
const AT_CHECK = AT_PERIOD + 6;
/** Where the IV starts in a data-key blob. */
export const DATA_KEY_IV_AT = AT_CHECK + KEY_CHECK_LENGTH;

/** Which data key sealed a blob: tenant id (hex), period index, key check. */
export interface DataKeyRef {
  tenant: string;
  period: number;
  check: Buffer;
}

/** The data key a blob was sealed under, or undefined for a blob of an older format (or a numbering slot). */
export function blobDataKey(blob: Buffer): DataKeyRef | undefined {
  if (blob.length < DATA_KEY_IV_AT + 28 || !blob.subarray(32, AT_TENANT).equals(DATA_KEY_MAGIC)) return undefined;
  return { tenant: blob.subarray(AT_TENANT, AT_PERIOD).toString("hex"), period: blob.readUIntBE(AT_PERIOD, 6), check: blob.subarray(AT_CHECK, DATA_KEY_IV_AT) };
}

/** The header written after the digest of a data-key blob. */
export function dataKeyHeader(ref: DataKeyRef): Buffer {
  const h = Buffer.alloc(DATA_KEY_IV_AT - 32);
  DATA_KEY_MAGIC.copy(h, 0);
  Buffer.from(ref.tenant, "hex").copy(h, DATA_KEY_MAGIC.length);
  h.writeUIntBE(ref.period, AT_PERIOD - 32, 6);
  ref.check.copy(h, AT_CHECK - 32);
  return h;
}
