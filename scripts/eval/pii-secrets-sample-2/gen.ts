/** Seeded generators of synthetic PII and secrets with correct formats and checksums (red-team set, independent of src/). */
import { createHash } from "node:crypto";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
/** A phone number valid per libphonenumber's full metadata (assigned ranges), regenerated until it is. */
export function validPhone(mk: () => string, region: string): string { for (let i = 0; i < 200; i++) { const v = mk(); if (phoneValid(v, [region])) return v; } throw new Error("no valid phone " + region); }
export function phoneValid(v: string, regions: string[]): boolean { const n = v.replace(/[^\d+]/g, ""); return regions.some((r) => parsePhoneNumberFromString(n, r as never)?.isValid() ?? false); }

let seed = 0x7e57_2027;
export function rnd(): number { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
export const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
export const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)] as T;
export const U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", L = "abcdefghijklmnopqrstuvwxyz", D = "0123456789";
export const AN = U + L + D, HEX = "0123456789abcdef", B64 = AN + "+/", B64U = AN + "-_";
export function rs(alpha: string, n: number): string { let o = ""; for (let i = 0; i < n; i++) o += alpha[Math.floor(rnd() * alpha.length)]; return o; }
export const digits = (n: number) => rs(D, n);
export const pad = (n: number, w: number) => String(n).padStart(w, "0");
export function group(n: string, sizes: number[], sep: string): string { const out: string[] = []; let i = 0; for (const z of sizes) { out.push(n.slice(i, i + z)); i += z; } if (i < n.length) out.push(n.slice(i)); return out.join(sep); }

// ---------- cards ----------
export function luhnOk(n: string): boolean { let sum = 0, alt = false; for (let i = n.length - 1; i >= 0; i--) { let d = +n[i]!; if (alt) { d *= 2; if (d > 9) d -= 9; } sum += d; alt = !alt; } return sum % 10 === 0; }
export function luhnComplete(body: string): string { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; throw new Error("luhn"); }
export const card = {
  visa: () => luhnComplete("4" + digits(14)),
  mc: () => luhnComplete(String(int(51, 55)) + digits(13)),
  amex: () => luhnComplete(pick(["34", "37"]) + digits(12)),
  disc: () => luhnComplete("6011" + digits(11)),
  jcb: () => luhnComplete("35" + String(int(28, 89)) + digits(11)),
  maestro: () => luhnComplete("6759" + digits(11)),
};
export const fmtCard = (n: string) => (n.length === 15 ? group(n, [4, 6, 5], " ") : group(n, [4, 4, 4, 4], " "));

// ---------- IBAN ----------
function mod97(s: string): number { let r = 0; for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const d of v) r = (r * 10 + +d) % 97; } return r; }
export function iban(cc: string, bban: string): string { return cc + pad(98 - mod97(bban + cc + "00"), 2) + bban; }
export const ibanOk = (s: string) => { const c = s.replace(/\s/g, ""); return mod97(c.slice(4) + c.slice(0, 4)) === 1; };
function esCcc(bank: string, branch: string, acct: string) {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = (s: string) => { const r = 11 - (s.split("").reduce((a, d, i) => a + +d * w[i]!, 0) % 11); return r === 11 ? 0 : r === 10 ? 1 : r; };
  return bank + branch + dc("00" + bank + branch) + dc(acct) + acct;
}
// codice fiscale / CIN tables
const ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const cfVal = (ch: string, odd: boolean) => { const i = /\d/.test(ch) ? +ch : ch.charCodeAt(0) - 65; return odd ? ODD[i]! : i; };
const cinChar = (s: string) => U[s.split("").reduce((a, ch, i) => a + cfVal(ch, i % 2 === 0), 0) % 26]!;
function frRibKey(bank: string, branch: string, acct: string) { const n = BigInt(bank + branch + acct) * 100n; return pad(Number(97n - (n % 97n)), 2); }
function plBank() { const b = digits(7); const w = [3, 9, 7, 1, 3, 9, 7]; const s = b.split("").reduce((a, d, i) => a + +d * w[i]!, 0); return b + ((10 - (s % 10)) % 10); }
function beBban() { const n = int(1, 9) + digits(9); let c = Number(BigInt(n) % 97n); if (c === 0) c = 97; return n + pad(c, 2); }
export const ibans = {
  DE: () => iban("DE", pick(["10070000", "20050550", "37040044", "50010517", "70150000"]) + digits(10)),
  FR: () => { const b = pick(["30004", "20041", "30003", "10278"]), g = digits(5), a = digits(11); return iban("FR", b + g + a + frRibKey(b, g, a)); },
  ES: () => iban("ES", esCcc(pick(["2100", "0049", "0182", "2038"]), digits(4), digits(10))),
  IT: () => { const abi = pick(["03069", "02008", "05034"]), cab = digits(5), acc = digits(12); return iban("IT", cinChar(abi + cab + acc) + abi + cab + acc); },
  NL: () => iban("NL", pick(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10)),
  GB: () => iban("GB", pick(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(14)),
  PL: () => iban("PL", plBank() + digits(16)),
  BE: () => iban("BE", beBban()),
  AT: () => iban("AT", pick(["12000", "20111", "32000"]) + digits(11)),
  CH: () => iban("CH", pick(["00762", "00230", "80808"]) + digits(12)),
  FI: () => iban("FI", luhnComplete(pick(["1234", "5000", "8000"]) + digits(9))),
  IE: () => iban("IE", pick(["AIBK", "BOFI"]) + digits(14)),
  PT: () => iban("PT", "0035" + digits(17)),
};
export const spaced = (s: string) => s.replace(/(.{4})/g, "$1 ").trim();

// ---------- national IDs ----------
export function nif(): string { const n = pad(int(1, 99999999), 8); return n + "TRWAGMYFPDXBNJZSQVHLCKE"[+n % 23]; }
export function nie(): string { const p = pick(["X", "Y", "Z"]); const n = digits(7); return p + n + "TRWAGMYFPDXBNJZSQVHLCKE"[+(("XYZ".indexOf(p)) + n) % 23]; }
function cfPart(name: string, first: boolean) {
  const s = name.toUpperCase().replace(/[^A-Z]/g, ""); const cons = s.replace(/[AEIOU]/g, "").split(""), vow = s.replace(/[^AEIOU]/g, "").split("");
  if (first && cons.length >= 4) return cons[0]! + cons[2]! + cons[3]!;
  return (cons.join("") + vow.join("") + "XXX").slice(0, 3);
}
export function codiceFiscale(sur: string, name: string, y: number, m: number, d: number, female: boolean, town: string): string {
  const body = cfPart(sur, false) + cfPart(name, true) + pad(y % 100, 2) + "ABCDEHLMPRST"[m - 1] + pad(d + (female ? 40 : 0), 2) + town;
  return body + cinChar(body);
}
export function frNir(sex: 1 | 2, yy: number, mm: number, dept: string): string {
  const b = `${sex}${pad(yy, 2)}${pad(mm, 2)}${dept}${pad(int(1, 999), 3)}${pad(int(1, 999), 3)}`; return b + pad(97 - Number(BigInt(b) % 97n), 2);
}
export const fmtNir = (n: string) => group(n, [1, 2, 2, 2, 3, 3, 2], " ");
export function deSteuerId(): string {
  for (;;) {
    const ds = "0123456789".split("").sort(() => rnd() - 0.5); if (ds[0] === "0") continue;
    const nine = ds.slice(0, 9); const dup = nine[int(0, 8)]!; const ten = [...nine, dup].sort(() => rnd() - 0.5); if (ten[0] === "0") continue;
    let p = 10; for (const c of ten) { let s = (+c + p) % 10; if (s === 0) s = 10; p = (s * 2) % 11; }
    let chk = 11 - p; if (chk === 10) chk = 0; return ten.join("") + chk;
  }
}
export function bsn(): string { for (;;) { const n = int(1, 9) + digits(8); const s = n.split("").reduce((a, d, i) => a + +d * (i < 8 ? 9 - i : -1), 0); if (s % 11 === 0) return n; } }
export function pesel(y: number, m: number, d: number, female: boolean): string {
  const mm = m + (y >= 2000 ? 20 : 0); let ser = digits(3) + (female ? pick(["0", "2", "4", "6", "8"]) : pick(["1", "3", "5", "7", "9"]));
  const b = pad(y % 100, 2) + pad(mm, 2) + pad(d, 2) + ser; const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  return b + (10 - (b.split("").reduce((a, c, i) => a + +c * w[i]!, 0) % 10)) % 10;
}
export function sePnr(y: number, m: number, d: number, long = false): string {
  const b = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + digits(3); const full = luhnComplete(b);
  return (long ? String(Math.floor(y / 100)) : "") + full.slice(0, 6) + "-" + full.slice(6);
}
export function hetu(y: number, m: number, d: number): string {
  const ind = pad(int(2, 899), 3); const n = +(pad(d, 2) + pad(m, 2) + pad(y % 100, 2) + ind);
  return pad(d, 2) + pad(m, 2) + pad(y % 100, 2) + (y >= 2000 ? "A" : "-") + ind + "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31];
}
export function dkCpr(y: number, m: number, d: number) { return pad(d, 2) + pad(m, 2) + pad(y % 100, 2) + "-" + digits(4); }
export function nino(): string {
  const f = "ABCEGHJKLMNOPRSTWXYZ", s = "ABCEGHJKLMNPRSTWXYZ";
  for (;;) { const p = pick(f.split("")) + pick(s.split("")); if (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p)) continue; return p + digits(6) + pick(["A", "B", "C", "D"]); }
}
export function nhs(): string { for (;;) { const b = digits(9); const s = b.split("").reduce((a, c, i) => a + +c * (10 - i), 0); let c = 11 - (s % 11); if (c === 11) c = 0; if (c === 10) continue; if (b[0] === "0") continue; return b + c; } }
export const fmtNhs = (n: string) => group(n, [3, 3, 4], " ");
export function ssn(): string { for (;;) { const a = int(1, 899); if (a === 666) continue; const g = int(1, 99), s = int(1, 9999); return `${pad(a, 3)}-${pad(g, 2)}-${pad(s, 4)}`; } }
export function itin(): string { const g = pick([...Array.from({ length: 16 }, (_, i) => 50 + i), ...Array.from({ length: 19 }, (_, i) => 70 + i), 90, 91, 92, 94, 95, 96, 97, 98, 99]); return `9${digits(2)}-${g}-${digits(4)}`; }
export function aba(): string { for (;;) { const b = pad(pick([...Array.from({ length: 12 }, (_, i) => i + 1), ...Array.from({ length: 12 }, (_, i) => i + 21)]), 2) + digits(6); for (let c = 0; c < 10; c++) { const n = b + c; const d = n.split("").map(Number); if ((3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + d[2]! + d[5]! + d[8]!) % 10 === 0) return n; } } }
// Verhoeff for Aadhaar
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0,4,3,2,1,5,6,7,8,9];
export function aadhaar(): string { const b = int(2, 9) + digits(10); let c = 0; b.split("").reverse().forEach((d, i) => { c = VD[c]![VP[(i + 1) % 8]![+d]!]!; }); return b + VINV[c]; }
export function cpf(): string { const b = digits(9).split("").map(Number); const d1 = ((b.reduce((a, d, i) => a + d * (10 - i), 0) * 10) % 11) % 10; const b2 = [...b, d1]; const d2 = ((b2.reduce((a, d, i) => a + d * (11 - i), 0) * 10) % 11) % 10; const s = [...b2, d2].join(""); return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`; }
// crypto
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
function b58(buf: Buffer) { let n = BigInt("0x" + buf.toString("hex")); let o = ""; while (n > 0n) { o = B58[Number(n % 58n)] + o; n /= 58n; } for (const b of buf) { if (b === 0) o = "1" + o; else break; } return o; }
export function btcP2pkh(): string { const payload = Buffer.concat([Buffer.from([0]), Buffer.from(rs(HEX, 40), "hex")]); const ck = createHash("sha256").update(createHash("sha256").update(payload).digest()).digest().subarray(0, 4); return b58(Buffer.concat([payload, ck])); }
export const ethAddr = () => "0x" + rs(HEX, 40);
export const mac = (sep = ":") => Array.from({ length: 6 }, () => rs("0123456789ABCDEF", 2)).join(sep);
export const ipv4 = () => `${pick([81, 92, 145, 178, 212, 87, 62, 193])}.${int(1, 254)}.${int(0, 254)}.${int(1, 254)}`;
export const ipv6 = () => `2a02:${rs(HEX, 4)}:${rs(HEX, 3)}:${rs(HEX, 4)}::${rs(HEX, 2)}`;

// ---------- secrets ----------
function crc32(s: string): number { let c = ~0; for (let i = 0; i < s.length; i++) { c ^= s.charCodeAt(i); for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; } return (~c) >>> 0; }
const B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function base62(v: number, w: number) { let o = ""; while (v > 0) { o = B62[v % 62] + o; v = Math.floor(v / 62); } return o.padStart(w, "0"); }
const ghTok = (p: string) => { const r = rs(AN, 30); return p + r + base62(crc32(r), 6); };
const b64url = (s: string) => Buffer.from(s).toString("base64url");
export const sec = {
  ghp: () => ghTok("ghp_"), gho: () => ghTok("gho_"), ghs: () => ghTok("ghs_"),
  ghpat: () => `github_pat_11${rs(U + D, 20)}_${rs(AN, 59)}`,
  glpat: () => `glpat-${rs(AN + "-_", 20)}`,
  slackBot: () => `xoxb-${digits(11)}-${digits(13)}-${rs(AN, 24)}`,
  slackUser: () => `xoxp-${digits(11)}-${digits(11)}-${digits(13)}-${rs(HEX, 32)}`,
  slackHook: () => `https://hooks.slack.com/services/T${rs(U + D, 8)}/B${rs(U + D, 10)}/${rs(AN, 24)}`,
  stripe: () => `sk_live_51${rs(AN, 97)}`, stripeRk: () => `rk_live_51${rs(AN, 97)}`,
  akia: () => "AKIA" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), awsSecret: () => rs(AN + "+/", 40),
  azureKey: () => Buffer.from(rs(AN, 64)).toString("base64").slice(0, 86) + "==",
  twilioSk: () => "SK" + rs(HEX, 32), twilioAc: () => "AC" + rs(HEX, 32), twilioAuth: () => rs(HEX, 32),
  sendgrid: () => `SG.${rs(AN + "-_", 22)}.${rs(AN + "-_", 43)}`,
  openai: () => `sk-proj-${rs(AN + "-_", 74)}T3BlbkFJ${rs(AN + "-_", 74)}`,
  openaiLegacy: () => `sk-${rs(AN, 20)}T3BlbkFJ${rs(AN, 20)}`,
  anthropic: () => `sk-ant-api03-${rs(AN + "-_", 93)}AA`,
  hf: () => "hf_" + rs(U + L, 34),
  npm: () => ghTok("npm_"),
  pypi: () => "pypi-AgEIcHlwaS5vcmc" + rs(AN + "-_", 120),
  docker: () => "dckr_pat_" + rs(AN + "-_", 27),
  ddApi: () => rs(HEX, 32), ddApp: () => rs(HEX, 40),
  shopify: () => "shpat_" + rs(HEX, 32),
  mailgun: () => "key-" + rs(HEX, 32),
  google: () => "AIza" + rs(AN + "-_", 35),
  jwt: (claims: object) => `${b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${b64url(JSON.stringify(claims))}.${rs(AN + "-_", 43)}`,
  pemRsa: () => `-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA${rs(B64, 48)}\n${Array.from({ length: 6 }, () => rs(B64, 64)).join("\n")}\n${rs(B64, 40)}==\n-----END RSA PRIVATE KEY-----`,
  pemPk8: () => `-----BEGIN PRIVATE KEY-----\\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC${rs(B64, 40)}\\n${Array.from({ length: 4 }, () => rs(B64, 64)).join("\\n")}\\n-----END PRIVATE KEY-----\\n`,
  pemOpenssh: () => `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACD${rs(B64, 57)}\n${rs(B64, 70)}\n${rs(B64, 70)}\n-----END OPENSSH PRIVATE KEY-----`,
  pw: () => pick(["Tr0ub4dor", "Sommer", "Winter", "Blue", "Kaffee", "Marmot"]) + pick(["!", "#", "$", "%", "&"]) + digits(int(2, 4)) + rs(L + U, int(2, 4)),
  vault: () => "hvs." + rs(AN + "_-", 90),
  sentry: () => `https://${rs(HEX, 32)}@o${digits(6)}.ingest.sentry.io/${digits(7)}`,
  linear: () => "lin_api_" + rs(AN, 40),
  atlassian: () => "ATATT3xFfGF0" + rs(AN + "-_=", 180) + "=" + rs("0123456789ABCDEF", 8),
  newrelic: () => "NRAK-" + rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 27),
  figma: () => "figd_" + rs(AN + "-_", 40),
  notion: () => "secret_" + rs(AN, 43),
  dbx: () => "dapi" + rs(HEX, 32),
};
export const uuid = () => `${rs(HEX, 8)}-${rs(HEX, 4)}-4${rs(HEX, 3)}-${pick(["8", "9", "a", "b"])}${rs(HEX, 3)}-${rs(HEX, 12)}`;
export const sha = (n = 40) => rs(HEX, n);
