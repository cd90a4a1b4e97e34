/** OIDC bearer tokens for model traffic follow the same client-certificate rules as API keys. */
import { rmSync, writeFileSync } from "node:fs";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";
import { httpsCall, makeTlsFixture, type TlsFixture } from "./tls-fixture.js";

const ISSUER = "https://idp.example.test";
const AUDIENCE = "warden";
const dir = tempDir("warden-mtls-oidc-");
const mock = new MockUpstream();
let pki: TlsFixture;
let t: TestGateway;
let sign: (tenant: string) => Promise<string>;

beforeAll(async () => {
  await mock.start();
  pki = await makeTlsFixture(dir);
  const { privateKey, publicKey } = await generateKeyPair("ES256");
  writeFileSync(`${dir}/jwks.json`, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: "k1", alg: "ES256", use: "sig" }] }));
  sign = (tenant) =>
    new SignJWT({ org: tenant, groups: ["apps"] })
      .setProtectedHeader({ alg: "ES256", kid: "k1" })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject("svc@example.test")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(privateKey);
  t = await startTestGateway({
    ...mockConfig(mock.url),
    oidc: { issuer: ISSUER, audience: AUDIENCE, jwksFile: `${dir}/jwks.json`, tenantClaim: "org", roleMap: { apps: "app" }, algorithms: ["ES256"], modelTraffic: true },
    listen: {
      host: "127.0.0.1",
      port: 0,
      tls: {
        cert: pki.file("server.pem"),
        key: pki.file("server-key.pem"),
        ca: pki.file("ca.pem"),
        clientAuth: "optional",
        authentication: "certificate-and-key",
        clientPrincipals: [{ match: { subjectCN: "app-1" }, tenant: "acme", app: "svc" }],
      },
    },
  });
});
afterAll(async () => {
  await t?.close();
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("certificate-and-key with OIDC tokens", () => {
  it("a token of the certificate's tenant, with the certificate, is accepted", async () => {
    const r = await httpsCall(`${t.url}/v1/chat/completions`, { ca: pki.ca.cert, clientCert: pki.client, apiKey: await sign("acme") });
    expect(r.status).toBe(200);
  });

  it("a valid token without a certificate is refused (no bypass of the certificate requirement)", async () => {
    const r = await httpsCall(`${t.url}/v1/chat/completions`, { ca: pki.ca.cert, apiKey: await sign("acme") });
    expect(r.status).toBe(401);
    expect(r.body.error?.code).toBe("WARDEN_AUTH_CERT_REQUIRED");
  });

  it("a token of another tenant is refused", async () => {
    const r = await httpsCall(`${t.url}/v1/chat/completions`, { ca: pki.ca.cert, clientCert: pki.client, apiKey: await sign("globex") });
    expect(r.status).toBe(403);
    expect(r.body.error?.code).toBe("WARDEN_AUTH_CERT_MISMATCH");
  });

  it("an unverified certificate fails the call even with a valid token", async () => {
    const r = await httpsCall(`${t.url}/v1/chat/completions`, { ca: pki.ca.cert, clientCert: pki.intruder, apiKey: await sign("acme") });
    expect(r.status).toBe(401);
    expect(r.body.error?.code).toBe("WARDEN_AUTH_CERT_INVALID");
  });
});
