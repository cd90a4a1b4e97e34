/** Generators for red-team set 5 (secrets only). Its own seeded PRNG (mulberry32, seed 0x5EC5_2026) so that the values
 *  differ from sets 3 and 4. Token shapes follow the providers' published formats (prefix, length, alphabet and, where
 *  the provider documents one, the checksum: GitHub / npm CRC32-base62). Written without reading src/detect; every
 *  value is random and invalid. */
import { createHash, createHmac } from "node:crypto";

let st = 0x5ec52026 >>> 0;
export function rnd(): number {
  st = (st + 0x6d2b79f5) >>> 0;
  let t = st;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", L = "abcdefghijklmnopqrstuvwxyz", D = "0123456789";
export const AN = U + L + D, LD = L + D, UD = U + D, HEX = "0123456789abcdef", UHEX = "0123456789ABCDEF";
export const B64 = AN + "+/", B64U = AN + "-_", B32 = U + "234567";
export const int = (a: number, b: number) => a + Math.floor(rnd() * (b - a + 1));
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
export const rs = (alpha: string, n: number) => { let s = ""; for (let i = 0; i < n; i++) s += alpha[Math.floor(rnd() * alpha.length)]; return s; };
export const hex = (n: number) => rs(HEX, n);
export const digits = (n: number) => String(int(1, 9)) + rs(D, n - 1);
export const bytes = (n: number) => { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256); return b; };
export const b64 = (n: number) => bytes(n).toString("base64");
export const b64url = (n: number) => bytes(n).toString("base64url");
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
export const sha1 = () => hex(40);
export const sha256 = () => hex(64);
export const enc = (s: string) => Buffer.from(s).toString("base64");
export const wrap = (s: string, w: number) => s.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");

const CRC = (() => { const t: number[] = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t.push(c >>> 0); } return t; })();
export function crc32(s: string): number { let c = 0xffffffff; for (const ch of Buffer.from(s)) c = CRC[(c ^ ch) & 0xff]! ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
const B62 = D + U + L;
function base62(n: number, w: number): string { let s = ""; while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); } return s.padStart(w, "0"); }
/** GitHub / npm token: prefix + 30 random base62 + 6-char base62 CRC32 of the random part. */
const crcTok = (prefix: string) => { const r = rs(AN, 30); return prefix + r + base62(crc32(r), 6); };

const pem = (label: string, der: Buffer) => `-----BEGIN ${label}-----\n${wrap(der.toString("base64"), 64)}\n-----END ${label}-----`;
/** A DER-shaped RSA key (SEQUENCE, version 0, modulus ...) — random bytes after a plausible header. */
const rsaDer = (n: number) => Buffer.concat([Buffer.from("308204a40201000282010100", "hex"), bytes(n)]);
const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
const sshStr = (x: string | Buffer) => { const b = Buffer.from(x); return Buffer.concat([u32(b.length), b]); };

export const tok = {
  ghp: () => crcTok("ghp_"), gho: () => crcTok("gho_"), ghs: () => crcTok("ghs_"), ghu: () => crcTok("ghu_"), ghr: () => crcTok("ghr_"),
  ghFine: () => "github_pat_" + rs(AN, 22) + "_" + rs(AN, 59),
  npm: () => crcTok("npm_"),
  xoxb: () => `xoxb-${digits(12)}-${digits(13)}-${rs(AN, 24)}`,
  xoxp: () => `xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${hex(32)}`,
  xapp: () => `xapp-1-A${rs(UD, 10)}-${digits(13)}-${hex(64)}`,
  slackHook: () => `https://hooks.slack.com/services/T${rs(UD, 8)}/B${rs(UD, 10)}/${rs(AN, 24)}`,
  stripeLive: () => "sk_live_" + rs(AN, pick([24, 99])),
  stripeRk: () => "rk_live_" + rs(AN, 99),
  stripeWh: () => "whsec_" + rs(AN, 32),
  stripePk: () => "pk_live_" + rs(AN, 99),
  stripeTest: () => "sk_test_" + rs(AN, 99),
  akia: () => "AKIA" + rs(B32, 16), asia: () => "ASIA" + rs(B32, 16),
  awsSecret: () => rs(AN + "/+", 40),
  awsSession: () => "FwoGZXIvYXdzE" + rs(AN + "/+", 300),
  googleApi: () => "AIza" + rs(B64U, 35),
  gcpClientSecret: () => "GOCSPX-" + rs(B64U, 28),
  azStorageKey: () => b64(64),
  azSasSig: () => encodeURIComponent(b64(32)),
  azSbKey: () => b64(32),
  azClientSecret: () => rs(AN, 3) + "8Q~" + rs(AN + "~_.-", 34),
  azDevops: () => rs(L + "234567", 52),
  openaiProj: () => "sk-proj-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74),
  openaiLegacy: () => "sk-" + rs(AN, 20) + "T3BlbkFJ" + rs(AN, 20),
  openaiSvc: () => "sk-svcacct-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74),
  anthropic: () => "sk-ant-api03-" + rs(B64U, 93) + "AA",
  anthropicAdmin: () => "sk-ant-admin01-" + rs(B64U, 93) + "AA",
  hf: () => "hf_" + rs(U + L, 34),
  pypi: () => "pypi-AgEIcHlwaS5vcmc" + rs(B64U, 160),
  glpat: () => "glpat-" + rs(B64U, 20),
  glrt: () => "glrt-" + rs(B64U, 20),
  twilioSk: () => "SK" + hex(32),
  twilioSid: () => "AC" + hex(32),
  sendgrid: () => "SG." + rs(B64U, 22) + "." + rs(B64U, 43),
  shpat: () => "shpat_" + hex(32), shpss: () => "shpss_" + hex(32),
  dapi: () => "dapi" + hex(32),
  discordBot: () => enc(digits(18)).replace(/=+$/, "") + "." + rs(B64U, 6) + "." + rs(B64U, 38),
  telegram: () => `${digits(10)}:AA${rs(B64U, 33)}`,
  mailgun: () => "key-" + hex(32),
  mailchimp: () => hex(32) + "-us" + int(2, 21),
  nrak: () => "NRAK-" + rs(UD, 27),
  atlassian: () => "ATATT3xFfGF0" + rs(B64U, 171) + "=" + rs(UHEX, 8),
  linear: () => "lin_api_" + rs(AN, 40),
  postman: () => `PMAK-${hex(24)}-${hex(34)}`,
  doppler: () => "dp.st.prd." + rs(AN, 43),
  vault: () => "hvs." + rs(B64U, 91),
  pulumi: () => "pul-" + hex(40),
  grafanaSa: () => "glsa_" + rs(AN, 32) + "_" + hex(8),
  doPat: () => "dop_v1_" + hex(64),
  notion: () => "ntn_" + rs(AN, 46),
  airtable: () => "pat" + rs(AN, 14) + "." + hex(64),
  supabase: () => "sbp_" + hex(40),
  age: () => "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
  replicate: () => "r8_" + rs(AN, 37),
  groq: () => "gsk_" + rs(AN, 52),
  openrouter: () => "sk-or-v1-" + hex(64),
  xai: () => "xai-" + rs(AN, 80),
  perplexity: () => "pplx-" + rs(AN, 48),
  mapboxSecret: () => "sk.eyJ1Ijoi" + rs(AN, 30) + "." + rs(B64U, 22),
  mapboxPublic: () => "pk.eyJ1Ijoi" + rs(AN, 30) + "." + rs(B64U, 22),
  tfc: () => rs(AN, 14) + ".atlasv1." + rs(AN, 67),
  contentful: () => "CFPAT-" + rs(B64U, 43),
  buildkite: () => "bkua_" + hex(40),
  figma: () => "figd_" + rs(B64U, 40),
  planetscale: () => "pscale_pw_" + rs(B64U, 43),
  flyio: () => "fo1_" + rs(B64U, 43),
  netlify: () => "nfp_" + rs(AN, 36),
  square: () => "EAAA" + rs(B64U, 60),
  dropbox: () => "sl." + rs(B64U, 136),
  lsdk: () => "sdk-" + uuid(),
  okta: () => "00" + rs(B64U, 40),
  datadogApi: () => hex(32), datadogApp: () => hex(40),
  cloudflare: () => rs(B64U, 40),
  sentryAuth: () => "sntrys_" + enc(JSON.stringify({ iat: 1760000000 + int(0, 9e6), url: "https://sentry.io", region_url: "https://us.sentry.io", org: "acme" })).replace(/=+$/, "") + "_" + rs(AN, 43),
  jwt: (claims: object = { sub: uuid(), iat: 1780000000 + int(0, 9e6), role: "service" }, alg = "HS256") =>
    `${Buffer.from(JSON.stringify({ alg, typ: "JWT" })).toString("base64url")}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${b64url(alg === "RS256" ? 256 : 32)}`,
  rsaPem: () => pem("RSA PRIVATE KEY", rsaDer(600)),
  pk8: () => pem("PRIVATE KEY", Buffer.concat([Buffer.from("308204bd020100300d06092a864886f70d0101010500048204a7", "hex"), bytes(620)])),
  ecPem: () => pem("EC PRIVATE KEY", Buffer.concat([Buffer.from("30770201010420", "hex"), bytes(32), Buffer.from("a00a06082a8648ce3d030107a144034200", "hex"), bytes(65)])),
  encPem: () => pem("ENCRYPTED PRIVATE KEY", Buffer.concat([Buffer.from("308205", "hex"), bytes(700)])),
  openssh: () => {
    const pub = Buffer.concat([sshStr("ssh-ed25519"), sshStr(bytes(32))]); const chk = bytes(4);
    const priv = Buffer.concat([chk, chk, sshStr("ssh-ed25519"), sshStr(bytes(32)), sshStr(bytes(64)), sshStr("dev@laptop"), Buffer.from([1, 2, 3])]);
    const blob = Buffer.concat([Buffer.from("openssh-key-v1\0"), sshStr("none"), sshStr("none"), sshStr(""), u32(1), sshStr(pub), sshStr(priv)]);
    return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(blob.toString("base64"), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
  },
  pgp: () => `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(Buffer.concat([Buffer.from("9503c6", "hex"), bytes(900)]).toString("base64"), 64)}\n=${rs(B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`,
  certPem: () => pem("CERTIFICATE", Buffer.concat([Buffer.from("308203", "hex"), bytes(700)])),
  pubPem: () => pem("PUBLIC KEY", Buffer.concat([Buffer.from("30820122300d06092a864886f70d01010105000382010f00", "hex"), bytes(270)])),
  sshPub: () => "ssh-ed25519 " + Buffer.concat([sshStr("ssh-ed25519"), sshStr(bytes(32))]).toString("base64"),
  sshRsaPub: () => "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(B64, 368),
  /** A human-ish password: words, digits, symbols. */
  pw: () => pick(["Tr0ub4dor", "Winter", "Kestrel", "maple", "Orchid", "blue-Falcon", "Quartz"]) + pick(["!", "#", "$", "%", "&", "*", "_", "@"]) + digits(int(3, 5)) + rs(AN, int(2, 5)),
  randPw: (n = 24) => rs(AN + "!#%^*-_=+", n),
  hmacHex: () => createHmac("sha256", bytes(16)).update("x").digest("hex"),
  sha256of: (s: string) => createHash("sha256").update(s).digest("hex"),
};
