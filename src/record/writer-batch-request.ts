import { encodeBatch } from "./plain-entry-codec.js";
import type { PlainEntry } from "./seal-entry.js";
import type { WriterRequest } from "./writer-request.js";

/** A `batch` request to the writer thread. */
export type WriterBatchRequest = Extract<WriterRequest, { type: "batch" }>;

/**
 * The `batch` request for these entries: the tenants' data keys the thread does not have yet (each marked in
 * `sent` as `tenant\0version`: sent once, with the first batch that needs it), and the entries encoded into `spare`
 * when it fits (else into a new buffer). If the entries cannot be encoded, the keys are unmarked and it throws.
 */
export function writerBatchRequest(id: number, items: readonly { entry: PlainEntry; key: Buffer | undefined }[], sent: Set<string>, spare?: ArrayBuffer): WriterBatchRequest {
  const keys: WriterBatchRequest["keys"] = [];
  for (const { entry, key } of items) {
    if (!key || entry.keyVersion === null) continue;
    const keyId = `${entry.tenant}\0${entry.keyVersion}`;
    if (sent.has(keyId)) continue;
    sent.add(keyId);
    keys.push([entry.tenant, entry.keyVersion, key]);
  }
  try {
    const encoded = encodeBatch(items.map((i) => i.entry), spare);
    return { type: "batch", id, batch: encoded.buffer as ArrayBuffer, length: encoded.byteLength, keys };
  } catch (err) {
    forgetKeys(keys, sent);
    throw err;
  }
}

/** Unmark the keys of a request that was not sent (the next batch that needs them sends them). */
export function forgetKeys(keys: WriterBatchRequest["keys"], sent: Set<string>): void {
  for (const [tenant, version] of keys) sent.delete(`${tenant}\0${version}`);
}
