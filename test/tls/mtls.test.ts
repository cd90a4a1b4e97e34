import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:tls";
import OpenAI from "openai";
import { Agent } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDevCrl } from "../../src/cli/dev-certificates.js";
import { MockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";
import { capturingLogger, httpsCall, makeTlsFixture, type TlsFixture } from "./tls-fixture.js";

type OpenAIFetchOptions = NonNullable<ConstructorParameters<typeof OpenAI>[0]>["fetchOptions"];

const dir = tempDir("warden-mtls-");
const mock = new MockUpstream();
let pki: TlsFixture;

beforeAll(async () => {
  await mock.start();
  pki = await makeTlsFixture(dir);
});
afterAll(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

const principals = [
  { match: { sanUri: "spiffe://warden.dev/client/app-1" }, tenant: "t-cert", app: "svc", roles: ["app"] },
  { match: { subjectCN: "t1-service" }, tenant: "t1", app: "a1" },
];

async function gateway(tls: Record<string, unknown>) {
  const { logger, lines } = capturingLogger();
  const t = await startTestGateway(
    { ...mockConfig(mock.url), listen: { host: "127.0.0.1", port: 0, tls: { cert: pki.file("server.pem"), key: pki.file("server-key.pem"), ca: pki.file("ca.pem"), ...tls } } },
    { logger },
  );
  const requestLog = () => lines.filter((l) => l["msg"] === "request").at(-1);
  return { t, requestLog };
}

describe("mTLS with clientAuth: required", () => {
  let g: Awaited<ReturnType<typeof gateway>>;
  beforeAll(async () => {
    g = await gateway({ clientAuth: "required", clientPrincipals: principals });
  });
  afterAll(() => g.t.close());

  it("a verified client certificate authenticates the openai client as its mapped principal (no API key)", async () => {
    const agent = new Agent({ connect: { ca: pki.ca.cert, cert: pki.client.cert, key: pki.client.key } });
    const openai = new OpenAI({ apiKey: "not-a-warden-key", baseURL: `${g.t.url}/v1`, maxRetries: 0, fetchOptions: { dispatcher: agent } as unknown as OpenAIFetchOptions });
    const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "from a workload" }] });
    expect(r.choices[0]?.message.content).toBeTypeOf("string");
    expect(g.requestLog()).toMatchObject({ tenant: "t-cert", app: "svc", status: 200 });
    expect(String(g.requestLog()?.["keyId"])).toMatch(/^cert:[0-9a-f]{16}$/);
    await agent.close();
  });

  it("a handshake without a client certificate is refused", async () => {
    const openai = new OpenAI({ apiKey: g.t.key, baseURL: `${g.t.url}/v1`, maxRetries: 0, fetchOptions: { dispatcher: new Agent({ connect: { ca: pki.ca.cert } }) } as unknown as OpenAIFetchOptions });
    await expect(openai.models.list()).rejects.toThrow(/connection/i);
    const err = await new Promise<NodeJS.ErrnoException>((resolve) => {
      const s = connect({ host: "127.0.0.1", port: g.t.gw.port, servername: "localhost", ca: pki.ca.cert }, () => s.write("GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n"));
      s.on("data", () => resolve(Object.assign(new Error("served without a certificate"), { code: "SERVED" })));
      s.on("error", resolve);
    });
    expect(err.code).toMatch(/CERTIFICATE_REQUIRED|HANDSHAKE_FAILURE|ECONNRESET/);
  });

  it("a certificate from an untrusted CA, or an expired one, is refused at the handshake", async () => {
    await expect(httpsCall(`${g.t.url}/v1/chat/completions`, { ca: pki.ca.cert, clientCert: pki.intruder, apiKey: g.t.key })).rejects.toThrow();
    await expect(httpsCall(`${g.t.url}/v1/chat/completions`, { ca: pki.ca.cert, clientCert: pki.expired, apiKey: g.t.key })).rejects.toThrow();
  });

  it("a verified but unmapped certificate falls back to the API key (certificate-or-key)", async () => {
    const noKey = await httpsCall(`${g.t.url}/v1/chat/completions`, { ca: pki.ca.cert, clientCert: pki.unmapped });
    expect(noKey.status).toBe(401);
    expect(noKey.body.error?.code).toBe("WARDEN_AUTH_MISSING_KEY");
    const withKey = await httpsCall(`${g.t.url}/v1/chat/completions`, { ca: pki.ca.cert, clientCert: pki.unmapped, apiKey: g.t.key });
    expect(withKey.status).toBe(200);
    expect(g.requestLog()).toMatchObject({ tenant: "t1", app: "a1" });
  });

  it("GET /v1/models authenticates by certificate too", async () => {
    const r = await httpsCall(`${g.t.url}/v1/models`, { ca: pki.ca.cert, clientCert: pki.client, method: "GET" });
    expect(r.status).toBe(200);
    expect(g.requestLog()).toMatchObject({ tenant: "t-cert" });
  });
});

describe("mTLS with clientAuth: optional", () => {
  let g: Awaited<ReturnType<typeof gateway>>;
  beforeAll(async () => {
    g = await gateway({ clientAuth: "optional", clientPrincipals: principals });
  });
  afterAll(() => g.t.close());

  it("an API key alone is still accepted", async () => {
    const r = await httpsCall(`${g.t.url}/v1/chat/completions`, { ca: pki.ca.cert, apiKey: g.t.key });
    expect(r.status).toBe(200);
    expect(g.requestLog()).toMatchObject({ tenant: "t1" });
  });

  it("a mapped certificate alone is accepted", async () => {
    const r = await httpsCall(`${g.t.url}/v1/chat/completions`, { ca: pki.ca.cert, clientCert: pki.client });
    expect(r.status).toBe(200);
    expect(g.requestLog()).toMatchObject({ tenant: "t-cert", app: "svc" });
  });

  it("a presented but unverified certificate fails the call, even with a valid key (fail closed)", async () => {
    const r = await httpsCall(`${g.t.url}/v1/chat/completions`, { ca: pki.ca.cert, clientCert: pki.intruder, apiKey: g.t.key });
    expect(r.status).toBe(401);
    expect(r.body.error?.code).toBe("WARDEN_AUTH_CERT_INVALID");
    expect(JSON.stringify(r.body)).not.toMatch(/UNABLE_TO|self.signed|stack/i);
  });

  it("an expired certificate gets its own code, even with a valid key", async () => {
    const r = await httpsCall(`${g.t.url}/v1/chat/completions`, { ca: pki.ca.cert, clientCert: pki.expired, apiKey: g.t.key });
    expect(r.status).toBe(401);
    expect(r.body.error?.code).toBe("WARDEN_AUTH_CERT_EXPIRED");
  });
});

describe("mTLS with authentication: certificate-and-key", () => {
  let g: Awaited<ReturnType<typeof gateway>>;
  let otherTenantKey: string;
  beforeAll(async () => {
    g = await gateway({
      clientAuth: "optional",
      authentication: "certificate-and-key",
      clientPrincipals: [{ match: { subjectCN: "app-1" }, tenant: "t1", app: "a1" }],
    });
    otherTenantKey = g.t.gw.keys.create({ tenant: "t2", app: "a2", roles: ["app"] }).key;
  });
  afterAll(() => g.t.close());

  it("needs both a mapped certificate and a key of the same tenant", async () => {
    const both = await httpsCall(`${g.t.url}/v1/chat/completions`, { ca: pki.ca.cert, clientCert: pki.client, apiKey: g.t.key });
    expect(both.status).toBe(200);
    expect(g.requestLog()).toMatchObject({ tenant: "t1", app: "a1" });
  });

  it.each([
    { name: "key without certificate", cert: undefined, key: "t1", status: 401, code: "WARDEN_AUTH_CERT_REQUIRED" },
    { name: "certificate without key", cert: "client", key: undefined, status: 401, code: "WARDEN_AUTH_MISSING_KEY" },
    { name: "unmapped certificate", cert: "unmapped", key: "t1", status: 403, code: "WARDEN_AUTH_CERT_UNMAPPED" },
    { name: "key of another tenant", cert: "client", key: "t2", status: 403, code: "WARDEN_AUTH_CERT_MISMATCH" },
  ] as const)("refuses $name with $code", async ({ cert, key, status, code }) => {
    mock.reset();
    const r = await httpsCall(`${g.t.url}/v1/chat/completions`, {
      ca: pki.ca.cert,
      ...(cert ? { clientCert: pki[cert] } : {}),
      ...(key ? { apiKey: key === "t1" ? g.t.key : otherTenantKey } : {}),
    });
    expect(r.status).toBe(status);
    expect(r.body.error?.code).toBe(code);
    expect(mock.requests).toHaveLength(0);
  });

  it("applies to the admin API as well: an operator key alone is refused, with its tenant's certificate it works", async () => {
    const operatorKey = g.t.gw.keys.create({ tenant: "t1", app: "ops", roles: ["operator"] }).key;
    const whoami = `${g.t.url}/admin/v1/whoami`;
    const keyOnly = await httpsCall(whoami, { ca: pki.ca.cert, apiKey: operatorKey, method: "GET" });
    expect(keyOnly.status).toBe(401);
    expect(keyOnly.body.error?.code).toBe("WARDEN_AUTH_CERT_REQUIRED");
    const mismatch = await httpsCall(whoami, { ca: pki.ca.cert, clientCert: pki.client, apiKey: g.t.gw.keys.create({ tenant: "t2", app: "ops", roles: ["operator"] }).key, method: "GET" });
    expect(mismatch.body.error?.code).toBe("WARDEN_AUTH_CERT_MISMATCH");
    const both = await httpsCall(whoami, { ca: pki.ca.cert, clientCert: pki.client, apiKey: operatorKey, method: "GET" });
    expect(both.status).toBe(200);
    expect(JSON.stringify(both.body)).toContain("t1");
  });
});

describe("mTLS with a resumed TLS session", () => {
  let g: Awaited<ReturnType<typeof gateway>>;
  beforeAll(async () => {
    g = await gateway({ clientAuth: "required", clientPrincipals: principals });
  });
  afterAll(() => g.t.close());

  /** One GET /v1/models on a new TLS connection (optionally resuming `session`); resolves to status, reuse, session. */
  function getModels(session?: Buffer): Promise<{ status: number; reused: boolean; session: Buffer | undefined }> {
    return new Promise((resolve, reject) => {
      let saved: Buffer | undefined;
      const s = connect({ host: "127.0.0.1", port: g.t.gw.port, servername: "localhost", ca: pki.ca.cert, cert: pki.client.cert, key: pki.client.key, ...(session ? { session } : {}) });
      s.on("session", (b: Buffer) => (saved = b));
      s.once("secureConnect", () => s.write("GET /v1/models HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\n\r\n"));
      let text = "";
      s.on("data", (d: Buffer) => (text += d.toString()));
      s.on("end", () => resolve({ status: Number(text.slice(9, 12)), reused: s.isSessionReused(), session: saved }));
      s.on("error", reject);
    });
  }

  it("keeps the certificate's principal when the session is resumed", async () => {
    const first = await getModels();
    expect(first.status).toBe(200);
    expect(first.session).toBeDefined();
    const second = await getModels(first.session);
    expect(second.reused).toBe(true);
    expect(second.status).toBe(200);
    expect(g.requestLog()).toMatchObject({ tenant: "t-cert" });
  });
});

describe("client certificate revocation (listen.tls.crl, reloaded on SIGHUP)", () => {
  let g: Awaited<ReturnType<typeof gateway>>;
  const crlFile = () => pki.file("crl.pem");
  beforeAll(async () => {
    writeFileSync(crlFile(), (await createDevCrl(pki.ca, [])).crl);
    g = await gateway({ clientAuth: "optional", crl: crlFile(), clientPrincipals: principals });
  });
  afterAll(() => g.t.close());

  /** One GET /v1/models with the mapped client certificate on a new connection, resuming `session` if given. */
  function getModels(session?: Buffer): Promise<{ status: number; code?: string; reused: boolean; session?: Buffer }> {
    return new Promise((resolve, reject) => {
      let saved: Buffer | undefined;
      const s = connect({ host: "127.0.0.1", port: g.t.gw.port, servername: "localhost", ca: pki.ca.cert, cert: pki.client.cert, key: pki.client.key, ...(session ? { session } : {}) });
      s.on("session", (b: Buffer) => (saved = b));
      s.once("secureConnect", () => s.write("GET /v1/models HTTP/1.1\r\nhost: localhost\r\nconnection: close\r\n\r\n"));
      let text = "";
      s.on("data", (d: Buffer) => (text += d.toString()));
      s.on("end", () => {
        const code = /"code":"(\w+)"/.exec(text)?.[1];
        resolve({ status: Number(text.slice(9, 12)), reused: s.isSessionReused(), ...(code ? { code } : {}), ...(saved ? { session: saved } : {}) });
      });
      s.on("error", reject);
    });
  }

  it("a revoked certificate is refused once the CRL is reloaded, also on a session resumed from before", async () => {
    const before = await getModels();
    expect(before.status).toBe(200);

    writeFileSync(crlFile(), (await createDevCrl(pki.ca, [pki.client.cert], readFileSync(crlFile(), "utf8"))).crl);
    expect(g.t.gw.tls?.reload("test")).toBe(true);

    const fresh = await httpsCall(`${g.t.url}/v1/chat/completions`, { ca: pki.ca.cert, clientCert: pki.client, apiKey: g.t.key });
    expect(fresh.status).toBe(401);
    expect(fresh.body.error?.code).toBe("WARDEN_AUTH_CERT_REVOKED");
    // A session ticket issued before the reload must not carry the old verification result over: the reload makes
    // a new context with new ticket keys, so the old ticket does not resume and the CRL applies.
    expect(before.session).toBeDefined();
    const resumed = await getModels(before.session);
    expect(resumed.reused).toBe(false);
    expect(resumed.status).toBe(401);
    expect(resumed.code).toBe("WARDEN_AUTH_CERT_REVOKED");
    // Other certificates of the same CA are unaffected.
    expect((await httpsCall(`${g.t.url}/v1/chat/completions`, { ca: pki.ca.cert, clientCert: pki.unmapped, apiKey: g.t.key })).status).toBe(200);
  });
});
