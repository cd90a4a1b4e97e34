import "reflect-metadata";
import { randomBytes, webcrypto } from "node:crypto";
import { isIP } from "node:net";
import * as x509 from "@peculiar/x509";

// @peculiar/x509 signs with whatever WebCrypto it is given: Node's own (no openssl binary needed).
x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

/** ECDSA P-256 with SHA-256: small keys, fast handshakes, accepted by every current TLS stack. */
const ALG = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" } as const;
const DAY = 86_400_000;

export interface PemPair {
  cert: string;
  key: string;
}

export interface DevCertificates {
  ca: PemPair;
  server: PemPair;
  client?: PemPair;
}

export interface DevCertificateOptions {
  /** DNS names and IP addresses the server certificate is valid for. */
  hosts: readonly string[];
  /** Reuse this CA instead of making a new one (so clients that trust it keep working). */
  ca?: PemPair;
  /** Also issue a client certificate with this common name (and SAN URI `spiffe://warden.dev/client/<name>`). */
  clientName?: string;
  /** Validity of the server and client certificates, in days (default 365; CA: 5 years). */
  days?: number;
  /** Start of the server and client certificates' validity (default: an hour ago, for clock skew). */
  notBefore?: Date;
}

/** A positive 128-bit serial (RFC 5280 §4.1.2.2: unique per CA, at most 20 octets, non-negative). */
function serial(): string {
  const b = randomBytes(16);
  b[0] = (b[0] as number) & 0x7f;
  return b.toString("hex");
}

async function pemKey(key: webcrypto.CryptoKey): Promise<string> {
  const der = await webcrypto.subtle.exportKey("pkcs8", key as webcrypto.CryptoKey);
  return x509.PemConverter.encode(der, "PRIVATE KEY");
}

function newKeys(): Promise<webcrypto.CryptoKeyPair> {
  return webcrypto.subtle.generateKey(ALG, true, ["sign", "verify"]) as Promise<webcrypto.CryptoKeyPair>;
}

function dnQuote(value: string): string {
  return value.replace(/[,=+<>#;"\\]/g, (c) => `\\${c}`);
}

async function loadCa(ca: PemPair): Promise<{ cert: x509.X509Certificate; key: webcrypto.CryptoKey }> {
  const cert = new x509.X509Certificate(ca.cert);
  const der = x509.PemConverter.decodeFirst(ca.key);
  const key = (await webcrypto.subtle.importKey("pkcs8", der, ALG, true, ["sign"])) as webcrypto.CryptoKey;
  return { cert, key };
}

async function issue(
  ca: { cert: x509.X509Certificate; key: webcrypto.CryptoKey },
  subject: string,
  names: x509.JsonGeneralName[],
  usage: x509.ExtendedKeyUsage,
  days: number,
  notBefore: Date,
): Promise<PemPair> {
  const keys = await newKeys();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject,
    issuer: ca.cert.subject,
    notBefore,
    notAfter: new Date(notBefore.getTime() + days * DAY),
    signingAlgorithm: ALG,
    publicKey: keys.publicKey,
    signingKey: ca.key,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([usage]),
      new x509.SubjectAlternativeNameExtension(names),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(ca.cert),
    ],
  });
  return { cert: cert.toString("pem"), key: await pemKey(keys.privateKey) };
}

/**
 * Make a development CA and a server certificate it signs (SANs from `hosts`), and optionally a client certificate
 * for mTLS. Pure Node WebCrypto through @peculiar/x509: no `openssl` binary. For development only.
 *
 * @example
 * const { ca, server } = await createDevCertificates({ hosts: ["localhost", "127.0.0.1"] });
 */
export async function createDevCertificates(opts: DevCertificateOptions): Promise<DevCertificates> {
  const days = opts.days ?? 365;
  const notBefore = opts.notBefore ?? new Date(Date.now() - 3_600_000);
  let ca: { cert: x509.X509Certificate; key: webcrypto.CryptoKey };
  let caPem: PemPair;
  if (opts.ca) {
    ca = await loadCa(opts.ca);
    caPem = opts.ca;
  } else {
    const keys = await newKeys();
    const now = Date.now();
    const cert = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: serial(),
      name: `CN=Warden Development CA ${randomBytes(4).toString("hex")}, O=Warden (development only)`,
      notBefore: new Date(now - 3_600_000),
      notAfter: new Date(now + 5 * 365 * DAY),
      signingAlgorithm: ALG,
      keys,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      ],
    });
    ca = { cert, key: keys.privateKey };
    caPem = { cert: cert.toString("pem"), key: await pemKey(keys.privateKey) };
  }
  const names: x509.JsonGeneralName[] = opts.hosts.map((h) => ({ type: isIP(h) ? "ip" : "dns", value: h }));
  const first = opts.hosts[0] ?? "localhost";
  const server = await issue(ca, `CN=${dnQuote(first)}, O=Warden (development only)`, names, x509.ExtendedKeyUsage.serverAuth, days, notBefore);
  const out: DevCertificates = { ca: caPem, server };
  if (opts.clientName !== undefined) {
    const uri = `spiffe://warden.dev/client/${encodeURIComponent(opts.clientName)}`;
    out.client = await issue(ca, `CN=${dnQuote(opts.clientName)}, O=Warden (development only)`, [{ type: "url", value: uri }], x509.ExtendedKeyUsage.clientAuth, days, notBefore);
  }
  return out;
}

/**
 * A CRL signed by a development CA listing `revoked` (PEM certificates it issued) plus any serials already in
 * `previous` (an earlier CRL of the same CA), valid for `days` (default 30). Point `listen.tls.crl` at it.
 *
 * @example
 * const crl = await createDevCrl(ca, [readFileSync("client.pem", "utf8")]);
 */
export async function createDevCrl(caPem: PemPair, revoked: readonly string[], previous?: string, days = 30): Promise<{ crl: string; serials: string[] }> {
  const ca = await loadCa(caPem);
  const serials = new Set<string>(previous ? new x509.X509Crl(previous).entries.map((e) => e.serialNumber) : []);
  for (const pem of revoked) {
    const cert = new x509.X509Certificate(pem);
    if (cert.issuer !== ca.cert.subject) throw new Error(`${cert.subject} was not issued by this CA`);
    serials.add(cert.serialNumber);
  }
  const now = Date.now();
  const crl = await x509.X509CrlGenerator.create({
    issuer: ca.cert.subject,
    thisUpdate: new Date(now - 60_000),
    nextUpdate: new Date(now + days * DAY),
    signingAlgorithm: ALG,
    signingKey: ca.key,
    entries: [...serials].map((serialNumber) => ({ serialNumber, revocationDate: new Date(now - 60_000), reason: x509.X509CrlReason.cessationOfOperation })),
    extensions: [await x509.AuthorityKeyIdentifierExtension.create(ca.cert)],
  });
  // OpenSSL reads the RFC 7468 label `X509 CRL` (the library writes `CRL`).
  return { crl: x509.PemConverter.encode(crl.rawData, "X509 CRL"), serials: [...serials] };
}
