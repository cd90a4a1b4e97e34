import type { Logger } from "pino";
import type { AuditConfig, StoreConfig } from "./audit-config.js";
import { AuditLog } from "./audit-log.js";
import { AuditRecorder } from "./audit-recorder.js";

/** Open the configured audit log and its recorder (the gateway's default recorder). */
export function openAuditRecorder(cfg: { dataDir: string; audit: AuditConfig; store: StoreConfig }, logger?: Logger): AuditRecorder {
  const a = cfg.audit;
  const log = AuditLog.openSqlite({
    dataDir: cfg.dataDir,
    ...(cfg.store.file ? { file: cfg.store.file } : {}),
    synchronous: cfg.store.synchronous,
    ...(a.kek ? { kek: a.kek } : {}),
    ...(a.signingKeyFile ? { signingKeyFile: a.signingKeyFile } : {}),
    groupCommitMs: a.groupCommitMs,
    maxBatch: a.maxBatch,
    checkpointEvery: a.checkpoint.everyRecords,
    checkpointIntervalMs: a.checkpoint.intervalMs,
    onError: (err, what) => logger?.error({ err: err instanceof Error ? err.message : String(err), what }, "audit background step failed"),
  });
  return new AuditRecorder(log, { failOpen: a.failOpen, recordOriginals: a.recordOriginals, ...(logger ? { logger } : {}) });
}
