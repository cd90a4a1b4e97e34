import { createCipheriv, createDecipheriv, hkdfSync } from "node:crypto";

/** ChaCha20-Poly1305 (RFC 8439) seal with a 16-byte tag appended, as age uses it to wrap file keys. */
export function seal(key: Buffer, nonce: Buffer, plaintext: Buffer): Buffer {
  const c = createCipheriv("chacha20-poly1305", key, nonce, { authTagLength: 16 });
  return Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()]);
}

/** Open a sealed box; undefined when authentication fails. */
export function open(key: Buffer, nonce: Buffer, sealed: Buffer): Buffer | undefined {
  if (sealed.length < 16) return undefined;
  const d = createDecipheriv("chacha20-poly1305", key, nonce, { authTagLength: 16 });
  d.setAuthTag(sealed.subarray(sealed.length - 16));
  const out = d.update(sealed.subarray(0, sealed.length - 16));
  try {
    d.final();
  } catch {
    return undefined;
  }
  return out;
}

/** HKDF-SHA-256 (RFC 5869). */
export function hkdf(ikm: Buffer, salt: Buffer, info: string, length = 32): Buffer {
  return Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from(info, "utf8"), length));
}

/** The all-zero 12-byte nonce age uses for key wrapping (each wrap key is used once). */
export const ZERO_NONCE = Buffer.alloc(12);
