/** Seeded generators of credential look-alikes for red-team set 3 (secrets only). Bodies follow each service's
 *  PUBLISHED token format (prefix, length, charset, checksum where one is documented); written independently of
 *  src/detect/secrets. Every value here is random and invalid at the provider. */
import { createHash, randomBytes as _unused } from "node:crypto";
void _unused;

let seed = 0x5ec3_2026;
/** mulberry32, fixed seed: the set is identical on every run. */
export function rnd(): number { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }
export const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
export const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)] as T;
export const U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", L = "abcdefghijklmnopqrstuvwxyz", D = "0123456789";
export const AN = U + L + D, HEX = "0123456789abcdef", UHEX = "0123456789ABCDEF", B64 = AN + "+/", B64U = AN + "-_";
export const LD = L + D, UD = U + D, B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export function rs(alpha: string, n: number): string { let o = ""; for (let i = 0; i < n; i++) o += alpha[Math.floor(rnd() * alpha.length)]; return o; }
export const digits = (n: number) => String(int(1, 9)) + rs(D, n - 1);
export const hex = (n: number) => rs(HEX, n);
export function bytes(n: number): Buffer { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = Math.floor(rnd() * 256); return b; }
export const b64 = (n: number) => bytes(n).toString("base64");
export const b64url = (s: string | Buffer) => Buffer.from(s).toString("base64url");
export const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
export const sha = (n = 40) => hex(n);

// ---- checksums ----
function crc32(s: string): number { let c = ~0; for (let i = 0; i < s.length; i++) { c ^= s.charCodeAt(i); for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; } return (~c) >>> 0; }
const B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function base62(v: number, w: number) { let o = ""; while (v > 0) { o = B62[v % 62] + o; v = Math.floor(v / 62); } return o.padStart(w, "0"); }
/** GitHub's published token format (2021): prefix + 30 random base62 + 6-char base62 CRC32 of the random part. */
const ghTok = (p: string) => { const r = rs(AN, 30); return p + r + base62(crc32(r), 6); };

const jwtOf = (header: object, claims: object, sigLen = 43) => `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}.${rs(B64U, sigLen)}`;
const pemBody = (nBytes: number, w = 64) => bytes(nBytes).toString("base64").replace(new RegExp(`(.{${w}})`, "g"), "$1\n").trim();
/** Realistic DER starts so that key bodies look like keys, not random base64. */
const derStart = { rsa: "MIIEowIBAAKCAQEA", pk8: "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", ec: "MHcCAQEEI", encPk8: "MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI" };

export const tok = {
  // cloud
  akia: () => "AKIA" + rs(B32, 16), asia: () => "ASIA" + rs(B32, 16), awsSecret: () => rs(B64, 40),
  awsSession: () => "IQoJb3JpZ2luX2VjE" + rs(B64, int(340, 420)),
  awsSessionOld: () => "FwoGZXIvYXdzE" + rs(B64, int(250, 300)),
  gcpKey: () => "AIza" + rs(B64U, 35),
  gcpOauthSecret: () => "GOCSPX-" + rs(B64U, 28),
  azureAccountKey: () => b64(64), // 88 chars, ends with ==
  azureSasSig: () => encodeURIComponent(b64(32)),
  azureClientSecret: () => rs(AN + "_~.", 3) + rs(D, 1) + "Q~" + rs(AN + "_~.-", 34),
  azureDevopsPat: () => rs("abcdefghijklmnopqrstuvwxyz234567", 52),
  alibaba: () => "LTAI" + rs(AN, 20), alibabaSecret: () => rs(AN, 30),
  doPat: () => "dop_v1_" + hex(64), doOauth: () => "doo_v1_" + hex(64),
  herokuNew: () => "HRKU-AA" + rs(B64U, 58),
  cfToken: () => rs(B64U, 40), cfGlobal: () => hex(37),
  cfOriginCa: () => "v1.0-" + hex(24) + "-" + hex(146),
  ibm: () => rs(B64U, 44),
  // vcs
  ghp: () => ghTok("ghp_"), gho: () => ghTok("gho_"), ghu: () => ghTok("ghu_"), ghs: () => ghTok("ghs_"), ghr: () => ghTok("ghr_"),
  ghFine: () => `github_pat_11${rs(UD, 20)}_${rs(AN, 59)}`,
  glpat: () => "glpat-" + rs(B64U, 20),
  glrt: () => "glrt-" + rs(B64U, 20), gldt: () => "gldt-" + rs(B64U, 20), glRunnerReg: () => "GR1348941" + rs(B64U, 20),
  glptt: () => "glptt-" + hex(40), glcbt: () => "glcbt-" + rs(B64U, 20),
  bbAppPw: () => "ATBB" + rs(AN, 24) + rs(UHEX, 8),
  bbAccessToken: () => "ATCTT3xFfGN0" + rs(B64U, 180) + "=" + rs(UHEX, 8),
  // ci/cd
  circlePat: () => "CCIPAT_" + rs(AN, 22) + "_" + hex(40), circleLegacy: () => hex(40),
  travis: () => rs(B64U, 22), bkua: () => "bkua_" + hex(40), jenkins: () => "11" + hex(32),
  // payments
  skLive: () => "sk_live_51" + rs(AN, 97), skLiveShort: () => "sk_live_" + rs(AN, 24), rkLive: () => "rk_live_51" + rs(AN, 97),
  whsec: () => "whsec_" + rs(AN, 32), pkLive: () => "pk_live_51" + rs(AN, 97),
  squareAt: () => "EAAA" + rs(B64U, 60), squareSecret: () => "sq0csp-" + rs(B64U, 43),
  paypalSecret: () => "E" + rs(B64U, 79), paypalId: () => "A" + rs(B64U, 79),
  braintree: () => `access_token$production$${rs(LD, 16)}$${hex(32)}`,
  adyen: () => `AQE${rs(B64, 91)}==-${b64(32)}-${rs(AN + "%;}=+", 16)}`,
  razorpayId: () => "rzp_live_" + rs(AN, 14), razorpaySecret: () => rs(AN, 24),
  mollie: () => "live_" + rs(AN, 30), plaid: () => "access-production-" + uuid(),
  shippo: () => "shippo_live_" + hex(40), flutterwave: () => "FLWSECK-" + hex(32) + "-X",
  // messaging
  xoxb: () => `xoxb-${digits(12)}-${digits(13)}-${rs(AN, 24)}`,
  xoxp: () => `xoxp-${digits(12)}-${digits(12)}-${digits(13)}-${hex(32)}`,
  xapp: () => `xapp-1-A${rs(UD, 10)}-${digits(13)}-${hex(64)}`,
  slackHook: () => `https://hooks.slack.com/services/T${rs(UD, 10)}/B${rs(UD, 10)}/${rs(AN, 24)}`,
  slackWorkflowHook: () => `https://hooks.slack.com/triggers/T${rs(UD, 10)}/${digits(13)}/${hex(32)}`,
  discordBot: () => `${b64url(digits(19)).replace(/=+$/, "")}.${rs(B64U, 6)}.${rs(B64U, 38)}`,
  discordHook: () => `https://discord.com/api/webhooks/${digits(19)}/${rs(B64U, 68)}`,
  telegram: () => `${digits(10)}:AA${rs(B64U, 33)}`,
  twilioSid: () => "AC" + hex(32), twilioAuth: () => hex(32), twilioSk: () => "SK" + hex(32),
  sendgrid: () => `SG.${rs(B64U, 22)}.${rs(B64U, 43)}`,
  mailgunLegacy: () => "key-" + hex(32), mailgunNew: () => `${hex(32)}-${hex(8)}-${hex(8)}`,
  mailchimp: () => `${hex(32)}-us${int(1, 21)}`, mandrill: () => "md-" + rs(B64U, 22),
  teamsHook: () => `https://acmecorp.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${hex(32)}/${uuid()}/V2${rs(B64U, 43)}`,
  brevo: () => `xkeysib-${hex(64)}-${rs(AN, 16)}`,
  // ai
  openaiProj: () => `sk-proj-${rs(B64U, 74)}T3BlbkFJ${rs(B64U, 74)}`,
  openaiSvc: () => `sk-svcacct-${rs(B64U, 74)}T3BlbkFJ${rs(B64U, 74)}`,
  openaiAdmin: () => `sk-admin-${rs(B64U, 74)}T3BlbkFJ${rs(B64U, 74)}`,
  openaiLegacy: () => `sk-${rs(AN, 20)}T3BlbkFJ${rs(AN, 20)}`,
  anthropic: () => `sk-ant-api03-${rs(B64U, 93)}AA`, anthropicAdmin: () => `sk-ant-admin01-${rs(B64U, 93)}AA`,
  hf: () => "hf_" + rs(U + L, 34), hfOrg: () => "api_org_" + rs(U + L, 34),
  cohere: () => rs(AN, 40), mistral: () => rs(AN, 32), groq: () => "gsk_" + rs(AN, 52), replicate: () => "r8_" + rs(AN, 37),
  pplx: () => "pplx-" + rs(AN, 48), xai: () => "xai-" + rs(AN, 80), openrouter: () => "sk-or-v1-" + hex(64),
  deepseek: () => "sk-" + hex(32), langsmith: () => `lsv2_pt_${hex(32)}_${hex(10)}`, pinecone: () => "pcsk_" + rs(AN, 5) + "_" + rs(AN, 63),
  together: () => "tgp_v1_" + rs(B64U, 43), elevenlabs: () => "sk_" + hex(48), tavily: () => "tvly-" + rs(AN, 32),
  // observability
  ddApi: () => hex(32), ddApp: () => hex(40), nrak: () => "NRAK-" + rs(UD, 27), nrLicense: () => hex(36) + "NRAL",
  sentryDsn: () => `https://${hex(32)}@o${digits(6)}.ingest.us.sentry.io/${digits(16)}`,
  sntrys: () => `sntrys_${b64url(JSON.stringify({ iat: 1733000000 + int(0, 9e6), url: "https://sentry.io", region_url: "https://us.sentry.io", org: "acme" })).replace(/=+$/, "")}_${rs(B64, 43)}`,
  sntryu: () => "sntryu_" + hex(64),
  glsa: () => `glsa_${rs(AN, 32)}_${hex(8)}`,
  glc: () => "glc_" + Buffer.from(JSON.stringify({ o: digits(6), n: "stack-" + digits(6) + "-hm-read-acme", k: rs(AN, 24), m: { r: "prod-eu-west-2" } })).toString("base64"),
  pagerduty: () => "u+" + rs(B64U, 18), pdRouting: () => hex(32),
  dynatrace: () => `dt0c01.${rs(UD, 24)}.${rs(UD, 64)}`, honeycomb: () => rs(AN, 22), splunkHec: () => uuid().toUpperCase(),
  // infra / registries
  hvs: () => "hvs.CAESI" + rs(B64U, 86), hvb: () => "hvb.AAAAAQ" + rs(B64U, 128),
  tfc: () => `${rs(AN, 14)}.atlasv1.${rs(AN, 67)}`, doppler: () => "dp.pt." + rs(AN, 43), dopplerSt: () => "dp.st.prd." + rs(AN, 43),
  pulumi: () => "pul-" + hex(40), npm: () => ghTok("npm_"), pypi: () => "pypi-AgEIcHlwaS5vcmc" + rs(B64U, 140),
  nuget: () => "oy2" + rs(LD, 43), dockerPat: () => "dckr_pat_" + rs(B64U, 27), rubygems: () => "rubygems_" + hex(48),
  artifactory: () => "AKCp" + rs(AN, 69), cratesIo: () => "cio" + rs(AN, 32), tailscale: () => `tskey-auth-k${rs(AN, 10)}CNTRL-${rs(AN, 33)}`,
  age: () => "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
  op: () => "ops_" + b64url(JSON.stringify({ signInAddress: "helio.1password.eu", userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: rs(B64U, 22) }, email: rs(L + D, 26) + "@1passwordserviceaccounts.eu", srpX: hex(64), muk: { alg: "A256GCM", ext: true, k: rs(B64U, 43), key_ops: ["encrypt", "decrypt"], kty: "oct", kid: "mp" }, secretKey: "A3-" + rs(UD, 6) + "-" + rs(UD, 6) + "-" + rs(UD, 5) + "-" + rs(UD, 5) + "-" + rs(UD, 5) + "-" + rs(UD, 5), throttleSecret: { seed: hex(64), deviceUuid: rs(L + D, 26) }, deviceUuid: rs(L + D, 26) })).replace(/=+$/, ""), databricks: () => "dapi" + hex(32), sonar: () => "squ_" + hex(40), postman: () => `PMAK-${hex(24)}-${hex(34)}`,
  // saas
  shpat: () => "shpat_" + hex(32), shpss: () => "shpss_" + hex(32), shpca: () => "shpca_" + hex(32),
  atlassian: () => "ATATT3xFfGF0" + rs(B64U, 170) + "=" + rs(UHEX, 8),
  linear: () => "lin_api_" + rs(AN, 40), notionOld: () => "secret_" + rs(AN, 43), notionNew: () => "ntn_" + rs(D, 11) + rs(AN, 35),
  airtable: () => `pat${rs(AN, 14)}.${hex(64)}`, figma: () => "figd_" + rs(B64U, 40), okta: () => "00" + rs(B64U, 40),
  auth0Secret: () => rs(B64U, 64), supabaseSecret: () => "sb_secret_" + rs(B64U, 31), sbp: () => "sbp_" + hex(40),
  fcm: () => `AAAA${rs(B64U, 7)}:APA91b${rs(B64U, 134)}`, netlify: () => "nfp_" + rs(AN, 36), vercel: () => rs(AN, 24),
  fastly: () => rs(B64U, 32), algoliaAdmin: () => hex(32), algoliaApp: () => rs(UD, 10),
  mapbox: () => `sk.${b64url(JSON.stringify({ u: "acme-maps", a: "cl" + rs(LD, 23) })).replace(/=+$/, "")}.${rs(B64U, 22)}`,
  hubspot: () => `pat-na1-${uuid()}`, dropbox: () => "sl." + rs(B64U, 138), typeform: () => "tfp_" + rs(B64U, 44) + "_" + rs(B64U, 14),
  contentful: () => "CFPAT-" + rs(B64U, 43), asana: () => `2/${digits(16)}/${digits(16)}:${hex(32)}`,
  resend: () => `re_${rs(AN, 8)}_${rs(AN, 24)}`, neon: () => "napi_" + rs(LD, 64), planetscale: () => "pscale_tkn_" + rs(B64U, 43),
  prefect: () => "pnu_" + rs(AN, 36), render: () => "rnd_" + rs(AN, 32), linode: () => hex(64), hetzner: () => rs(AN, 64),
  twitterBearer: () => "AAAAAAAAAAAAAAAAAAAAA" + rs(AN, 18) + "%3D" + rs(AN, 50),
  facebook: () => "EAA" + rs(AN, 4) + "ZD" + rs(AN, 150),
  // jwt
  jwt: (claims: object, alg = "HS256") => jwtOf({ alg, typ: "JWT" }, claims, alg.startsWith("RS") ? 342 : 43),
  supabaseService: (ref: string) => jwtOf({ alg: "HS256", typ: "JWT" }, { iss: "supabase", ref, role: "service_role", iat: 1712000000, exp: 2027576000 }),
  supabaseAnon: (ref: string) => jwtOf({ alg: "HS256", typ: "JWT" }, { iss: "supabase", ref, role: "anon", iat: 1712000000, exp: 2027576000 }),
  // keys
  pemRsa: () => `-----BEGIN RSA PRIVATE KEY-----\n${derStart.rsa}${pemBody(1150).slice(16)}\n-----END RSA PRIVATE KEY-----`,
  pemRsaEnc: () => `-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${rs(UHEX, 32)}\n\n${pemBody(1190)}\n-----END RSA PRIVATE KEY-----`,
  pemEc: () => `-----BEGIN EC PRIVATE KEY-----\n${derStart.ec}${pemBody(118).slice(9)}\n-----END EC PRIVATE KEY-----`,
  pemPk8: (nl = "\n") => `-----BEGIN PRIVATE KEY-----${nl}${(derStart.pk8 + bytes(1180).toString("base64")).slice(0, 1620).match(/.{1,64}/g)!.join(nl)}${nl}-----END PRIVATE KEY-----`,
  pemPk8Enc: () => `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${derStart.encPk8}${pemBody(1250).slice(48)}\n-----END ENCRYPTED PRIVATE KEY-----`,
  openssh: () => `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACB${rs(B64, 57)}\n${rs(B64, 70)}\n${rs(B64, 70)}\n${rs(B64, 70)}\n${rs(B64, 24)}=\n-----END OPENSSH PRIVATE KEY-----`,
  pgp: () => `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBGX${rs(B64, 57)}\n${Array.from({ length: 8 }, () => rs(B64, 64)).join("\n")}\n=${rs(B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`,
  ppk: () => `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20250311\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${rs(B64, 43)}\n${rs(B64, 20)}\nPrivate-Lines: 1\nAAAAI${rs(B64, 38)}=\nPrivate-MAC: ${hex(64)}`,
  // public (negatives)
  sshPub: () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${rs(B64, 43)} deploy@ci-runner-04`,
  sshRsaPub: () => `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${rs(B64, 500)}= alice@laptop`,
  pemPub: () => `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${pemBody(256)}\nIDAQAB\n-----END PUBLIC KEY-----`,
  cert: () => `-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE${pemBody(820)}\n-----END CERTIFICATE-----`,
  // passwords
  humanPw: () => pick(["Winter", "Falke", "Soleil", "Mariposa", "Bluebird", "Orchard", "Granite", "Pelican", "Nordlicht", "Tortuga"]) + pick(["!", "#", "$", "%", "&", "@", "*"]) + String(int(10, 2029)) + rs(U + L, int(1, 3)),
  randPw: (n = 16) => rs(AN + "!#%&*+-=?@^_", n),
  /** A password as it may appear in a URL's userinfo without percent-encoding (RFC 3986 unreserved + sub-delims). */
  urlPw: (n = 16) => rs(AN + "-._~!$*+,;=", n),
  wgKey: () => b64(32), totp: () => rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32),
};
export const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
