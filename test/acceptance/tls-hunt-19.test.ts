/**
 * Acceptance hunt 19, transport security (issue 6 "TLS", as docs/tls.md promises it): every cipher suite OpenSSL
 * knows, offered alone, against the HTTPS gateway — only ECDHE with AEAD is ever negotiated under TLS 1.2, only the
 * three named suites under TLS 1.3 — and the same holds after a certificate reload on SIGHUP (the reload builds a
 * new secure context: versions, suites and the renegotiation ban must come with it). `minVersion: TLSv1.3` refuses
 * TLS 1.2; the admin API keeps its security headers, HSTS included, over HTTPS.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { connect, type ConnectionOptions, getCiphers } from "node:tls";
import OpenAI from "openai";
import { Agent, request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDevCertificates } from "../../src/cli/dev-certificates.js";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

type OpenAIFetchOptions = NonNullable<ConstructorParameters<typeof OpenAI>[0]>["fetchOptions"];
const dir = tempDir("warden-tls-hunt19-");
let mock: MockUpstream;
let t: TestGateway;
let ca = "";

/** Handshake with raw options: the negotiated protocol, cipher and server CN, or the TLS error. */
function handshake(port: number, opts: ConnectionOptions): Promise<{ protocol: string | null; cipher: string; cn: unknown }> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: "127.0.0.1", port, servername: "localhost", ca, ...opts }, () => {
      const out = { protocol: s.getProtocol(), cipher: s.getCipher().name, cn: s.getPeerCertificate().subject?.CN };
      s.end();
      resolve(out);
    });
    s.on("error", reject);
  });
}

/** Every TLS 1.2 suite the client can offer, each alone (security level 0, so the client refuses nothing itself). */
async function acceptedTls12Suites(port: number): Promise<string[]> {
  const accepted: string[] = [];
  for (const c of getCiphers()) {
    const name = c.toUpperCase();
    if (name.startsWith("TLS_")) continue; // TLS 1.3 names
    try {
      const r = await handshake(port, { minVersion: "TLSv1", maxVersion: "TLSv1.2", ciphers: `${name}@SECLEVEL=0` });
      accepted.push(r.cipher);
    } catch {
      /* refused, or a suite this OpenSSL cannot offer at all */
    }
  }
  return accepted;
}

const TLS12_ALLOWED = /^ECDHE-(ECDSA|RSA)-(AES(128|256)-GCM-SHA(256|384)|CHACHA20-POLY1305)$/;

async function expectModernOnly(port: number): Promise<void> {
  const accepted = await acceptedTls12Suites(port);
  // The dev certificate is ECDSA: its three ECDHE-ECDSA AEAD suites, and nothing else.
  expect([...accepted].sort()).toEqual(["ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305"]);
  for (const c of accepted) expect(c).toMatch(TLS12_ALLOWED);
  // TLS 1.3: the CCM suites (not in the configured list) are refused; the three named ones work.
  for (const suite of ["TLS_AES_128_CCM_SHA256", "TLS_AES_128_CCM_8_SHA256"]) {
    await expect(handshake(port, { minVersion: "TLSv1.3", ciphers: suite })).rejects.toBeDefined();
  }
  for (const suite of ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"]) {
    expect((await handshake(port, { minVersion: "TLSv1.3", ciphers: suite })).cipher).toBe(suite);
  }
  for (const v of ["TLSv1", "TLSv1.1"] as const) {
    await expect(handshake(port, { minVersion: v, maxVersion: v, ciphers: "DEFAULT@SECLEVEL=0" })).rejects.toMatchObject({ code: "ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION" });
  }
}

beforeAll(async () => {
  mock = await startMockUpstream();
  const certs = await createDevCertificates({ hosts: ["localhost", "127.0.0.1"] });
  ca = certs.ca.cert;
  writeFileSync(join(dir, "ca-key.pem"), certs.ca.key);
  writeFileSync(join(dir, "server.pem"), certs.server.cert);
  writeFileSync(join(dir, "server-key.pem"), certs.server.key);
  t = await startTestGateway({ ...mockConfig(mock.url), listen: { host: "127.0.0.1", port: 0, tls: { cert: join(dir, "server.pem"), key: join(dir, "server-key.pem") } } });
}, 30_000);
afterAll(async () => {
  await t?.close();
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("cipher suites and versions, exhaustively", () => {
  it("only ECDHE with AES-GCM or ChaCha20-Poly1305 under TLS 1.2, the three named suites under TLS 1.3, nothing below 1.2", async () => {
    await expectModernOnly(t.gw.port);
  }, 120_000);

  it("after a certificate reload on SIGHUP: the new certificate, and still no weak suite, old version or renegotiation", async () => {
    const next = await createDevCertificates({ hosts: ["127.0.0.1", "localhost"], ca: { cert: ca, key: readFileSync(join(dir, "ca-key.pem"), "utf8") } });
    writeFileSync(join(dir, "server.pem"), next.server.cert);
    writeFileSync(join(dir, "server-key.pem"), next.server.key);
    process.emit("SIGHUP", "SIGHUP");
    expect((await handshake(t.gw.port, {})).cn).toBe("127.0.0.1");
    await expectModernOnly(t.gw.port);
    const s = connect({ host: "127.0.0.1", port: t.gw.port, servername: "localhost", ca, maxVersion: "TLSv1.2" });
    await new Promise((r) => s.once("secureConnect", r));
    const reneg = await new Promise<Error | null>((resolve) => {
      s.on("error", resolve);
      s.renegotiate({}, (err) => resolve(err ?? null));
    });
    s.destroy();
    expect(reneg?.message ?? "renegotiated").toMatch(/renegotiation|alert|reset|closed/i);
    // The openai client trusting the dev CA still works over the new certificate.
    const agent = new Agent({ connect: { ca } });
    try {
      const client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0, fetchOptions: { dispatcher: agent } as unknown as OpenAIFetchOptions });
      const r = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
      expect(r.choices.length).toBeGreaterThan(0);
    } finally {
      await agent.close();
    }
  }, 120_000);
});

describe("listen.tls.minVersion: TLSv1.3", () => {
  it("refuses a TLS 1.2 client; the admin API answers over TLS 1.3 with HSTS and its security headers", async () => {
    const g = await startTestGateway({ ...mockConfig(mock.url), listen: { host: "127.0.0.1", port: 0, tls: { cert: join(dir, "server.pem"), key: join(dir, "server-key.pem"), minVersion: "TLSv1.3" } } });
    try {
      await expect(handshake(g.gw.port, { maxVersion: "TLSv1.2" })).rejects.toMatchObject({ code: "ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION" });
      expect((await handshake(g.gw.port, {})).protocol).toBe("TLSv1.3");
      const admin = g.gw.keys.create({ tenant: "root", app: "cli", roles: ["admin"] }).key;
      const agent = new Agent({ connect: { ca } });
      try {
        for (const cred of [admin, undefined]) {
          const res = await request(`${g.url}/admin/v1/whoami`, { dispatcher: agent, headers: cred ? { authorization: `Bearer ${cred}` } : {} });
          await res.body.text();
          expect(res.statusCode).toBe(cred ? 200 : 401);
          expect(res.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
          expect(res.headers["x-frame-options"]).toBe("DENY");
          expect(res.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
          expect(res.headers["cache-control"]).toBe("no-store");
        }
      } finally {
        await agent.close();
      }
    } finally {
      await g.close();
    }
  }, 60_000);
});

describe("upstream URLs", () => {
  it("a baseUrl that is not http(s) is a config error naming its field, every one at once, not a crash at start", async () => {
    const { parseConfig } = await import("../../src/config/load-config.js");
    const { ConfigError } = await import("../../src/core/config-error.js");
    let err: unknown;
    try {
      parseConfig(
        {
          dataDir: dir,
          providers: {
            sock: { type: "openai", baseUrl: "ws://10.0.0.7:8000/v1" },
            files: { type: "openai", baseUrl: "file:///etc/passwd" },
            claude: { type: "anthropic", baseUrl: "ftp://10.0.0.8/" },
            garbage: { type: "openai", baseUrl: "not a url" },
            ok: { type: "openai", baseUrl: "https://api.example.com/v1" },
          },
          routes: [{ models: ["*"], provider: "ok" }],
        },
        {},
        "test config",
      );
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const paths = (err as InstanceType<typeof ConfigError>).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["providers.sock.baseUrl", "providers.files.baseUrl", "providers.claude.baseUrl", "providers.garbage.baseUrl"]));
    expect(paths.some((p) => p.startsWith("providers.ok"))).toBe(false);
  });
});

describe("client certificate mappings name tenants the admin API can manage", () => {
  it("a mapping to tenant '' or '*' or 'acme corp', or an app with a space, is a config error naming each field", async () => {
    const { parseConfig } = await import("../../src/config/load-config.js");
    const { ConfigError } = await import("../../src/core/config-error.js");
    const mapping = (tenant: string, app: string) => ({ match: { subjectCN: `cn-${tenant}-${app}` }, tenant, app });
    let err: unknown;
    try {
      parseConfig(
        {
          dataDir: dir,
          listen: {
            host: "127.0.0.1",
            port: 0,
            tls: { cert: join(dir, "server.pem"), key: join(dir, "server-key.pem"), ca: join(dir, "server.pem"), clientAuth: "optional", clientPrincipals: [mapping("*", "bot"), mapping("acme corp", "bot"), mapping("acme", "my bot"), mapping("acme", "bot")] },
          },
          providers: { demo: { type: "demo" } },
          routes: [{ models: ["*"], provider: "demo" }],
        },
        {},
        "test config",
      );
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const paths = (err as InstanceType<typeof ConfigError>).issues.map((i) => i.path);
    expect(paths).toEqual(["listen.tls.clientPrincipals.0.tenant", "listen.tls.clientPrincipals.1.tenant", "listen.tls.clientPrincipals.2.app"]);
  });
});
