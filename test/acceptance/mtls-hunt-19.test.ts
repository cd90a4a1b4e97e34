/**
 * Acceptance hunt 19, client certificate → principal (issue 6 "optional mTLS for callers", docs/tls.md: `subjectCN`
 * matches exactly). A certificate whose subject carries two common names is ambiguous — which one did the CA vouch
 * for? — so a `subjectCN` mapping never matches it (fail closed); the same name alone maps as usual.
 */
import "reflect-metadata";
import { webcrypto } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as x509 from "@peculiar/x509";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDevCertificates, type PemPair } from "../../src/cli/dev-certificates.js";
import { startMockUpstream, type MockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";
import { httpsCall } from "../tls/tls-fixture.js";

const ALG = { name: "ECDSA", namedCurve: "P-256", hash: "SHA-256" };
const dir = tempDir("warden-mtls-hunt19-");
let mock: MockUpstream;
let t: TestGateway;
let ca: PemPair;

/** A client certificate signed by the dev CA with any subject (several CNs included). */
async function clientCert(subject: string): Promise<PemPair> {
  const caCert = new x509.X509Certificate(ca.cert);
  const caKey = await webcrypto.subtle.importKey("pkcs8", x509.PemConverter.decodeFirst(ca.key), ALG, false, ["sign"]);
  const keys = (await webcrypto.subtle.generateKey(ALG, true, ["sign", "verify"])) as webcrypto.CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: "0a1b2c3d4e5f",
    subject,
    issuer: caCert.subject,
    notBefore: new Date(Date.now() - 3_600_000),
    notAfter: new Date(Date.now() + 86_400_000),
    signingAlgorithm: ALG,
    publicKey: keys.publicKey as never, // Node's webcrypto key types vs the DOM ones @peculiar/x509 declares
    signingKey: caKey as never,
    extensions: [new x509.BasicConstraintsExtension(false, undefined, true), new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth])],
  });
  const der = await webcrypto.subtle.exportKey("pkcs8", keys.privateKey);
  return { cert: cert.toString("pem"), key: x509.PemConverter.encode(der, "PRIVATE KEY") };
}

beforeAll(async () => {
  mock = await startMockUpstream();
  const pki = await createDevCertificates({ hosts: ["localhost", "127.0.0.1"] });
  ca = pki.ca;
  writeFileSync(join(dir, "ca.pem"), pki.ca.cert);
  writeFileSync(join(dir, "server.pem"), pki.server.cert);
  writeFileSync(join(dir, "server-key.pem"), pki.server.key);
  t = await startTestGateway({
    ...mockConfig(mock.url),
    listen: {
      host: "127.0.0.1",
      port: 0,
      tls: {
        cert: join(dir, "server.pem"),
        key: join(dir, "server-key.pem"),
        ca: join(dir, "ca.pem"),
        clientAuth: "optional",
        clientPrincipals: [{ match: { subjectCN: "admin-bot" }, tenant: "ops", app: "admin-bot", roles: ["app"] }],
      },
    },
  });
}, 30_000);
afterAll(async () => {
  await t?.close();
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("subjectCN mappings and certificates with several common names", () => {
  it("CN=admin-bot alone maps to its principal; CN=intern + CN=admin-bot (either order) maps to nothing", async () => {
    const models = (cert: PemPair) => httpsCall(`${t.url}/v1/models`, { ca: ca.cert, clientCert: cert, method: "GET" });
    const single = await models(await clientCert("CN=admin-bot, O=Example"));
    expect(single.status).toBe(200);
    for (const subject of ["CN=intern, CN=admin-bot", "CN=admin-bot, CN=intern"]) {
      const r = await models(await clientCert(subject));
      // Not mapped: with certificate-or-key the API key decides, and there is none.
      expect([r.status, r.body.error?.code], subject).toEqual([401, "WARDEN_AUTH_MISSING_KEY"]);
    }
  });
});
