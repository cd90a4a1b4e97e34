import type { Command } from "commander";
import { ConfigError } from "../../core/config-error.js";
import { loadConfig } from "../../config/load-config.js";
import { createLogger } from "../../create-logger.js";
import { type OpenedVault, openVault as openVaultStore, purgeVault } from "../../enforce/vault/open-vault.js";
import { rekeyVault } from "../../enforce/vault/rekey-vault.js";
import { reportConfigError } from "../report-config-error.js";

/** `warden vault rekey`: key rotation of the shared token vault (docs/policy.md, "Rotating the vault key"). */
export function registerVaultCommand(program: Command): void {
  const vault = program.command("vault").description("the token vault shared by replicas (tokenize mappings)");
  registerVaultErasure(vault);
  vault
    .command("rekey")
    .description("seal every live mapping again under vault.key (after a rotation), so vault.previousKeys can be emptied")
    .option("-c, --config <file>", "YAML config file (the gateway's: same vault, store and keys)")
    .action(async (opts: { config?: string }) => {
      const loaded = reportConfigError(() => loadConfig(opts.config));
      if (!loaded) return;
      const { config } = loaded;
      const opened = await reportAsync(() =>
        openVaultStore({ vault: config.vault, redis: config.redis, store: config.store, dataDir: config.dataDir, logger: createLogger("warn"), ttlMs: () => 3_600_000, maxEntries: 1 }),
      );
      if (!opened) return;
      try {
        if (!opened.shared) {
          process.stderr.write("warden: the vault is in memory (vault.backend memory): nothing is stored to seal again\n");
          process.exitCode = 2;
          return;
        }
        const r = await rekeyVault(opened.vault, opened.shared.store, opened.dataKeys);
        process.stdout.write(
          `vault key ${opened.vault.currentKeyId}: ${r.resealed} mapping(s) sealed again, ${r.current} already current, ${r.unreadable} unreadable (no key of the ring opens them), ${r.changed} changed meanwhile; ${r.conversations} conversation(s); ${r.dataKeys} data key(s) wrapped again, ${r.dataKeysUnreadable} unreadable\n`,
        );
        if (r.unreadable === 0 && r.changed === 0 && r.dataKeysUnreadable === 0) process.stdout.write("the previous keys can now be removed from vault.previousKeys\n");
        else process.exitCode = 1;
      } finally {
        await opened.close();
      }
    });
}

/** Open the config's shared vault for a command; undefined (exit code set) when it cannot or it is in memory. */
async function openShared(file: string | undefined): Promise<(OpenedVault & { shared: NonNullable<OpenedVault["shared"]> }) | undefined> {
  const loaded = reportConfigError(() => loadConfig(file));
  if (!loaded) return undefined;
  const { config } = loaded;
  const opened = await reportAsync(() =>
    openVaultStore({ vault: { ...config.vault, purgeIntervalMs: 0 }, redis: config.redis, store: config.store, dataDir: config.dataDir, logger: createLogger("warn"), ttlMs: () => 3_600_000, maxEntries: 1 }),
  );
  if (!opened) return undefined;
  const { shared } = opened;
  if (shared) return { ...opened, shared };
  process.stderr.write("warden: the vault is in memory (vault.backend memory): nothing is stored\n");
  process.exitCode = 2;
  await opened.close();
  return undefined;
}

/** `warden vault purge` and `warden vault erase`: retention and tenant erasure of the shared vault. */
export function registerVaultErasure(vault: Command): void {
  vault
    .command("purge")
    .description("delete expired mappings, then destroy the data keys no mapping needs any more (the gateway does it every vault.purgeIntervalMs)")
    .option("-c, --config <file>", "YAML config file (the gateway's)")
    .action(async (opts: { config?: string }) => {
      const opened = await openShared(opts.config);
      if (!opened) return;
      try {
        const r = await reportAsync(() => purgeVault(opened.shared.store));
        if (r) process.stdout.write(`vault purge: ${r.mappings} expired mapping(s) deleted, ${r.keys} data key(s) destroyed\n`);
      } finally {
        await opened.close();
      }
    });
  vault
    .command("erase")
    .description("tenant erasure: destroy the tenant's data keys and delete the mappings sealed under them")
    .requiredOption("--tenant <tenant>", "the tenant")
    .option("--yes", "confirm (the tenant's tokens can never be restored again)")
    .option("-c, --config <file>", "YAML config file (the gateway's)")
    .action(async (opts: { tenant: string; yes?: boolean; config?: string }) => {
      if (!opts.yes) {
        process.stderr.write("warden: erasing a tenant's vault mappings cannot be undone; add --yes\n");
        process.exitCode = 2;
        return;
      }
      const opened = await openShared(opts.config);
      if (!opened) return;
      try {
        const r = await reportAsync(() => opened.shared.eraseTenant(opts.tenant));
        if (r) process.stdout.write(`vault erase: ${r.keys} data key(s) destroyed and ${r.mappings} mapping(s) deleted for tenant '${opts.tenant}'\n`);
      } finally {
        await opened.close();
      }
    });
}

async function reportAsync<T>(f: () => Promise<T>): Promise<T | undefined> {
  try {
    return await f();
  } catch (err) {
    process.stderr.write(`warden: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = err instanceof ConfigError ? 2 : 1;
    return undefined;
  }
}
