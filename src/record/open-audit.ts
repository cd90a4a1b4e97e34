import { createHash } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "pino";
import type { AuditBackend } from "./audit-backend.js";
import type { AuditConfig, StoreConfig } from "./audit-config.js";
import { AuditLog } from "./audit-log.js";
import { AuditRecorder } from "./audit-recorder.js";
import { PostgresAuditBackend } from "./postgres-audit-backend.js";
import { SqliteAuditBackend } from "./sqlite-audit-backend.js";

/** The configured backend: SQLite (`<dataDir>/audit.db` by default) or PostgreSQL. */
export function openBackend(dataDir: string, store: StoreConfig, opts: { readonly?: boolean; backgroundCheckpointMs?: number; checkpointInWriterThread?: boolean } = {}): AuditBackend {
  if (store.type === "postgres") return new PostgresAuditBackend({ url: store.url, schema: store.schema, poolSize: store.poolSize });
  const file = store.file ?? join(dataDir, "audit.db");
  if (opts.readonly && !existsSync(file)) throw new Error(`no audit log at ${file} (check dataDir / store.file)`);
  return new SqliteAuditBackend(file, {
    synchronous: store.synchronous,
    ...(opts.readonly ? { readonly: true } : {}),
    ...(opts.backgroundCheckpointMs ? { backgroundCheckpointMs: opts.backgroundCheckpointMs } : {}),
    ...(opts.checkpointInWriterThread ? { checkpointInWriterThread: true } : {}),
  });
}

/** Open the configured audit log (backend, KEK, signing key). */
export function openAuditLog(
  cfg: { dataDir: string; audit: AuditConfig; store: StoreConfig },
  logger?: Logger,
  overrides: { groupCommitMs?: number; checkpointIntervalMs?: number; purgeIntervalMs?: number; walCheckpointWorker?: boolean } = {},
): AuditLog {
  const a = cfg.audit;
  const gateway = overrides.walCheckpointWorker ?? true;
  mkdirSync(cfg.dataDir, { recursive: true });
  // The gateway checkpoints SQLite's WAL from a worker thread (the audit writer thread when there is one); one-shot
  // CLI commands keep SQLite's default.
  const writerThread = gateway && cfg.store.writer === "thread";
  const backend = openBackend(cfg.dataDir, cfg.store, gateway ? { backgroundCheckpointMs: 1000, checkpointInWriterThread: writerThread } : {});
  return AuditLog.open(backend, {
    dataDir: cfg.dataDir,
    ...(a.kek ? { kek: a.kek } : {}),
    ...(a.signingKeyFile ? { signingKeyFile: a.signingKeyFile } : {}),
    groupCommitMs: overrides.groupCommitMs ?? a.groupCommitMs,
    maxBatch: a.maxBatch,
    checkpointEvery: a.checkpoint.everyRecords,
    checkpointIntervalMs: overrides.checkpointIntervalMs ?? a.checkpoint.intervalMs,
    retention: a.retention,
    checkpointOnClose: gateway,
    // The gateway writes from a worker thread (SQLite or PostgreSQL); one-shot CLI commands write inline.
    writerThread,
    writerRestart: a.writerRestart,
    purgeIntervalMs: overrides.purgeIntervalMs ?? a.retention.purgeIntervalMs,
    onError: (err, what) => logger?.error({ err: err instanceof Error ? err.message : String(err), what }, "audit background step failed"),
  });
}

/**
 * Open the configured audit log and its recorder (the gateway's default recorder), and record the start with a
 * digest of the configuration in force (change-management evidence without any of its secrets).
 */
export function openAuditRecorder(cfg: { dataDir: string; audit: AuditConfig; store: StoreConfig }, logger?: Logger): AuditRecorder {
  const log = openAuditLog(cfg, logger);
  const configSha256 = createHash("sha256").update(JSON.stringify(cfg)).digest("hex");
  log.admin("gateway.started", { pid: process.pid, configSha256 }).catch((err: unknown) => {
    logger?.error({ err: err instanceof Error ? err.message : String(err) }, "audit store unavailable at start");
  });
  const { enabled: recordRejected, ...rejections } = cfg.audit.rejected;
  return new AuditRecorder(log, {
    failOpen: cfg.audit.failOpen,
    recordOriginals: cfg.audit.recordOriginals,
    rejections: recordRejected ? rejections : false,
    ...(logger ? { logger } : {}),
  });
}
