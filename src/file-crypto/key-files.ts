import { readFileSync, writeFileSync } from "node:fs";
import { WardenError } from "../core/warden-error.js";
import { X25519Identity, X25519Recipient } from "./x25519-recipient.js";

function readLines(path: string, what: string): { line: string; n: number }[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new WardenError("WARDEN_CRYPTO_IO", { message: `Cannot read ${what} file ${path}: ${(err as NodeJS.ErrnoException).code ?? "error"}.`, cause: err });
  }
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line !== "" && !line.startsWith("#"));
}

/** Parse a recipients file (age format: one `age1…` per line; blank lines and `#` comments ignored). */
export function readRecipientsFile(path: string): X25519Recipient[] {
  const lines = readLines(path, "recipients");
  if (lines.length === 0) throw new WardenError("WARDEN_CRYPTO_KEY_INVALID", { message: `The recipients file ${path} lists no recipient.` });
  return lines.map(({ line, n }) => {
    try {
      return X25519Recipient.parse(line);
    } catch {
      throw new WardenError("WARDEN_CRYPTO_KEY_INVALID", { message: `${path}:${n}: not an age X25519 recipient (age1…).` });
    }
  });
}

/**
 * Parse an identity file (age format: `AGE-SECRET-KEY-1…` lines; blank lines and `#` comments ignored). Errors name
 * the line, never its content.
 */
export function readIdentityFile(path: string): X25519Identity[] {
  const lines = readLines(path, "identity");
  if (lines.length === 0) throw new WardenError("WARDEN_CRYPTO_KEY_INVALID", { message: `The identity file ${path} holds no identity.` });
  return lines.map(({ line, n }) => {
    try {
      return X25519Identity.parse(line);
    } catch {
      throw new WardenError("WARDEN_CRYPTO_KEY_INVALID", { message: `${path}:${n}: not an age identity (AGE-SECRET-KEY-1…).` });
    }
  });
}

/** Parse identities held in an environment variable's value (same syntax as an identity file). */
export function parseIdentities(text: string, source: string): X25519Identity[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  if (lines.length === 0) throw new WardenError("WARDEN_CRYPTO_KEY_INVALID", { message: `${source} holds no identity.` });
  return lines.map((l) => {
    try {
      return X25519Identity.parse(l);
    } catch {
      throw new WardenError("WARDEN_CRYPTO_KEY_INVALID", { message: `${source}: not an age identity (AGE-SECRET-KEY-1…).` });
    }
  });
}

/** The text of an identity file, as age-keygen writes it (with the public key as a comment). */
export function formatIdentityFile(identity: X25519Identity, now = new Date()): string {
  return `# created: ${now.toISOString()}\n# public key: ${identity.recipient().toString()}\n${identity.toString()}\n`;
}

/** Write a new secret file (an identity, a key-encryption key) with mode 0600; refuses to overwrite unless `force`. */
export function writeSecretFile(path: string, text: string, force = false): void {
  try {
    writeFileSync(path, text, { mode: 0o600, flag: force ? "w" : "wx" });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") throw new WardenError("WARDEN_CRYPTO_OUTPUT_EXISTS", { message: `${path} already exists (use --force to overwrite).` });
    throw new WardenError("WARDEN_CRYPTO_IO", { message: `Cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? "error"}.`, cause: err });
  }
}

/** Write a new identity file with mode 0600; refuses to overwrite unless `force`. */
export function writeIdentityFile(path: string, identity: X25519Identity, force = false): void {
  writeSecretFile(path, formatIdentityFile(identity), force);
}
