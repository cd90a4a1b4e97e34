import { generateKeyPairSync } from "node:crypto";
import { withCrc32Suffix } from "../../../src/detect/secrets/checksum.js";

let s = 0x5eed1234;
export function rnd(): number { s |= 0; s = (s + 0x6d2b79f5) | 0; let t = Math.imul(s ^ (s >>> 15), 1 | s); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
export const pick = <T,>(a: T[]): T => a[Math.floor(rnd() * a.length)] as T;
export const U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", L = "abcdefghijklmnopqrstuvwxyz", D = "0123456789";
export const AN = U + L + D, HEX = "0123456789abcdef", B64 = AN + "+/", B64U = AN + "-_";
export function rs(alpha: string, n: number): string { let o = ""; for (let i = 0; i < n; i++) o += alpha[Math.floor(rnd() * alpha.length)]; return o; }
export function digits(n: number): string { return rs(D, n); }

export function luhn(prefix: string, len: number): string {
  let n = prefix + digits(len - prefix.length - 1);
  for (let c = 0; c < 10; c++) { const cand = n + c; if (luhnOk(cand)) return cand; }
  throw new Error("luhn");
}
export function luhnOk(n: string): boolean { let sum = 0, alt = false; for (let i = n.length - 1; i >= 0; i--) { let d = +n[i]!; if (alt) { d *= 2; if (d > 9) d -= 9; } sum += d; alt = !alt; } return sum % 10 === 0; }
export function group(n: string, sizes: number[], sep: string): string { const out: string[] = []; let i = 0; for (const z of sizes) { out.push(n.slice(i, i + z)); i += z; } return out.join(sep); }
export const card = {
  visa: () => luhn("4" + digits(1), 16),
  mc: () => luhn(String(51 + Math.floor(rnd() * 5)), 16),
  mc2: () => luhn("2" + String(221 + Math.floor(rnd() * 400)), 16),
  amex: () => luhn(pick(["34", "37"]), 15),
  disc: () => luhn("6011", 16),
};
function mod97(s: string): number { let r = 0; for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const d of v) r = (r * 10 + +d) % 97; } return r; }
export function iban(cc: string, bban: string): string { const chk = 98 - mod97(bban + cc + "00"); return cc + String(chk).padStart(2, "0") + bban; }
export const ibans = {
  DE: () => iban("DE", digits(18)),
  GB: () => iban("GB", pick(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(14)),
  FR: () => { const b = digits(10) + rs(U + D, 11); const k = 97 - Number(BigInt(b.replace(/[A-Z]/g, (c) => String(((c.charCodeAt(0) - 55) % 9) + 1)) + "00") % 97n); return iban("FR", b + String(k).padStart(2, "0")); },
  ES: () => iban("ES", digits(20)),
  NL: () => iban("NL", pick(["ABNA", "INGB", "RABO"]) + digits(10)),
  IT: () => iban("IT", rs(U, 1) + digits(10) + rs(U + D, 12)),
  CH: () => iban("CH", digits(17)),
  BE: () => iban("BE", digits(12)),
  PL: () => iban("PL", digits(24)),
};
export function spacedIban(i: string): string { return i.replace(/(.{4})/g, "$1 ").trim(); }
export function ssn(): string { let a: number; do { a = 1 + Math.floor(rnd() * 899); } while (a === 666); return `${String(a).padStart(3, "0")}-${String(1 + Math.floor(rnd() * 98)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 9998)).padStart(4, "0")}`; }
export function nino(): string { const f = "ABCEGHJKLMNOPRSTWXYZ", s2 = "ABCEGHJKLMNPRSTWXYZ"; let p: string; do { p = pick([...f]) + pick([...s2]); } while (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p)); return p + digits(6) + pick(["A", "B", "C", "D"]); }
export const gh = { ghp: () => withCrc32Suffix("ghp_", rs(AN, 30)), gho: () => withCrc32Suffix("gho_", rs(AN, 30)), npm: () => withCrc32Suffix("npm_", rs(AN, 30)), pat: () => "github_pat_11" + rs(U + D, 20) + "_" + rs(AN, 59) };
export const aws = { id: () => "AKIA" + rs(U + "234567", 16), asia: () => "ASIA" + rs(U + "234567", 16), secret: () => rs(AN + "/+", 40) };
export const slack = { bot: () => `xoxb-${digits(12)}-${digits(13)}-${rs(AN, 24)}`, user: () => `xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${rs(HEX, 32)}`, hook: () => `https://hooks.slack.com/services/T${rs(U + D, 8)}/B${rs(U + D, 10)}/${rs(AN, 24)}` };
export const stripe = { sk: () => "sk_live_" + rs(AN, 24), skLong: () => "sk_live_51" + rs(AN, 97), rk: () => "rk_live_51" + rs(AN, 97), wh: () => "whsec_" + rs(AN, 32) };
export const openai = { legacy: () => "sk-" + rs(AN, 20) + "T3BlbkFJ" + rs(AN, 20), proj: () => "sk-proj-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74) };
export const anthropic = () => "sk-ant-api03-" + rs(B64U, 93) + "AA";
export const gcp = () => "AIza" + rs(B64U, 35);
function b64u(o: unknown): string { return Buffer.from(JSON.stringify(o)).toString("base64url"); }
export function jwt(payload: Record<string, unknown>): string { return `${b64u({ alg: "HS256", typ: "JWT" })}.${b64u(payload)}.${rs(B64U, 43)}`; }
export function pem(kind: "rsa" | "ec" | "pkcs1"): string {
  if (kind === "ec") return generateKeyPairSync("ec", { namedCurve: "prime256v1" }).privateKey.export({ type: "sec1", format: "pem" }) as string;
  const k = generateKeyPairSync("rsa", { modulusLength: 1024 }).privateKey;
  return k.export({ type: kind === "pkcs1" ? "pkcs1" : "pkcs8", format: "pem" }) as string;
}
export const azureKey = () => rs(B64, 86) + "==";
export const twilio = { sk: () => "SK" + rs(HEX, 32), ac: () => "AC" + rs(HEX, 32), tok: () => rs(HEX, 32) };
export const sendgrid = () => `SG.${rs(B64U, 22)}.${rs(B64U, 43)}`;
export const pw = () => pick(["Tr0ub4dor&3x", "Summer2024!Kx", "h7$Lq2!mZp9w", "Gr33nM0nkey#88", "p@ssW0rd-Vx71", "Zq8!vN3rT6yu", "LoraxK!ng77", "N0vember#Rain5", "c4tBatt3ry_Stapl3", "Xy7&kP0o!qR2"]);
export const uuid = () => `${rs(HEX, 8)}-${rs(HEX, 4)}-4${rs(HEX, 3)}-${pick(["8", "9", "a", "b"])}${rs(HEX, 3)}-${rs(HEX, 12)}`;
export const sha = (n = 40) => rs(HEX, n);
