/** Generators for red-team set 4 (secrets only). Reuses set 3's published-format token generators (by import) on a
 *  shifted stream of the same seeded PRNG, and adds formats set 3 lacks: properly structured OpenSSH (incl. bcrypt-
 *  encrypted), PKCS#8 EC / Ed25519 DER, docker config auths, session cookies, legacy Square / Heroku / Firebase
 *  tokens, GCP service-account JSON. Written without reading src/detect; every value is random and invalid. */
import { tok as t3, rnd, rs, hex, int, pick, digits, bytes, b64, b64url, uuid, sha, AN, LD, UD, B64, B64U, U, L, D, HEX, UHEX } from "../secrets-sample-3/gen.js";

// Shift the shared PRNG so that this set's values differ from set 3's (same generator code, different stream).
for (let i = 0; i < 40_009; i++) rnd();

export { rnd, rs, hex, int, pick, digits, bytes, b64, b64url, uuid, sha, AN, LD, UD, B64, B64U, U, L, D, HEX, UHEX };

const wrap = (s: string, w: number) => s.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");
const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
const sshStr = (x: string | Buffer) => { const b = Buffer.from(x); return Buffer.concat([u32(b.length), b]); };

/** openssh-key-v1 (PROTOCOL.key): magic, cipher, kdf, kdfoptions, nkeys, pubkey, private section. */
function opensshKey(encrypted: boolean): string {
  const pub = Buffer.concat([sshStr("ssh-ed25519"), sshStr(bytes(32))]);
  const kdfopt = encrypted ? Buffer.concat([sshStr(bytes(16)), u32(16)]) : Buffer.alloc(0);
  const check = bytes(4);
  const priv = encrypted ? bytes(144) : Buffer.concat([check, check, sshStr("ssh-ed25519"), sshStr(pub.subarray(pub.length - 32)), sshStr(bytes(64)), sshStr("deploy@ci"), Buffer.from([1, 2, 3, 4, 5])]);
  const blob = Buffer.concat([Buffer.from("openssh-key-v1\0"), sshStr(encrypted ? "aes256-ctr" : "none"), sshStr(encrypted ? "bcrypt" : "none"), sshStr(kdfopt), u32(1), sshStr(pub), sshStr(priv)]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(blob.toString("base64"), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}
/** PKCS#8 PrivateKeyInfo for EC P-256 (RFC 5915 inside RFC 5208) — fixed DER header + 32-byte scalar + public point. */
function pk8Ec(nl = "\n"): string {
  const der = Buffer.concat([Buffer.from("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420", "hex"), bytes(32), Buffer.from("a14403420004", "hex"), bytes(64)]);
  return `-----BEGIN PRIVATE KEY-----${nl}${wrap(der.toString("base64"), 64).replace(/\n/g, nl)}${nl}-----END PRIVATE KEY-----`;
}
/** PKCS#8 Ed25519 (RFC 8410). */
function pk8Ed(): string {
  const der = Buffer.concat([Buffer.from("302e020100300506032b657004220420", "hex"), bytes(32)]);
  return `-----BEGIN PRIVATE KEY-----\n${der.toString("base64")}\n-----END PRIVATE KEY-----`;
}

export const tok = {
  ...t3,
  opensshEd: () => opensshKey(false), opensshEnc: () => opensshKey(true), pk8Ec, pk8Ed,
  /** ~/.docker/config.json "auth": base64("user:password"). */
  dockerAuth: (user: string, pw: string) => Buffer.from(`${user}:${pw}`).toString("base64"),
  basic: (user: string, pw: string) => Buffer.from(`${user}:${pw}`).toString("base64"),
  squareLegacy: () => "sq0atp-" + rs(B64U, 22),
  herokuLegacy: () => uuid(),
  firebaseDbSecret: () => rs(AN, 40),
  braintreePrivate: () => hex(32),
  /** Session cookies as frameworks emit them: express-session (s:<id>.<hmac>), Django (32 [a-z0-9]), Rails (b64--b64--b64). */
  expressSid: () => `s%3A${rs(B64U, 32)}.${encodeURIComponent(rs(B64, 43))}`,
  djangoSid: () => rs(LD, 32),
  railsSession: () => `${encodeURIComponent(b64(96))}--${encodeURIComponent(b64(12))}--${encodeURIComponent(b64(16))}`,
  phpSess: () => rs(LD, 26),
  /** Slack signing secret (32 hex), Twilio SID, Mailgun webhook signing key. */
  slackSigning: () => hex(32),
  gcpRefresh: () => "1//0" + rs(B64U, 99),
  googleAccess: () => "ya29.a0" + rs(B64U, 160),
  nrIngest: () => hex(36) + "NRAL",
  sentryDsn: () => t3.sentryDsn(),
};
