import type { Command } from "commander";
import { keyState } from "../../authenticate/key-state.js";
import type { KeyStore } from "../../authenticate/key-store.js";
import { openKeyStore } from "../../authenticate/open-key-store.js";
import { invalidCidrs } from "../../authenticate/source-allowlist.js";
import { APP_ID, TENANT_ID } from "../../admin/tenant-store.js";
import { loadConfig } from "../../config/load-config.js";
import type { KeyLimits, Role } from "../../core/principal.js";
import { parseDuration } from "../parse-duration.js";
import { publishRevocation } from "../publish-revocation.js";
import { recordCliAdminEvent } from "../record-admin-event.js";
import { registerRotateKek } from "./audit.js";
import { migrateCommand } from "./keys-migrate.js";
import { reportConfigError } from "../report-config-error.js";

const ROLES: readonly Role[] = ["app", "operator", "auditor", "admin"];

/** The configured key store (SQLite in dataDir, or the PostgreSQL of `store:` with `keys.store: postgres`). */
async function openStore(configFile: string | undefined): Promise<KeyStore | undefined> {
  const loaded = reportConfigError(() => loadConfig(configFile));
  if (!loaded) return undefined;
  const { config } = loaded;
  return openKeyStore({ keys: config.keys, store: config.store, dataDir: config.dataDir }).catch((err: unknown) => {
    process.stderr.write(`warden: cannot open the key store (${config.keys.store}): ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
    return undefined;
  });
}

/** Repeatable options; each value may also be a comma-separated list. */
const collect = (value: string, prev: string[]): string[] => [...prev, ...value.split(",").map((v) => v.trim()).filter((v) => v !== "")];

function usageError(message: string): undefined {
  process.stderr.write(`warden: ${message}\n`);
  process.exitCode = 2;
  return undefined;
}

const iso = (t: number | null): string | null => (t === null ? null : new Date(t).toISOString());

interface CreateOptions {
  tenant: string;
  app: string;
  role: string[];
  name?: string;
  expiresIn?: string;
  expiresInDays?: string;
  models: string[];
  cidr: string[];
  rpm?: string;
  tpm?: string;
  concurrency?: string;
  config?: string;
}

/** Validate `keys create` options into a key's settings; prints the problem and returns undefined when invalid. */
function createSettings(opts: CreateOptions): { roles: Role[]; expiresAt?: number; models?: string[]; cidrs?: string[]; limits?: KeyLimits } | undefined {
  // The names the admin API takes: a key of any other tenant could never be listed, revoked or disabled there (an
  // empty tenant not even disabled), nor given a tenant policy.
  if (!TENANT_ID.test(opts.tenant)) return usageError("--tenant must be 1-64 characters: letters, digits, '_', '.', '-' (starting with a letter or digit)");
  if (!APP_ID.test(opts.app)) return usageError("--app must be 1-128 printable ASCII characters without spaces");
  const roles = (opts.role.length > 0 ? opts.role : ["app"]) as Role[];
  const bad = roles.filter((r) => !ROLES.includes(r));
  if (bad.length > 0) return usageError(`unknown role(s): ${bad.join(", ")} (known: ${ROLES.join(", ")})`);
  let expiresAt: number | undefined;
  if (opts.expiresIn !== undefined) {
    const ms = parseDuration(opts.expiresIn);
    if (ms === undefined || ms <= 0) return usageError(`--expires-in must be a duration like 30d, 12h or 90m (got '${opts.expiresIn}')`);
    expiresAt = Date.now() + ms;
  } else if (opts.expiresInDays !== undefined) {
    const days = Number(opts.expiresInDays);
    if (!(days > 0)) return usageError("--expires-in-days must be a positive number");
    expiresAt = Date.now() + days * 86_400_000;
  }
  const wrongCidrs = invalidCidrs(opts.cidr);
  if (wrongCidrs.length > 0) return usageError(`--cidr: not an IPv4/IPv6 network: ${wrongCidrs.join(", ")} (e.g. 10.0.0.0/8, 2001:db8::/32)`);
  const limits: KeyLimits = {};
  for (const k of ["rpm", "tpm", "concurrency"] as const) {
    const v = opts[k];
    if (v === undefined) continue;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) return usageError(`--${k} must be a positive whole number (got '${v}')`);
    limits[k] = n;
  }
  return {
    roles,
    ...(expiresAt !== undefined ? { expiresAt } : {}),
    ...(opts.models.length > 0 ? { models: opts.models } : {}),
    ...(opts.cidr.length > 0 ? { cidrs: opts.cidr } : {}),
    ...(Object.keys(limits).length > 0 ? { limits } : {}),
  };
}

/** Push a revocation or rotation to running gateways (Redis), or say how soon they see it. */
async function announce(configFile: string | undefined, id: string, store: KeyStore): Promise<void> {
  // The PostgreSQL store notified every gateway in the write's own transaction (LISTEN/NOTIFY).
  if (store.kind === "postgres") return void process.stdout.write("running gateways were told at once (postgres)\n");
  const how = await publishRevocation(configFile, id).catch(() => "failed" as const);
  if (how === "published") process.stdout.write("running gateways were told at once (redis)\n");
  else if (how === "failed") process.stderr.write("warden: could not reach redis; running gateways see the change within a second\n");
  else process.stdout.write("running gateways see the change within a second\n");
}

/** `warden keys create|list|rotate|revoke|migrate` */
export function registerKeysCommand(program: Command): void {
  const keys = program.command("keys").description("manage API keys (only their hashes are stored)");
  // the audit store's key-encryption key is rotated here too (same command as `warden audit rotate-kek`)
  registerRotateKek(keys);
  keys
    .command("create")
    .description("create a key; it is printed alone on the last line of stdout, and never again")
    .requiredOption("--tenant <tenant>", "tenant the key belongs to")
    .requiredOption("--app <app>", "application the key belongs to")
    .option("--role <role>", `role (repeatable): ${ROLES.join(", ")}`, collect, [])
    .option("--name <name>", "a label")
    .option("--expires-in <duration>", "expiry from now, e.g. 30d, 12h, 90m")
    .option("--expires-in-days <days>", "expiry, in days from now")
    .option("--models <globs>", "models the key may request (globs, repeatable or comma-separated), e.g. 'gpt-4o*'", collect, [])
    .option("--cidr <network>", "source networks the key may be used from (repeatable or comma-separated), e.g. 10.0.0.0/8", collect, [])
    .option("--rpm <n>", "requests per limit window (a minute by default) for this key")
    .option("--tpm <n>", "tokens per limit window for this key")
    .option("--concurrency <n>", "calls in flight at once for this key")
    .option("-c, --config <file>", "YAML config file (for dataDir)")
    .action(async (opts: CreateOptions) => {
      const settings = createSettings(opts);
      if (!settings) return;
      const store = await openStore(opts.config);
      if (!store) return;
      try {
        // As the admin API does: the store takes the intent first, and when it cannot, no key is made (a key handed
        // out with no record of its creation is the change-management gap an auditor looks for).
        const intent = { tenant: opts.tenant, app: opts.app, roles: [...settings.roles] };
        if (!(await recordCliAdminEvent(opts.config, "admin.key.create.begin", intent))) {
          process.stderr.write("warden: no key was created\n");
          return;
        }
        const { record, key } = store.create({ tenant: opts.tenant, app: opts.app, ...(opts.name ? { name: opts.name } : {}), ...settings });
        // PostgreSQL writes in the background: the key is printed only once it is stored.
        await store.flush();
        const extras = [
          record.expiresAt ? `expires ${iso(record.expiresAt)}` : "",
          record.models ? `models ${record.models.join(",")}` : "",
          record.cidrs ? `from ${record.cidrs.join(",")}` : "",
          record.limits ? `limits ${Object.entries(record.limits).map(([k, v]) => `${k}=${v}`).join(",")}` : "",
        ].filter((e) => e !== "");
        process.stdout.write(`created key ${record.id} for tenant '${record.tenant}', app '${record.app}', roles ${record.roles.join(",")}${extras.length > 0 ? `; ${extras.join("; ")}` : ""}\n${key}\n`);
        await recordCliAdminEvent(opts.config, "key.created", {
          keyId: record.id,
          tenant: record.tenant,
          app: record.app,
          roles: [...record.roles],
          expiresAt: iso(record.expiresAt),
          models: record.models,
          cidrs: record.cidrs,
          limits: record.limits ? { ...record.limits } : null,
        });
      } finally {
        await store.close();
      }
    });
  keys
    .command("list")
    .description("list keys with their state, expiry and last use (never the keys)")
    .option("--tenant <tenant>", "only this tenant's keys")
    .option("--json", "JSON output")
    .option("-c, --config <file>", "YAML config file (for dataDir)")
    .action(async (opts: { tenant?: string; json?: boolean; config?: string }) => {
      const store = await openStore(opts.config);
      if (!store) return;
      try {
        const now = Date.now();
        const rows = store.list(opts.tenant).map((r) => ({
          id: r.id,
          tenant: r.tenant,
          app: r.app,
          roles: r.roles,
          name: r.name,
          state: keyState(r, now),
          created: iso(r.createdAt) as string,
          expires: iso(r.expiresAt),
          revoked: iso(r.revokedAt),
          lastUsed: iso(r.lastUsedAt),
          models: r.models,
          cidrs: r.cidrs,
          limits: r.limits,
          replacedBy: r.replacedBy,
        }));
        if (opts.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        else {
          for (const r of rows) {
            const parts = [
              r.id,
              `${r.tenant}/${r.app}`,
              r.roles.join(","),
              r.state.toUpperCase(),
              `created ${r.created}`,
              `last used ${r.lastUsed ?? "never"}`,
              r.expires ? `expires ${r.expires}` : "",
              r.revoked ? `revoked ${r.revoked}` : "",
              r.replacedBy ? `replaced by ${r.replacedBy}` : "",
              r.models ? `models ${r.models.join(",")}` : "",
              r.cidrs ? `from ${r.cidrs.join(",")}` : "",
              r.limits ? `limits ${Object.entries(r.limits).map(([k, v]) => `${k}=${v}`).join(",")}` : "",
            ];
            process.stdout.write(`${parts.filter((p) => p !== "").join("  ")}\n`);
          }
          if (rows.length === 0) process.stdout.write("no keys\n");
        }
      } finally {
        await store.close();
      }
    });
  keys
    .command("rotate")
    .description("replace a key: a new key with the same tenant, app, roles, allowlists and limits; the old one keeps working for the overlap, then expires")
    .argument("<id>", "key id (from `warden keys list`)")
    .option("--overlap <duration>", "how long the old key keeps working, e.g. 1h, 30m, 0s", "1h")
    .option("-c, --config <file>", "YAML config file (for dataDir)")
    .action(async (id: string, opts: { overlap: string; config?: string }) => {
      const overlapMs = parseDuration(opts.overlap);
      if (overlapMs === undefined) return void usageError(`--overlap must be a duration like 1h, 30m or 0s (got '${opts.overlap}')`);
      const store = await openStore(opts.config);
      if (!store) return;
      try {
        if (store.get(id) && !(await recordCliAdminEvent(opts.config, "admin.key.rotate.begin", { keyId: id }))) {
          process.stderr.write("warden: the key was not rotated\n");
          return;
        }
        const rotated = store.rotate(id, overlapMs);
        if (!rotated) {
          const existing = store.get(id);
          process.stderr.write(existing ? `warden: key '${id}' is ${keyState(existing)}; only an active key can be rotated\n` : `warden: no key with id '${id}'\n`);
          process.exitCode = 1;
          return;
        }
        await store.flush();
        const { record, key, old } = rotated;
        process.stdout.write(`rotated ${old.id} → ${record.id}; the old key works until ${iso(old.expiresAt)}\n`);
        await announce(opts.config, old.id, store);
        await recordCliAdminEvent(opts.config, "key.rotated", { keyId: old.id, newKeyId: record.id, tenant: record.tenant, app: record.app, oldExpiresAt: iso(old.expiresAt) });
        process.stdout.write(`${key}\n`);
      } finally {
        await store.close();
      }
    });
  keys
    .command("revoke")
    .description("revoke a key by id (at once on gateways sharing Redis; within a second otherwise)")
    .argument("<id>", "key id (from `warden keys list`)")
    .option("--force", "revoke even when the audit log cannot record it (an emergency; the failure is reported)")
    .option("-c, --config <file>", "YAML config file (for dataDir)")
    .action(async (id: string, opts: { config?: string; force?: boolean }) => {
      const store = await openStore(opts.config);
      if (!store) return;
      try {
        if (!store.get(id)) {
          process.stderr.write(`warden: no key with id '${id}'\n`);
          process.exitCode = 1;
          return;
        }
        // the intent is recorded first; a revocation the log cannot record is refused unless forced (a compromised
        // key must be revocable while the audit store is down, and the operator decides that knowingly)
        if (!(await recordCliAdminEvent(opts.config, "admin.key.revoke.begin", { keyId: id })) && !opts.force) {
          process.stderr.write("warden: the key was not revoked (give --force to revoke it without an audit record)\n");
          return;
        }
        if (!store.revoke(id)) {
          process.stderr.write(`warden: no key with id '${id}'\n`);
          process.exitCode = 1;
          return;
        }
        await store.flush();
        process.stdout.write(`revoked ${id}\n`);
        await announce(opts.config, id, store);
        await recordCliAdminEvent(opts.config, "key.revoked", { keyId: id });
      } finally {
        await store.close();
      }
    });
  keys
    .command("migrate")
    .description("copy keys, tenants and tenant policies from <dataDir>/warden.db into the configured PostgreSQL store (idempotent; differing rows are reported, not overwritten, unless --force)")
    .option("--to-postgres", "the target: the PostgreSQL of `store:` (the config must have keys.store: postgres)")
    .option("--dry-run", "print what would be copied, write nothing")
    .option("--force", "replace rows that differ in PostgreSQL with the SQLite copy")
    .option("--data-dir <dir>", "where warden.db is (default: the config's dataDir)")
    .option("--json", "JSON output")
    .option("-c, --config <file>", "YAML config file (the PostgreSQL target, and dataDir)")
    .action(migrateCommand);
}
