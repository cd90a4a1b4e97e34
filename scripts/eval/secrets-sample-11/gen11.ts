/**
 * Seeded token bodies for secrets set 11 (Mulberry32, seed 0x5ec11b), written for this set. Shapes follow each
 * provider's published prefix, length and alphabet; GitHub and npm tokens end in the base62 CRC32 of their 30 random
 * characters. Nothing here is a live credential.
 */
let s = 0x5ec11b >>> 0;
/** Starts the sequence again from `seed` (a later set draws its own values with these generators). */
export function reseed(seed: number): void {
  s = seed >>> 0;
}
/** Mulberry32: a small, well-known 32-bit PRNG; enough for reproducible test values. */
export function rnd(): number {
  s = (s + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const AL = {
  hex: "0123456789abcdef", HEX: "0123456789ABCDEF", num: "0123456789", lower: "abcdefghijklmnopqrstuvwxyz",
  b62: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", b32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  b64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  upnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", lownum: "abcdefghijklmnopqrstuvwxyz0123456789", alpha: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
} as const;
/** `n` characters drawn from `alphabet`. */
export function r(alphabet: string, n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(rnd() * alphabet.length)]!;
  return out;
}
export const hex = (n: number): string => r(AL.hex, n);
export const b62 = (n: number): string => r(AL.b62, n);
export const url = (n: number): string => r(AL.url, n);
export const digits = (n: number): string => r(AL.num, n);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
/** CRC-32 (IEEE 802.3, as in zlib) of an ASCII string. */
export function crc32(str: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < str.length; i++) c = CRC_TABLE[(c ^ str.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** `n` in base 62 (0-9A-Za-z), left-padded with "0" to `width`. */
export function base62(n: number, width: number): string {
  let out = "";
  let v = n;
  do { out = AL.b62[v % 62]! + out; v = Math.floor(v / 62); } while (v > 0);
  return out.padStart(width, "0");
}
/** A GitHub (`ghp`, `gho`, `ghu`, `ghs`, `ghr`) or npm token: 30 random base62 characters and their CRC32 tail. */
export function crcToken(prefix: "ghp" | "gho" | "ghu" | "ghs" | "ghr" | "npm"): string {
  const body = b62(30);
  return `${prefix}_${body}${base62(crc32(body), 6)}`;
}
/** A JWT with the given header and payload and a random signature of `sigBytes` bytes. */
export function jwt(header: object, payload: object, sigBytes = 32): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${enc(header)}.${enc(payload)}.${url(Math.ceil((sigBytes * 4) / 3))}`;
}
/** Random base64 wrapped at `width`, `bytes` long before encoding. */
export function b64Block(bytes: number, width = 64): string {
  const raw = Buffer.from(Array.from({ length: bytes }, () => Math.floor(rnd() * 256)));
  return raw.toString("base64").match(new RegExp(`.{1,${width}}`, "g"))!.join("\n");
}
/** A PEM block with a random body (the shape of a key, not a usable key). */
export function pem(label: string, bytes: number, headers = ""): string {
  return `-----BEGIN ${label}-----\n${headers}${b64Block(bytes)}\n-----END ${label}-----`;
}
/** An OpenSSH private key block: the `openssh-key-v1` magic followed by random bytes, wrapped at 70. */
export function openssh(bytes = 380): string {
  const magic = Buffer.from("openssh-key-v1\0");
  const raw = Buffer.concat([magic, Buffer.from(Array.from({ length: bytes }, () => Math.floor(rnd() * 256)))]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${raw.toString("base64").match(/.{1,70}/g)!.join("\n")}\n-----END OPENSSH PRIVATE KEY-----`;
}
export const b64 = (text: string): string => Buffer.from(text).toString("base64");
