import { rmSync } from "node:fs";
import { connect as netConnect } from "node:net";
import { connect as tlsConnect } from "node:tls";
import { Agent, request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";
import type { PemPair } from "../../src/cli/dev-certificates.js";
import { makeTlsFixture, type TlsFixture } from "../tls/tls-fixture.js";

/**
 * Transport attacks on an HTTPS gateway with optional mTLS in `certificate-and-key` mode: plaintext on the TLS port,
 * a foreign SNI name, a client certificate of another tenant (or an untrusted one) next to a valid key on the admin API.
 */
const dir = tempDir("warden-sec-tls-");
const mock = new MockUpstream();
let pki: TlsFixture;
let t: TestGateway;
let adminT1: string;
let operatorT2: string;

beforeAll(async () => {
  await mock.start();
  pki = await makeTlsFixture(dir);
  t = await startTestGateway({
    ...mockConfig(mock.url),
    listen: {
      host: "127.0.0.1",
      port: 0,
      tls: {
        cert: pki.file("server.pem"),
        key: pki.file("server-key.pem"),
        ca: pki.file("ca.pem"),
        clientAuth: "optional",
        authentication: "certificate-and-key",
        clientPrincipals: [{ match: { subjectCN: "app-1" }, tenant: "t1", app: "a1", roles: ["app", "operator"] }],
      },
    },
  });
  adminT1 = t.gw.keys.create({ tenant: "t1", app: "ops", roles: ["operator"] }).key;
  operatorT2 = t.gw.keys.create({ tenant: "t2", app: "ops", roles: ["operator", "admin"] }).key;
});
afterAll(async () => {
  await t?.close();
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

async function adminWhoami(key: string, cert?: PemPair): Promise<{ status: number; code: unknown; headers: Record<string, unknown> }> {
  const agent = new Agent({ connect: { ca: pki.ca.cert, ...(cert ? { cert: cert.cert, key: cert.key } : {}) } });
  try {
    const res = await request(`${t.url}/admin/v1/whoami`, { dispatcher: agent, headers: { authorization: `Bearer ${key}` } });
    const body = (await res.body.json()) as { error?: { code?: string } };
    return { status: res.statusCode, code: body.error?.code, headers: res.headers as Record<string, unknown> };
  } finally {
    await agent.close();
  }
}

describe("transport attacks", () => {
  it("plaintext HTTP on the HTTPS port gets no answer in clear and the server keeps serving", async () => {
    const reply = await new Promise<string>((resolve) => {
      const s = netConnect(t.gw.port, "127.0.0.1", () => s.write(`GET /admin/v1/whoami HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${adminT1}\r\n\r\n`));
      let out = "";
      s.on("data", (d) => (out += d.toString("latin1")));
      s.on("close", () => resolve(out));
      s.on("error", () => resolve(out));
      setTimeout(() => s.destroy(), 3_000);
    });
    expect(reply).not.toMatch(/HTTP\/1\.1 200/);
    expect(reply).not.toContain("whoami");
    expect((await adminWhoami(adminT1, pki.client)).status).toBe(200);
  });

  it("a foreign SNI name does not change the certificate or crash the handshake", async () => {
    const peer = await new Promise<{ cn: unknown; authorized: boolean }>((resolve, reject) => {
      const s = tlsConnect({ host: "127.0.0.1", port: t.gw.port, servername: "evil.example", ca: pki.ca.cert, rejectUnauthorized: false }, () => {
        const c = s.getPeerCertificate();
        resolve({ cn: c.subject?.CN, authorized: s.authorized });
        s.end();
      });
      s.on("error", reject);
    });
    // The same server certificate, which a verifying client rejects for the wrong name.
    expect(peer.authorized).toBe(false);
    expect(peer.cn).toBeDefined();
    expect((await adminWhoami(adminT1, pki.client)).status).toBe(200);
  });

  it("certificate-and-key on the admin API: a key of another tenant next to t1's certificate is refused, even an admin key", async () => {
    const a = await adminWhoami(operatorT2, pki.client);
    expect([a.status, a.code]).toEqual([403, "WARDEN_AUTH_CERT_MISMATCH"]);
    expect(a.headers["strict-transport-security"]).toBeDefined();
    expect(a.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("no certificate, an unmapped one, or one from an untrusted CA: refused even with a valid key (fail closed)", async () => {
    expect(await adminWhoami(adminT1).then((r) => [r.status, r.code])).toEqual([401, "WARDEN_AUTH_CERT_REQUIRED"]);
    expect(await adminWhoami(adminT1, pki.unmapped).then((r) => [r.status, r.code])).toEqual([403, "WARDEN_AUTH_CERT_UNMAPPED"]);
    const intruder = await adminWhoami(adminT1, pki.intruder).then((r) => [r.status, r.code]);
    expect(intruder).toEqual([401, "WARDEN_AUTH_CERT_INVALID"]);
  });

  it("model traffic: t1's certificate with t2's key is refused before anything is forwarded", async () => {
    const appT2 = t.gw.keys.create({ tenant: "t2", app: "bot", roles: ["app"] }).key;
    const before = mock.requests.length;
    const agent = new Agent({ connect: { ca: pki.ca.cert, cert: pki.client.cert, key: pki.client.key } });
    try {
      const res = await request(`${t.url}/v1/chat/completions`, {
        method: "POST",
        dispatcher: agent,
        headers: { authorization: `Bearer ${appT2}`, "content-type": "application/json" },
        body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }),
      });
      const body = (await res.body.json()) as { error?: { code?: string } };
      expect([res.statusCode, body.error?.code]).toEqual([403, "WARDEN_AUTH_CERT_MISMATCH"]);
    } finally {
      await agent.close();
    }
    expect(mock.requests.length).toBe(before);
  });
});
