/**
 * The PostgreSQL audit writer thread (started by `ThreadWriter`): owns its own connection pool, encrypts payloads,
 * digests them, and appends each batch in one transaction. The append takes the same transaction-scoped advisory lock
 * as every other writer (the event loop's connection, other gateway processes) and reads the tail inside it, so the
 * chain stays one chain however many writers share the store.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PostgresAuditBackend } from "./postgres-audit-backend.js";
import { serveWriterThread } from "./serve-writer-thread.js";
import type { PostgresWriterThreadData } from "./writer-thread-data.js";

const data = workerData as PostgresWriterThreadData;
const port = parentPort;
if (!port) throw new Error("postgres-writer-thread runs as a worker thread");

// One batch is in flight at a time: one connection does (a second one stands by when the first breaks).
const backend = new PostgresAuditBackend({ url: data.url, schema: data.schema, poolSize: 2 });

serveWriterThread(port, {
  append: (drafts) => backend.append(drafts),
  hashes: (from, to) => backend.hashes(from, to),
  tail: () => backend.tail(),
  scan: (from) => backend.scan(from),
  close: () => backend.close(),
}, data.crashAfterCommit ? { crashAfterCommit: data.crashAfterCommit } : {});
