import type { Command } from "commander";
import { ConfigError } from "../../core/config-error.js";
import { loadConfig } from "../../config/load-config.js";
import { createLogger } from "../../create-logger.js";
import { openVault } from "../../enforce/vault/open-vault.js";
import { rekeyVault } from "../../enforce/vault/rekey-vault.js";
import { reportConfigError } from "../report-config-error.js";

/** `warden vault rekey`: key rotation of the shared token vault (docs/policy.md, "Rotating the vault key"). */
export function registerVaultCommand(program: Command): void {
  const vault = program.command("vault").description("the token vault shared by replicas (tokenize mappings)");
  vault
    .command("rekey")
    .description("seal every live mapping again under vault.key (after a rotation), so vault.previousKeys can be emptied")
    .option("-c, --config <file>", "YAML config file (the gateway's: same vault, store and keys)")
    .action(async (opts: { config?: string }) => {
      const loaded = reportConfigError(() => loadConfig(opts.config));
      if (!loaded) return;
      const { config } = loaded;
      const opened = await reportAsync(() =>
        openVault({ vault: config.vault, redis: config.redis, store: config.store, dataDir: config.dataDir, logger: createLogger("warn"), ttlMs: () => 3_600_000, maxEntries: 1 }),
      );
      if (!opened) return;
      try {
        if (!opened.shared) {
          process.stderr.write("warden: the vault is in memory (vault.backend memory): nothing is stored to seal again\n");
          process.exitCode = 2;
          return;
        }
        const r = await rekeyVault(opened.vault, opened.shared.store);
        process.stdout.write(
          `vault key ${opened.vault.currentKeyId}: ${r.resealed} mapping(s) sealed again, ${r.current} already current, ${r.unreadable} unreadable (no key of the ring opens them), ${r.changed} changed meanwhile; ${r.conversations} conversation(s)\n`,
        );
        if (r.unreadable === 0 && r.changed === 0) process.stdout.write("the previous keys can now be removed from vault.previousKeys\n");
        else process.exitCode = 1;
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
