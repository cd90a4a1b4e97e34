import { userInfo } from "node:os";
import { loadConfig } from "../config/load-config.js";
import type { JsonObject } from "../core/json.js";
import { openAuditLog } from "../record/open-audit.js";

/** Who ran a CLI command: the OS user and host process (the CLI has no API key). */
function cliActor(): JsonObject {
  let user = "";
  try {
    user = userInfo().username;
  } catch {
    user = process.env["USER"] ?? "";
  }
  return { via: "cli", user, pid: process.pid };
}

/**
 * Record a change made from the command line (key created, revoked, rotated...) in the audit log of the configured
 * data directory, as an admin entry: the change-management evidence. Never pass secrets in `details` (key ids, not
 * keys). Does nothing when auditing is disabled. A store failure is reported on stderr and sets a non-zero exit
 * code (the change itself is already made).
 *
 * @example
 * await recordCliAdminEvent(opts.config, "key.created", { keyId: record.id, tenant: record.tenant });
 */
export async function recordCliAdminEvent(configFile: string | undefined, event: string, details: JsonObject): Promise<boolean> {
  try {
    const { config } = loadConfig(configFile);
    if (!config.audit.enabled) return true;
    const log = openAuditLog(config, undefined, { groupCommitMs: 0, checkpointIntervalMs: 0, purgeIntervalMs: 0, walCheckpointWorker: false });
    try {
      await log.admin(event, { ...details, actor: cliActor() });
    } finally {
      await log.close();
    }
    return true;
  } catch (err) {
    process.stderr.write(`warden: the audit log could not record '${event}': ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
    return false;
  }
}
