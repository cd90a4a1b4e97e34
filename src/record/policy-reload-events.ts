import type { Logger } from "pino";
import type { JsonObject } from "../core/json.js";
import type { AuditLog } from "./audit-log.js";

/** A policy reload's outcome, as the reloader reports it (structurally `ReloadResult` of enforce/policy-reloader). */
export type PolicyReloadOutcome =
  | { ok: true; version: string; change: { from: string; to: string; at: number } | undefined }
  | { ok: false; version: string; error: { issues: readonly { path: string; message: string }[] } };

/** Most refusal issues copied into the entry (a broken file can have hundreds). */
const MAX_ISSUES = 20;

/**
 * The reloader's hook that records policy changes as admin entries: `policy.reloaded` (old and new version, what
 * triggered it: SIGHUP, a file change, the admin API) and `policy.reload.refused` (the version kept, the problems
 * found). A reload that changes nothing records nothing. Recording never blocks or fails the reload: errors are logged.
 */
export function policyReloadRecorder(log: AuditLog, logger?: Logger): (result: PolicyReloadOutcome, source: string) => void {
  return (result, source) => {
    let event: string;
    let details: JsonObject;
    if (result.ok) {
      if (!result.change) return;
      event = "policy.reloaded";
      details = { source, from: result.change.from, to: result.change.to };
    } else {
      event = "policy.reload.refused";
      const issues = result.error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path, message: i.message }));
      details = { source, version: result.version, issues, issueCount: result.error.issues.length };
    }
    log.admin(event, details).catch((err: unknown) => {
      logger?.error({ err: err instanceof Error ? err.message : String(err), event }, "audit store could not record a policy reload");
    });
  };
}
