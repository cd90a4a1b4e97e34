import { hash, randomBytes, timingSafeEqual } from "node:crypto";
import { crc32 } from "node:zlib";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const KEY_PREFIX = "wdn_";
const ID_LEN = 12;
const SECRET_LEN = 40;
const CHECK_LEN = 6;
/** `wdn_` + 12-char id + `_` + 40-char secret + 6-char CRC32 checksum (so scanners can validate a leaked key). */
export const API_KEY_PATTERN = /^wdn_([0-9A-Za-z]{12})_([0-9A-Za-z]{40})([0-9A-Za-z]{6})$/;

function base62(bytes: Buffer, len: number): string {
  let out = "";
  for (let i = 0; out.length < len; i++) {
    const b = bytes[i % bytes.length] as number;
    if (b < 248) out += ALPHABET[b % 62];
    if (i >= bytes.length - 1 && out.length < len) bytes = randomBytes(len);
  }
  return out;
}

function encodeChecksum(n: number): string {
  let out = "";
  for (let i = 0; i < CHECK_LEN; i++) {
    out = ALPHABET[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out;
}

export interface NewApiKey {
  id: string;
  key: string;
  hash: Buffer;
}

/** Generate a new key. Only its hash is stored; the key itself is shown once. */
export function generateApiKey(): NewApiKey {
  const id = base62(randomBytes(32), ID_LEN);
  const secret = base62(randomBytes(64), SECRET_LEN);
  const body = `${KEY_PREFIX}${id}_${secret}`;
  const key = body + encodeChecksum(crc32(body));
  return { id, key, hash: hashApiKey(key) };
}

/** SHA-256 of the whole key: keys carry 238 bits of entropy, so a fast hash is safe (no password stretching). */
export function hashApiKey(key: string): Buffer {
  return hash("sha256", key, "buffer");
}

/** Split a presented key into its id, or undefined when it is not a well-formed Warden key (checksum included). */
export function parseApiKey(key: string): { id: string } | undefined {
  const m = API_KEY_PATTERN.exec(key);
  if (!m || !checksumValid(key)) return undefined;
  return { id: m[1] as string };
}

/** Whether a key of the right shape (API_KEY_PATTERN) carries a valid CRC32 checksum. */
export function checksumValid(key: string): boolean {
  return encodeChecksum(crc32(key.slice(0, key.length - CHECK_LEN))) === key.slice(-CHECK_LEN);
}

/** Constant-time comparison of two hashes of equal length. */
export function hashesEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
