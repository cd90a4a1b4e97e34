/**
 * Token bodies for secrets set 9, from a seeded Mulberry32 (seed 0x5ec9e7) so a rebuild is identical. Each helper
 * follows the provider's published prefix, length and alphabet; GitHub and npm tokens end in the 6-character base62
 * CRC32 of their 30-character random part.
 */
let s = 0x5ec9e7 >>> 0;
function rnd(): number {
  s = (s + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", LO = "abcdefghijklmnopqrstuvwxyz", DG = "0123456789";
export const ALNUM = UP + LO + DG, B62 = DG + UP + LO, HEX = "0123456789abcdef", URLSAFE = ALNUM + "-_", B64 = ALNUM + "+/";
export const pick = (alpha: string, n: number): string => Array.from({ length: n }, () => alpha[Math.floor(rnd() * alpha.length)]!).join("");
export const hex = (n: number): string => pick(HEX, n);
export const num = (n: number): string => pick("123456789", 1) + pick(DG, n - 1);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export function crc32(str: string): number {
  let c = 0xffffffff;
  for (const ch of Buffer.from(str, "utf8")) c = CRC_TABLE[(c ^ ch) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export function base62(n: number, width: number): string {
  let out = "";
  do { out = B62[n % 62]! + out; n = Math.floor(n / 62); } while (n > 0);
  return out.padStart(width, "0");
}
/** ghp_/gho_/ghu_/ghs_/ghr_ and npm_: 30 random base62 characters + base62(CRC32(random part)) padded to 6. */
export function crcToken(prefix: string): string {
  const body = pick(ALNUM, 30);
  return prefix + body + base62(crc32(body), 6);
}
export const ghp = () => crcToken("ghp_");
export const gho = () => crcToken("gho_");
export const ghs = () => crcToken("ghs_");
export const ghu = () => crcToken("ghu_");
export const npm = () => crcToken("npm_");
export const ghFine = () => `github_pat_${pick(ALNUM, 22)}_${pick(ALNUM, 59)}`;
export const glpat = () => `glpat-${pick(URLSAFE, 20)}`;
export const akia = () => "AKIA" + pick(UP + "234567", 16);
export const asia = () => "ASIA" + pick(UP + "234567", 16);
export const awsSecret = () => pick(B64, 40);
export const slackBot = () => `xoxb-${num(12)}-${num(13)}-${pick(ALNUM, 24)}`;
export const slackUser = () => `xoxp-${num(12)}-${num(12)}-${num(13)}-${hex(32)}`;
export const slackHook = () => `https://hooks.slack.com/services/T${pick(UP + DG, 10)}/B${pick(UP + DG, 10)}/${pick(ALNUM, 24)}`;
export const stripeLive = () => `sk_live_${pick(ALNUM, 99)}`;
export const stripeRk = () => `rk_live_${pick(ALNUM, 99)}`;
export const stripeWh = () => `whsec_${pick(ALNUM, 32)}`;
export const openaiProj = () => `sk-proj-${pick(URLSAFE, 74)}T3BlbkFJ${pick(URLSAFE, 74)}`;
export const openaiLegacy = () => `sk-${pick(ALNUM, 20)}T3BlbkFJ${pick(ALNUM, 20)}`;
export const anthropic = () => `sk-ant-api03-${pick(URLSAFE, 93)}AA`;
export const hf = () => `hf_${pick(UP + LO, 34)}`;
export const gcpKey = () => `AIza${pick(URLSAFE, 35)}`;
export const sendgrid = () => `SG.${pick(URLSAFE, 22)}.${pick(URLSAFE, 43)}`;
export const twilioSid = () => `SK${hex(32)}`;
export const dop = () => `dop_v1_${hex(64)}`;
export const shpat = () => `shpat_${hex(32)}`;
export const discordBot = () => `${Buffer.from(num(18)).toString("base64").replace(/=+$/, "")}.${pick(URLSAFE, 6)}.${pick(URLSAFE, 38)}`;
export const telegram = () => `${num(10)}:AA${pick(URLSAFE, 33)}`;
export const mailgun = () => `key-${hex(32)}`;
export const linear = () => `lin_api_${pick(ALNUM, 40)}`;
export const notion = () => `ntn_${pick(DG, 11)}${pick(ALNUM, 35)}`;
export const groq = () => `gsk_${pick(ALNUM, 52)}`;
export const replicate = () => `r8_${pick(ALNUM, 37)}`;
export const postman = () => `PMAK-${hex(24)}-${hex(34)}`;
export const vault = () => `hvs.${pick(URLSAFE, 90)}`;
export const pulumi = () => `pul-${hex(40)}`;
export const doppler = () => `dp.st.prd.${pick(ALNUM, 43)}`;
export const atlassian = () => `ATATT3xFfGF0${pick(URLSAFE, 170)}=${hex(8).toUpperCase()}`;
export const tfc = () => `${pick(ALNUM, 14)}.atlasv1.${pick(ALNUM, 67)}`;
/** An Azure storage account key is 64 random bytes in base64 (88 characters ending "=="). */
export const azureStorage = () => randomBytesB64(64);
export const azureSecret = () => `${pick(ALNUM, 3)}8Q~${pick(URLSAFE + "~.", 34)}`;
export const dockerPat = () => `dckr_pat_${pick(URLSAFE, 27)}`;
export const buildkite = () => `bkua_${hex(40)}`;
export const circle = () => `CCIPAT_${pick(ALNUM, 22)}_${hex(40)}`;
export const okta = () => `00${pick(URLSAFE, 40)}`;
export const airtable = () => `pat${pick(ALNUM, 14)}.${hex(64)}`;
export const mailchimp = () => `${hex(32)}-us${num(2)}`;
export const newrelic = () => `NRAK-${pick(UP + DG, 27)}`;
export const grafana = () => `glsa_${pick(ALNUM, 32)}_${hex(8)}`;
export const databricks = () => `dapi${hex(32)}`;
export const figma = () => `figd_${pick(URLSAFE, 40)}`;
export const xai = () => `xai-${pick(ALNUM, 80)}`;
export const pplx = () => `pplx-${pick(ALNUM, 48)}`;
export const deepseek = () => `sk-${hex(32)}`;
export const dockerless = () => pick(ALNUM, 32);
export const sentry = () => `sntryu_${hex(64)}`;
export const ageKey = () => `AGE-SECRET-KEY-1${pick("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)}`;
export const adoPat = () => pick("abcdefghijklmnopqrstuvwxyz234567", 52);
export const cloudflare = () => pick(URLSAFE, 40);
export const pypi = () => `pypi-AgEIcHlwaS5vcmc${pick(URLSAFE, 150)}`;
export const square = () => `EAAA${pick(URLSAFE, 60)}`;
export const supabaseSecret = () => `sb_secret_${pick(URLSAFE, 31)}`;
export const mapboxSecret = () => `sk.eyJ1Ijoi${pick(ALNUM, 30)}.${pick(URLSAFE, 22)}`;
export const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString("base64url");
export const jwt = (payload: Record<string, unknown>): string => `${b64url({ alg: "HS256", typ: "JWT" })}.${b64url(payload)}.${pick(URLSAFE, 43)}`;
/** A typed-in password: starts with a letter or digit (so YAML/INI/shell read it as a plain value), then symbols too. */
export const pw = (n = 16): string => pick(ALNUM, 1) + pick(ALNUM + "!%*+-_=?", n - 1);
export const randomBytesB64 = (n: number): string => Buffer.from(Array.from({ length: n }, () => Math.floor(rnd() * 256))).toString("base64");
/** A PEM block with a random base64 body of the right rough size (shape only; it does not parse as DER). */
export function pem(label: string, bytes: number, sep = "\n"): string {
  const body = Buffer.from(Array.from({ length: bytes }, () => Math.floor(rnd() * 256))).toString("base64");
  return [`-----BEGIN ${label}-----`, ...body.match(/.{1,64}/g)!, `-----END ${label}-----`].join(sep);
}
export function opensshKey(): string {
  const body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + Buffer.from(Array.from({ length: 300 }, () => Math.floor(rnd() * 256))).toString("base64");
  return ["-----BEGIN OPENSSH PRIVATE KEY-----", ...body.match(/.{1,70}/g)!, "-----END OPENSSH PRIVATE KEY-----"].join("\n");
}
