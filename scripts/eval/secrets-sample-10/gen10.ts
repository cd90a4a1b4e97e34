/**
 * Token bodies for secrets set 10 (seeded Mulberry32, seed 0x5ec10e), shaped by each provider's published prefix,
 * length and alphabet. GitHub (ghp_/gho_/ghu_/ghs_/ghr_) and npm tokens end in the base62 CRC32 of their 30-character
 * random part, as GitHub describes its format. Written for this set.
 */
let state = 0x5ec10e >>> 0;
function rnd(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", LOWER = "abcdefghijklmnopqrstuvwxyz", DIGITS = "0123456789";
export const ALNUM = DIGITS + UPPER + LOWER, HEX = "0123456789abcdef", B64 = ALNUM + "+/", B64U = ALNUM + "-_";
/** `n` characters drawn from `alphabet`. */
export const rs = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]!).join("");
export const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
export const hex = (n: number): string => rs(HEX, n);
export const alnum = (n: number): string => rs(ALNUM, n);
export const digits = (n: number): string => String(int(1, 9)) + rs(DIGITS, n - 1);
export const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[int(0, 3)]}${hex(3)}-${hex(12)}`;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
/** CRC-32 (IEEE 802.3) of an ASCII string. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** `n` in base62 (0-9A-Za-z), left-padded with zeros to `width`. */
export function base62(n: number, width: number): string {
  let s = "";
  do { s = ALNUM[n % 62]! + s; n = Math.floor(n / 62); } while (n > 0);
  return s.padStart(width, "0");
}
/** ghp_/gho_/ghu_/ghs_/ghr_/npm_: 30 random base62 characters and their 6-character CRC32. */
export function crcToken(prefix: "ghp" | "gho" | "ghu" | "ghs" | "ghr" | "npm"): string {
  const body = alnum(30);
  return `${prefix}_${body}${base62(crc32(body), 6)}`;
}
export const b64url = (s: string): string => Buffer.from(s).toString("base64url");
/** A JWT with the given header and claims and a random 256-bit signature (HS256/RS256-shaped). */
export function jwt(claims: Record<string, unknown>, alg = "HS256", sigBytes = 32): string {
  return `${b64url(JSON.stringify({ alg, typ: "JWT" }))}.${b64url(JSON.stringify(claims))}.${rs(B64U, Math.ceil((sigBytes * 4) / 3))}`;
}
export const awsId = (prefix = "AKIA"): string => prefix + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
export const awsSecret = (): string => rs(ALNUM + "/+", 40);
/** Base64 lines of 64 characters for a PEM body that starts with the DER prefix of its key type. */
export function pemBody(derPrefix: string, chars: number): string {
  const s = derPrefix + rs(B64, chars - derPrefix.length);
  return s.match(/.{1,64}/g)!.join("\n");
}
export function pem(label: string, derPrefix: string, chars: number): string {
  return `-----BEGIN ${label}-----\n${pemBody(derPrefix, chars)}\n-----END ${label}-----`;
}
export const bech32Upper = (n: number): string => rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", n);
