import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { hkdfSync, randomBytes } from "node:crypto";
import { ConfigError } from "../../core/config-error.js";

/** The two keys of a vault, derived from one 32-byte master key (HKDF-SHA256, RFC 5869, distinct `info`). */
export interface VaultKeys {
  key: Buffer;
  macKey: Buffer;
}

/** Parse a 32-byte key written as 64 hex digits or base64. */
export function parseVaultKey(text: string, where: string, path = "vault.key"): Buffer {
  const t = text.trim();
  const raw = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, "hex") : Buffer.from(t, "base64");
  if (raw.length !== 32) throw new ConfigError([{ path, message: `${where} must hold 32 bytes (64 hex digits or base64)` }]);
  return raw;
}

/** Derive the sealing and token keys from the master key. */
export function deriveVaultKeys(master: Buffer): VaultKeys {
  const derive = (info: string) => Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), `warden vault ${info}`, 32));
  return { key: derive("aes-256-gcm"), macKey: derive("token hmac") };
}

/**
 * The vault master key: from an env var or a file; with `createFile` (SQLite, one node), created in that file
 * (mode 0600) when missing.
 */
export function loadVaultKey(src: { env: string } | { file: string } | { kms: unknown } | undefined, createFile: string | undefined, env: NodeJS.ProcessEnv = process.env, path = "vault.key"): Buffer | undefined {
  if (src && "env" in src) {
    const v = env[src.env];
    if (!v) throw new ConfigError([{ path: `${path}.env`, message: `environment variable ${src.env} is not set` }]);
    return parseVaultKey(v, `environment variable ${src.env}`, path);
  }
  if (src && "kms" in src) throw new Error("a KMS-wrapped vault key is unwrapped from the shared store (openVault)");
  const file = src?.file ?? createFile;
  if (!file) return undefined;
  if (!existsSync(file)) {
    if (src) throw new ConfigError([{ path: `${path}.file`, message: `no key file at ${file}` }]);
    writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
  }
  return parseVaultKey(readFileSync(file, "utf8"), `key file ${file}`, path);
}
