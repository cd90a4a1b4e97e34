import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * Wraps and unwraps tenants' data keys. `LocalKek` holds a 256-bit key in memory (from a file or an env var); a
 * KMS-backed implementation (AWS KMS, GCP KMS, Vault transit...) implements the same two calls remotely.
 */
export interface KeyEncryptionKey {
  /** Stable identifier stored beside each wrapped key (e.g. a fingerprint or a KMS key ARN). */
  readonly id: string;
  wrap(dataKey: Buffer): Promise<Buffer>;
  unwrap(wrapped: Buffer): Promise<Buffer>;
}

const WRAP_AAD = Buffer.from("warden-audit-dek/1", "utf8");

/** A KEK held locally; wrapping is AES-256-GCM (12-byte IV ‖ 16-byte tag ‖ ciphertext). */
export class LocalKek implements KeyEncryptionKey {
  readonly id: string;
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error("the audit key-encryption key must be 32 bytes");
    this.id = `local:${createHash("sha256").update(key).digest("hex").slice(0, 16)}`;
  }

  async wrap(dataKey: Buffer): Promise<Buffer> {
    const iv = randomBytes(12);
    const c = createCipheriv("aes-256-gcm", this.key, iv);
    c.setAAD(WRAP_AAD);
    const ct = Buffer.concat([c.update(dataKey), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), ct]);
  }

  async unwrap(wrapped: Buffer): Promise<Buffer> {
    // a stored key overwritten with another type of value (a number, text) is as unreadable as a modified one
    if (!Buffer.isBuffer(wrapped) || wrapped.length < 29) throw new Error("the wrapped data key is malformed");
    const d = createDecipheriv("aes-256-gcm", this.key, wrapped.subarray(0, 12));
    d.setAAD(WRAP_AAD);
    d.setAuthTag(wrapped.subarray(12, 28));
    return Buffer.concat([d.update(wrapped.subarray(28)), d.final()]);
  }
}

/** Parse key material: 32 raw bytes, or 64 hex digits, or base64 of 32 bytes (surrounding whitespace ignored). */
export function parseKeyMaterial(data: Buffer): Buffer {
  if (data.length === 32) return data;
  const text = data.toString("utf8").trim();
  if (/^[0-9a-f]{64}$/i.test(text)) return Buffer.from(text, "hex");
  const b = Buffer.from(text, "base64");
  if (b.length === 32) return b;
  throw new Error("key material must be 32 bytes: raw, 64 hex digits, or base64");
}

/** Load a KEK from a file; with `create`, generate one (mode 0600) when the file does not exist. */
export function kekFromFile(file: string, create = false): LocalKek {
  if (create && !existsSync(file)) writeFileSync(file, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  return new LocalKek(parseKeyMaterial(readFileSync(file)));
}

/** Load a KEK from an environment variable (hex or base64). */
export function kekFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): LocalKek {
  const v = env[name];
  if (!v) throw new Error(`environment variable ${name} (audit key-encryption key) is not set`);
  return new LocalKek(parseKeyMaterial(Buffer.from(v, "utf8")));
}
