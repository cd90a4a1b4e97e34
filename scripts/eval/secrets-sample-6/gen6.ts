/** Generators for the sixth secrets set: the set-5 token generators (../secrets-sample-5/gen.ts, whose seeded PRNG is
 *  advanced 99991 steps first so the values differ from set 5) plus formats set 5 lacks, from the providers' published
 *  token formats. Every value is random and invalid. Written without reading src/detect. */
import { AN, B64U, D, HEX, L, LD, U, UD, UHEX, b64, b64url, digits, hex, int, pick, rnd, rs, tok, uuid } from "../secrets-sample-5/gen.js";
for (let i = 0; i < 99991; i++) rnd();
export { AN, B64U, D, HEX, L, LD, U, UD, UHEX, b64, b64url, digits, hex, int, pick, rs, tok, uuid };
export const tok6 = {
  alibabaId: () => "LTAI5t" + rs(AN, 18), alibabaSecret: () => rs(AN, 30),
  tencentId: () => "AKID" + rs(AN, 32), tencentKey: () => rs(AN, 32),
  ibmApiKey: () => rs(AN + "-_", 44),
  ociAuthToken: () => rs(AN + "()<>[]{}:;.#+-_", 20),
  ociFingerprint: () => Array.from({ length: 16 }, () => hex(2)).join(":"),
  linode: () => hex(64), hetzner: () => rs(AN, 64),
  cfApiToken: () => rs(AN + "_-", 40), cfGlobalKey: () => hex(37), cfOriginCa: () => "v1.0-" + hex(24) + "-" + hex(146),
  doSpaces: () => "DO00" + rs(UD, 16), doSpacesSecret: () => rs(AN + "/+", 43),
  gcpApiKey: () => tok.googleApi(),
  gldt: () => "gldt-" + rs(B64U, 20), glptt: () => "glptt-" + hex(40), glrunner: () => "GR1348941" + rs(B64U, 20),
  circleci: () => "CCIPAT_" + rs(AN, 22) + "_" + hex(40),
  bitbucket: () => "ATBB" + rs(AN, 28) + rs(UHEX, 8),
  jenkins: () => "11" + hex(32),
  heroku: () => "HRKU-AA" + rs(B64U, 58),
  vercel: () => rs(AN, 24),
  npmLegacy: () => uuid(),
  travis: () => rs(AN, 22),
  paypalBraintree: () => `access_token$production$${rs(LD, 16)}$${hex(32)}`,
  squareSecret: () => "sq0csp-" + rs(B64U, 43),
  adyen: () => "AQE" + rs(AN, 5) + "." + rs(B64U, 80) + "-" + rs(B64U, 40),
  razorpayId: () => "rzp_live_" + rs(AN, 14), razorpaySecret: () => rs(AN, 24),
  shopifyAccess: () => "shpat_" + hex(32),
  slackUser: () => tok.xoxp(), slackBot: () => tok.xoxb(), slackHook: () => tok.slackHook(),
  discordWebhook: () => `https://discord.com/api/webhooks/${digits(19)}/${rs(B64U, 68)}`,
  twilioAuth: () => hex(32),
  mailgunNew: () => hex(32) + "-" + hex(8) + "-" + hex(8),
  mailjet: () => hex(32),
  postmark: () => uuid(),
  cohere: () => rs(AN, 40), mistral: () => rs(AN, 32), togetherAi: () => hex(64), deepseek: () => "sk-" + hex(32),
  fireworks: () => "fw_" + rs(AN, 24), elevenlabs: () => "sk_" + hex(48), pinecone: () => "pcsk_" + rs(AN, 6) + "_" + rs(AN, 60),
  langsmith: () => "lsv2_pt_" + hex(32) + "_" + hex(10), wandb: () => hex(40),
  sentryUser: () => "sntryu_" + hex(64), sentryDsnKey: () => hex(32),
  ddApi: () => hex(32), ddApp: () => hex(40),
  nrLicense: () => hex(36) + "NRAL", nrInsert: () => "NRII-" + rs(B64U, 32),
  grafanaCloud: () => "glc_" + b64(60).replace(/=+$/, ""),
  honeycomb: () => "hcaik_" + rs(LD, 58),
  dynatrace: () => `dt0c01.${rs(UD, 24)}.${rs(UD, 64)}`,
  pagerduty: () => rs(AN + "+_-", 20),
  snyk: () => uuid(),
  sonar: () => "squ_" + hex(40),
  artifactory: () => "AKCp8" + rs(AN, 68),
  dockerHub: () => "dckr_pat_" + rs(B64U, 27),
  terraformCloud: () => tok.tfc(),
  vaultToken: () => tok.vault(),
  /** A random password that can sit in a URL's userinfo without encoding. */
  pgPw: () => rs(AN + "!*-_.~", int(14, 22)),
};
/** A human-ish password in many shapes. */
export const pw = () => pick([() => tok.pw(), () => tok.randPw(int(12, 28)), () => pick(["Sommer", "Frühling", "Invierno", "Printemps", "Lato", "Zima", "Kevät"]) + int(2019, 2026) + pick(["!", "#", "?", "$"]) + rs(AN, 3), () => rs(L, 4) + "-" + rs(L, 5) + "-" + rs(L, 4) + "-" + digits(2)])();
