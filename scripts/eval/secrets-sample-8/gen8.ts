/** Token bodies for secrets set 8 from node:crypto randomness, shaped as the providers publish them. */
import { createHash, randomInt } from "node:crypto";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", LO = "abcdefghijklmnopqrstuvwxyz", DG = "0123456789";
export const B62 = UP + LO + DG, HEX = "0123456789abcdef", B64 = B62 + "+/", B64U = B62 + "-_", B32 = UP + "234567";
export const r = (n: number, set = B62): string => Array.from({ length: n }, () => set[randomInt(set.length)]).join("");
export const digits = (n: number): string => String(randomInt(1, 10)) + r(n - 1, DG);

/** CRC-32 (IEEE, reflected 0xEDB88320). */
export function crc32(s: string): number {
  let c = ~0;
  for (const b of Buffer.from(s)) { c ^= b; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
  return ~c >>> 0;
}
/** Digits first, so the "0" padding is a zero. */
export const CRC_ALPHABET = DG + UP + LO;
/** base62 of the CRC32 of the random part, left-padded to 6 — GitHub's (and npm's) token checksum. */
function crcTail(body: string): string {
  let n = crc32(body), s = "";
  while (n > 0) { s = CRC_ALPHABET[n % 62] + s; n = Math.floor(n / 62); }
  return s.padStart(6, "0");
}
export const ghToken = (prefix: "ghp" | "gho" | "ghu" | "ghs" | "ghr"): string => { const b = r(30); return `${prefix}_${b}${crcTail(b)}`; };
export const npmToken = (): string => { const b = r(30); return `npm_${b}${crcTail(b)}`; };
export const ghFine = (): string => `github_pat_11${r(20, UP + DG)}_${r(59)}`;
export const awsId = (p = "AKIA"): string => p + r(16, B32);
export const awsSecret = (): string => r(40, B64);
export const b64u = (o: object): string => Buffer.from(JSON.stringify(o)).toString("base64url");
export const jwt = (payload: object): string => `${b64u({ alg: "HS256", typ: "JWT" })}.${b64u(payload)}.${r(43, B64U)}`;
export function pem(kind: "RSA PRIVATE KEY" | "PRIVATE KEY" | "EC PRIVATE KEY" | "OPENSSH PRIVATE KEY", lines: number, nl = "\n"): string {
  const body = Array.from({ length: lines }, (_, i) => r(i === lines - 1 ? 28 : 64, B64)).join(nl);
  return `-----BEGIN ${kind}-----${nl}${kind === "OPENSSH PRIVATE KEY" ? "b3BlbnNzaC1rZXktdjEAAAAA" : "MII"}${body}${nl}-----END ${kind}-----`;
}
export const sha1 = (s: string): string => createHash("sha1").update(s).digest("hex");
export const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");
export const uuid = (): string => crypto.randomUUID();
/** A human-chosen-looking password: words, digits and a symbol. */
export function pw(): string {
  const words = ["Tangerine", "harbour", "Velvet", "quokka", "Ember", "marlin", "Sorrel", "basalt", "Juniper", "otter"];
  return `${words[randomInt(10)]}${r(1, "!#%&*?@")}${words[randomInt(10)]!.toLowerCase()}${r(3, DG)}${r(1, "!#%&*?")}`;
}
