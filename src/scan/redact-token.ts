import { createHash, createHmac } from "node:crypto";

/** Name part of a token: `EMAIL_ADDRESS`, `AWS_ACCESS_KEY_ID` for the secret rule `aws-access-key-id`. */
export const tokenName = (type: string): string => type.toUpperCase().replace(/[^A-Z0-9]+/g, "_").replace(/^_|_$/g, "") || "VALUE";

/**
 * The replacement for a value: `<EMAIL_ADDRESS_3f9a2c1b0d>`, the first 40 bits of HMAC-SHA256(key, type, value).
 * Same value and type → same token within a run (and across workers: they share the key); the key is random per
 * run and never written, so tokens cannot be reversed by hashing guesses.
 */
export function redactToken(key: Buffer, type: string, value: string): string {
  const mac = createHmac("sha256", key).update(type).update("\0").update(value).digest("hex");
  return `<${tokenName(type)}_${mac.slice(0, 10)}>`;
}

/**
 * Stable fingerprint of a finding (hex, 32 chars): rule type, file, field path and the value, hashed (SHA-256, or
 * HMAC-SHA256 when a key is given). The line is left out so a baseline survives lines moving.
 */
export function findingFingerprint(key: Buffer | undefined, parts: { type: string; file: string; field?: string; value: string }): string {
  const h = key && key.length > 0 ? createHmac("sha256", key) : createHash("sha256");
  h.update("warden-scan/v1\0").update(parts.type).update("\0").update(parts.file).update("\0").update(parts.field ?? "").update("\0").update(parts.value);
  return h.digest("hex").slice(0, 32);
}
