import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "../../config/load-config.js";
import { resolveKek } from "../../record/audit-log.js";
import { kekFromFile } from "../../record/key-encryption-key.js";
import { type MigrationReport, migrateStoresToPostgres } from "../migrate-stores-to-postgres.js";
import { recordCliAdminEvent } from "../record-admin-event.js";
import { reportConfigError } from "../report-config-error.js";

function usageError(message: string): void {
  process.stderr.write(`warden: ${message}\n`);
  process.exitCode = 2;
}

export interface MigrateCliOptions {
  toPostgres?: boolean;
  dryRun?: boolean;
  force?: boolean;
  dataDir?: string;
  json?: boolean;
  config?: string;
}

/** `warden keys migrate --to-postgres`: the SQLite stores of a single node into the configured PostgreSQL. */
export async function migrateCommand(opts: MigrateCliOptions): Promise<void> {
  if (!opts.toPostgres) return void usageError("give the target: --to-postgres (the only one)");
  const loaded = reportConfigError(() => loadConfig(opts.config));
  if (!loaded) return;
  const { config } = loaded;
  // The target is the store the gateways will use: refusing anything else keeps a migration from landing in a
  // database no gateway reads (or in the audit store of a config that still keeps keys in SQLite).
  if (config.keys.store !== "postgres" || config.store.type !== "postgres") {
    return void usageError("the config's key store is not PostgreSQL: set keys.store: postgres and store: { type: postgres, url, schema } (docs/keys-and-limits.md, \"Moving to PostgreSQL\")");
  }
  const dataDir = opts.dataDir ?? config.dataDir;
  let report: MigrationReport;
  try {
    // The policy data key moves under the PostgreSQL gateways' KEK (audit.kek); in warden.db it is wrapped by the
    // single node's, which is that same KEK or the default one in its data directory.
    const target = resolveKek(config.dataDir, config.audit.kek);
    const nodeKek = join(dataDir, "audit-kek.key");
    const policyKek = { source: [target, ...(existsSync(nodeKek) ? [kekFromFile(nodeKek)] : [])], target };
    report = await migrateStoresToPostgres({ dataDir, url: config.store.url, schema: config.store.schema, dryRun: opts.dryRun === true, force: opts.force === true, policyKek });
  } catch (err) {
    process.stderr.write(`warden: the migration failed, nothing was changed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
    return;
  }
  const kinds = ["keys", "tenants", "policyKey", "policies"] as const;
  const conflicts = kinds.reduce((n, k) => n + report[k].conflicts.length - report[k].overwritten, 0);
  if (opts.json) process.stdout.write(`${JSON.stringify({ dryRun: opts.dryRun === true, schema: config.store.schema, ...report }, null, 2)}\n`);
  else {
    const verb = opts.dryRun ? "would copy" : "copied";
    for (const k of kinds) {
      const r = report[k];
      const parts = [`${k}: ${r.source} in ${dataDir}/warden.db`, `${verb} ${r.copied}`, `already there ${r.unchanged}`, `conflicts ${r.conflicts.length}`];
      if (r.overwritten > 0) parts.push(`${opts.dryRun ? "would overwrite" : "overwritten"} ${r.overwritten}`);
      process.stdout.write(`${parts.join(", ")}\n`);
      if (r.conflicts.length > 0) process.stdout.write(`  differs in PostgreSQL: ${r.conflicts.join(", ")}\n`);
    }
    process.stdout.write(opts.dryRun ? "dry run: nothing was written\n" : `done: PostgreSQL schema '${config.store.schema}'\n`);
  }
  if (conflicts > 0) {
    process.stderr.write(`warden: ${conflicts} row(s) differ in PostgreSQL and ${opts.dryRun ? "would not be" : "were not"} written; check them, then re-run with --force to replace them with the SQLite copy\n`);
    process.exitCode = 1;
  }
  if (!opts.dryRun) {
    const counts = Object.fromEntries(kinds.map((k) => [k, { copied: report[k].copied, unchanged: report[k].unchanged, conflicts: report[k].conflicts.length, overwritten: report[k].overwritten }]));
    await recordCliAdminEvent(opts.config, "keys.migrated", { to: "postgres", schema: config.store.schema, force: opts.force === true, ...counts });
  }
}
