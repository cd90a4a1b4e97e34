/**
 * The SQLite audit writer thread (started by `ThreadWriter`): encrypts payloads, digests them, chains and inserts each
 * batch in one SQLite transaction on its own connection, and answers with the entries' seqs once committed.
 */
import { parentPort, workerData } from "node:worker_threads";
import { serveWriterThread } from "./serve-writer-thread.js";
import { SqliteAuditBackend } from "./sqlite-audit-backend.js";
import type { SqliteWriterThreadData } from "./writer-thread-data.js";

const data = workerData as SqliteWriterThreadData;
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

serveWriterThread(port, {
  append: (drafts) => backend.appendSync(drafts),
  hashes: (from, to) => backend.hashes(from, to),
  tail: () => backend.tail(),
  scan: (from) => backend.scan(from),
  close: () => {
    clearInterval(checkpoints);
    return backend.close();
  },
}, data.crashAfterCommit ? { crashAfterCommit: data.crashAfterCommit } : {});
