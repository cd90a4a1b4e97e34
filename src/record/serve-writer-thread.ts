import { createSecretKey, type KeyObject } from "node:crypto";
import type { MessagePort } from "node:worker_threads";
import type { EntryDraft } from "./audit-entry.js";
import { decodeBatch } from "./plain-entry-codec.js";
import { sealEntry } from "./seal-entry.js";
import type { WriterRequest, WriterResponse } from "./thread-writer.js";

/** What a writer thread does with sealed entries: append them (durably) and close its store. */
export interface WriterThreadStore {
  /** Chain and commit the drafts in one transaction; resolves with their seqs and hashes once durable. */
  append(drafts: readonly EntryDraft[]): Promise<{ seq: number; hash: Buffer }[]> | { seq: number; hash: Buffer }[];
  close(): Promise<void>;
}

/**
 * The message loop of an audit writer thread (SQLite or PostgreSQL): decode each batch, encrypt and digest its
 * payloads under the tenants' data keys, hand the drafts to the store, and answer with the seqs once committed.
 * Messages are handled strictly one after the other in the order posted (a batch is never overtaken by the next,
 * nor a `forget` by a batch), so the chain order is the order of submission.
 */
export function serveWriterThread(port: MessagePort, store: WriterThreadStore): void {
  /** Data keys by `tenant\0version`, sent by the main thread before the first batch that needs them. */
  const keys = new Map<string, KeyObject>();
  let queue: Promise<void> = Promise.resolve();
  port.on("message", (msg: WriterRequest) => {
    queue = queue.then(() => handle(msg));
  });

  async function handle(msg: WriterRequest): Promise<void> {
    if (msg.type === "forget") {
      for (const id of [...keys.keys()]) if (id.startsWith(`${msg.tenant}\0`)) keys.delete(id);
      return;
    }
    if (msg.type === "close") {
      await store.close().catch(() => undefined);
      port.postMessage({ type: "closed" } satisfies WriterResponse);
      return;
    }
    for (const [tenant, version, key] of msg.keys) keys.set(`${tenant}\0${version}`, createSecretKey(Buffer.from(key.buffer, key.byteOffset, key.byteLength)));
    let reply: WriterResponse;
    try {
      const drafts: EntryDraft[] = decodeBatch(Buffer.from(msg.batch, 0, msg.length)).map((e) => {
        const key = e.keyVersion === null ? undefined : keys.get(`${e.tenant}\0${e.keyVersion}`);
        if (e.keyVersion !== null && !key) throw new Error(`no data key ${e.keyVersion} for the tenant of ${e.requestId}`);
        return sealEntry(e, key);
      });
      const written = await store.append(drafts);
      // The hashes go back in one transferred buffer (the checkpoints' Merkle tree is built from them, not reread).
      const hashes = Buffer.allocUnsafeSlow(32 * written.length);
      const seqs = written.map((w, i) => (w.hash.copy(hashes, 32 * i, 0, 32), w.seq));
      const buffer = hashes.buffer as ArrayBuffer;
      port.postMessage({ type: "done", id: msg.id, seqs, hashes: buffer } satisfies WriterResponse, [buffer]);
      return;
    } catch (err) {
      reply = { type: "failed", id: msg.id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  }
}
