import type { Command } from "commander";
import { KeyStore } from "../../authenticate/key-store.js";
import { loadConfig } from "../../config/load-config.js";
import type { Role } from "../../core/principal.js";
import { recordCliAdminEvent } from "../record-admin-event.js";
import { reportConfigError } from "../report-config-error.js";

const ROLES: readonly Role[] = ["app", "operator", "auditor", "admin"];

function openStore(configFile: string | undefined): KeyStore | undefined {
  const loaded = reportConfigError(() => loadConfig(configFile));
  return loaded ? new KeyStore(loaded.config.dataDir) : undefined;
}

const collect = (value: string, prev: string[]): string[] => [...prev, value];

/** `warden keys create|list|revoke` */
export function registerKeysCommand(program: Command): void {
  const keys = program.command("keys").description("manage API keys (only their hashes are stored)");
  keys
    .command("create")
    .description("create a key; it is printed alone on the last line of stdout, and never again")
    .requiredOption("--tenant <tenant>", "tenant the key belongs to")
    .requiredOption("--app <app>", "application the key belongs to")
    .option("--role <role>", `role (repeatable): ${ROLES.join(", ")}`, collect, [])
    .option("--name <name>", "a label")
    .option("--expires-in-days <days>", "expiry, in days from now")
    .option("-c, --config <file>", "YAML config file (for dataDir)")
    .action(async (opts: { tenant: string; app: string; role: string[]; name?: string; expiresInDays?: string; config?: string }) => {
      const roles = (opts.role.length > 0 ? opts.role : ["app"]) as Role[];
      const bad = roles.filter((r) => !ROLES.includes(r));
      if (bad.length > 0) {
        process.stderr.write(`warden: unknown role(s): ${bad.join(", ")} (known: ${ROLES.join(", ")})\n`);
        process.exitCode = 2;
        return;
      }
      let expiresAt: number | undefined;
      if (opts.expiresInDays !== undefined) {
        const days = Number(opts.expiresInDays);
        if (!(days > 0)) {
          process.stderr.write("warden: --expires-in-days must be a positive number\n");
          process.exitCode = 2;
          return;
        }
        expiresAt = Date.now() + days * 86_400_000;
      }
      const store = openStore(opts.config);
      if (!store) return;
      try {
        const { record, key } = store.create({ tenant: opts.tenant, app: opts.app, roles, ...(opts.name ? { name: opts.name } : {}), ...(expiresAt ? { expiresAt } : {}) });
        process.stdout.write(`created key ${record.id} for tenant '${record.tenant}', app '${record.app}', roles ${record.roles.join(",")}\n${key}\n`);
        await recordCliAdminEvent(opts.config, "key.created", { keyId: record.id, tenant: record.tenant, app: record.app, roles: [...record.roles], expiresAt: record.expiresAt ? new Date(record.expiresAt).toISOString() : null });
      } finally {
        store.close();
      }
    });
  keys
    .command("list")
    .description("list keys (ids and metadata; never the keys)")
    .option("--json", "JSON output")
    .option("-c, --config <file>", "YAML config file (for dataDir)")
    .action((opts: { json?: boolean; config?: string }) => {
      const store = openStore(opts.config);
      if (!store) return;
      try {
        const rows = store.list().map((r) => ({
          id: r.id,
          tenant: r.tenant,
          app: r.app,
          roles: r.roles,
          name: r.name,
          created: new Date(r.createdAt).toISOString(),
          expires: r.expiresAt ? new Date(r.expiresAt).toISOString() : null,
          revoked: r.revokedAt ? new Date(r.revokedAt).toISOString() : null,
        }));
        if (opts.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        else {
          for (const r of rows) {
            process.stdout.write(`${r.id}  ${r.tenant}/${r.app}  ${r.roles.join(",")}  created ${r.created}${r.expires ? `  expires ${r.expires}` : ""}${r.revoked ? `  REVOKED ${r.revoked}` : ""}\n`);
          }
          if (rows.length === 0) process.stdout.write("no keys\n");
        }
      } finally {
        store.close();
      }
    });
  keys
    .command("revoke")
    .description("revoke a key by id (takes effect within a second on running gateways)")
    .argument("<id>", "key id (from `warden keys list`)")
    .option("-c, --config <file>", "YAML config file (for dataDir)")
    .action(async (id: string, opts: { config?: string }) => {
      const store = openStore(opts.config);
      if (!store) return;
      try {
        if (!store.revoke(id)) {
          process.stderr.write(`warden: no key with id '${id}'\n`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write(`revoked ${id}\n`);
        await recordCliAdminEvent(opts.config, "key.revoked", { keyId: id });
      } finally {
        store.close();
      }
    });
}
