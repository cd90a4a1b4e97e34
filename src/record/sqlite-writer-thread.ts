/**
 * The audit writer thread (started by `ThreadWriter`): encrypts payloads, digests them, chains and inserts each batch
 * in one SQLite transaction on its own connection, and answers with the entries' seqs once committed. Batches are
 * handled one at a time in the order they were posted, so the chain order is the order of submission.
 */
import { createSecretKey, type KeyObject } from "node:crypto";
import { parentPort, workerData } from "node:worker_threads";
import type { EntryDraft } from "./audit-entry.js";
import { decodeBatch } from "./plain-entry-codec.js";
import { sealEntry } from "./seal-entry.js";
import { SqliteAuditBackend } from "./sqlite-audit-backend.js";
import type { WriterRequest, WriterResponse, WriterThreadData } from "./thread-writer.js";

const data = workerData as WriterThreadData;
const port = parentPort;
if (!port) throw new Error("sqlite-writer-thread runs as a worker thread");

// A purge (an UPDATE over many rows on the main connection) can hold the write lock for seconds: appends wait for it
// (as they did when everything ran on the event loop) rather than fail with SQLITE_BUSY.
const backend = new SqliteAuditBackend(data.file, {
  synchronous: data.synchronous,
  busyTimeoutMs: 60_000,
  ...(data.autocheckpointPages ? { autocheckpointPages: data.autocheckpointPages } : {}),
});
// Background WAL checkpoints between batches (PASSIVE: never waits for readers); a failure only lets the WAL grow to
// the automatic-checkpoint safety net.
const checkpoints = data.checkpointMs
  ? setInterval(() => {
      try {
        backend.db.pragma("wal_checkpoint(PASSIVE)");
      } catch {
        /* retried at the next tick */
      }
    }, data.checkpointMs)
  : undefined;
/** Data keys by `tenant\0version`, sent by the main thread before the first batch that needs them. */
const keys = new Map<string, KeyObject>();

port.on("message", (msg: WriterRequest) => {
  if (msg.type === "forget") {
    for (const id of [...keys.keys()]) if (id.startsWith(`${msg.tenant}\0`)) keys.delete(id);
    return;
  }
  if (msg.type === "close") {
    clearInterval(checkpoints);
    void backend.close().finally(() => port.postMessage({ type: "closed" } satisfies WriterResponse));
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
    reply = { type: "done", id: msg.id, seqs: backend.appendSync(drafts).map((r) => r.seq) };
  } catch (err) {
    reply = { type: "failed", id: msg.id, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
