import { rmSync } from "node:fs";
import { AuditLog, type OpenSqliteOptions } from "../../src/record/audit-log.js";
import type { SqliteAuditBackend } from "../../src/record/sqlite-audit-backend.js";
import { tempDir } from "../support/test-gateway.js";

/** A fresh SQLite audit log in a temp dir (no background checkpoints unless asked). */
export function openTempLog(opts: Partial<OpenSqliteOptions> = {}): { log: AuditLog; dir: string; db: SqliteAuditBackend["db"]; cleanup(): Promise<void> } {
  const dir = opts.dataDir ?? tempDir("warden-audit-");
  const log = AuditLog.openSqlite({ dataDir: dir, groupCommitMs: 1, checkpointIntervalMs: 0, checkpointEvery: 1_000_000, ...opts });
  return {
    log,
    dir,
    db: (log.backend as SqliteAuditBackend).db,
    async cleanup() {
      await log.close();
      if (!opts.dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Append `n` request entries for `tenant` (request ids `${prefix}1`..), with payloads. */
export async function appendMany(log: AuditLog, n: number, tenant = "t1", prefix = "r"): Promise<void> {
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      log.append({
        kind: "request",
        requestId: `${prefix}${i + 1}`,
        time: 1_700_000_000_000 + i,
        tenant,
        app: "a1",
        keyId: "k1",
        meta: { model: "demo", status: 200 },
        payload: { messages: [{ role: "user", content: `hello ${i + 1}` }] },
      }),
    ),
  );
}
