/** Token builders of the seventh secrets set: every value is random (Mulberry32 seeded below) in its provider's
 *  published shape — prefix, length, alphabet, and the CRC32/base62 checksum where the format has one (GitHub, npm).
 *  None is a real credential. */
let seed = 0x7e7c962;
export function rnd(): number {
  seed = (seed + 0x6d2b79f5) | 0; let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const AL = { hex: "0123456789abcdef", HEX: "0123456789ABCDEF", num: "0123456789", b62: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
  up: "ABCDEFGHIJKLMNOPQRSTUVWXYZ", low: "abcdefghijklmnopqrstuvwxyz", b32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", b64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  url: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", upnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", alpha: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" };
/** n random characters of a named alphabet. */
export const r = (a: keyof typeof AL, n: number): string => { const s = AL[a]; let o = ""; for (let i = 0; i < n; i++) o += s[Math.floor(rnd() * s.length)]; return o; };

const CRC = (() => { const t: number[] = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t.push(c >>> 0); } return t; })();
export function crc32(s: string): number { let c = 0xffffffff; for (const ch of s) c = CRC[(c ^ ch.charCodeAt(0)) & 0xff]! ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
function base62(n: number, w: number): string { let o = ""; do { o = AL.b62[n % 62] + o; n = Math.floor(n / 62); } while (n > 0); return o.padStart(w, "0"); }
/** GitHub-style token: prefix + 30 random base62 + 6-char base62 CRC32 of the random part. */
export const ghTok = (prefix: string): string => { const body = r("b62", 30); return prefix + body + base62(crc32(body), 6); };
const b64url = (s: string): string => Buffer.from(s).toString("base64url");
/** An HS256/RS256 JWT with a JSON payload and a random signature. */
export function jwt(payload: Record<string, unknown>, alg = "HS256"): string {
  return `${b64url(JSON.stringify({ alg, typ: "JWT" }))}.${b64url(JSON.stringify(payload))}.${r("url", alg === "HS256" ? 43 : 342)}`;
}
/** PEM block with random base64 body lines of 64 characters. */
export function pem(label: string, lead: string, len: number, nl = "\n"): string {
  const body = lead + r("b64", len - lead.length); const lines = body.match(/.{1,64}/g)!;
  return `-----BEGIN ${label}-----${nl}${lines.join(nl)}${nl}-----END ${label}-----`;
}
export const rsaKey = (nl = "\n") => pem("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 1588, nl);
export const pkcs8 = (nl = "\n") => pem("PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1620, nl);
export const ecKey = (nl = "\n") => pem("EC PRIVATE KEY", "MHcCAQEEI", 160, nl) ;
export const opensshKey = () => pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACB", 396);
export const pgpKey = () => `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBG${r("b64", 58)}\n${(r("b64", 64 * 14).match(/.{64}/g)!).join("\n")}\n=${r("b64", 4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
export const uuid = (): string => `${r("hex", 8)}-${r("hex", 4)}-4${r("hex", 3)}-${pick(["8", "9", "a", "b"])}${r("hex", 3)}-${r("hex", 12)}`;
export const hex = (n: number) => r("hex", n);
/** A password as people pick them: words, digits, symbols. */
export function pw(): string {
  const w = ["Harbor", "velvet", "Quartz", "orchid", "Tundra", "maple", "Falcon", "ember", "Cobalt", "pepper", "Zephyr", "lantern"];
  return pick([() => `${pick(w)}${pick(w)}${int(10, 99)}${pick(["!", "#", "$", "%", "&", "*"])}`, () => r("b62", int(14, 20)), () => `${pick(w)}-${pick(w)}-${int(1000, 9999)}`, () => `${r("alpha", 4)}${int(10, 99)}${pick(["!", "@", "^"])}${r("b62", 8)}`])();
}
