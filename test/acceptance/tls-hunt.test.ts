/**
 * Acceptance hunt, transport security (issue 6 as docs/tls.md promises it): `warden certs dev` makes a CA, server
 * and client certificates; the real `openai` client reaches the HTTPS gateway trusting that CA, with an API key or
 * with its client certificate alone (mTLS); old TLS versions and untrusting clients are refused; a plaintext
 * upstream off this machine is refused at start.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { connect } from "node:tls";
import OpenAI from "openai";
import { Agent } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, postJson, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

type FetchOptions = NonNullable<ConstructorParameters<typeof OpenAI>[0]>["fetchOptions"];
const BIN = join(import.meta.dirname, "../../bin/warden.js");
let dir = "";
let certs = "";
let mock: MockUpstream;
let t: TestGateway;
const read = (f: string): Buffer => readFileSync(join(certs, f));
/** The openai client for a gateway at `url`, connecting with these TLS options (CA, client certificate). */
const clientAt = (url: string, apiKey: string, connectOpts: Record<string, unknown>): OpenAI =>
  new OpenAI({ baseURL: `${url}/v1`, apiKey, maxRetries: 0, fetchOptions: { dispatcher: new Agent({ connect: connectOpts }) } as unknown as FetchOptions });
const client = (apiKey: string, connectOpts: Record<string, unknown>): OpenAI => clientAt(t.url, apiKey, connectOpts);
/** The gateway's HTTPS listener with the dev certificates, mapping the client certificate "bot" to t1/bot. */
const tlsListen = (tls: Record<string, unknown>) => ({
  host: "127.0.0.1",
  port: 0,
  tls: {
    cert: join(certs, "server.pem"),
    key: join(certs, "server-key.pem"),
    ca: join(certs, "ca.pem"),
    clientPrincipals: [{ match: { subjectCN: "bot" }, tenant: "t1", app: "bot", roles: ["app"] }],
    ...tls,
  },
});

beforeAll(async () => {
  dir = tempDir("warden-tls-hunt-");
  certs = join(dir, "tls");
  const r = spawnSync(process.execPath, [BIN, "certs", "dev", "--out", certs, "--client", "bot"], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  mock = await startMockUpstream();
  t = await startTestGateway({ ...mockConfig(mock.url), listen: tlsListen({ clientAuth: "optional" }) });
}, 20_000);
afterAll(async () => {
  await t.close();
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("warden certs dev", () => {
  it("writes the CA, server and client certificates, keys readable by their owner only", () => {
    for (const f of ["ca.pem", "server.pem", "client.pem"]) expect(read(f).toString()).toContain("BEGIN CERTIFICATE");
    for (const f of ["ca-key.pem", "server-key.pem", "client-key.pem"]) expect(statSync(join(certs, f)).mode & 0o777).toBe(0o600);
  });
});

describe("HTTPS and mTLS with the openai client", () => {
  it("the gateway serves https, and the client trusting the dev CA calls it with an API key", async () => {
    expect(t.url.startsWith("https://127.0.0.1:")).toBe(true);
    const out = await client(t.key, { ca: read("ca.pem") }).chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
    expect(out.choices[0]?.message.content).toBe("Hello from the mock");
  });

  it("a client certificate alone is a principal (the API key sent is not a real one)", async () => {
    const out = await client("not-a-key", { ca: read("ca.pem"), cert: read("client.pem"), key: read("client-key.pem") }).chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "hi" }],
    });
    expect(out.choices[0]?.message.content).toBe("Hello from the mock");
  });

  it("without the certificate, the same fake key is refused as malformed", async () => {
    await expect(client("not-a-key", { ca: read("ca.pem") }).chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] })).rejects.toMatchObject({
      status: 401,
      code: "WARDEN_AUTH_MALFORMED_KEY",
    });
  });

  it("a client that does not trust the CA cannot connect (no plaintext fallback)", async () => {
    await expect(client(t.key, {}).chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] })).rejects.toThrow(/Connection error/);
  });

  it("TLS 1.1 is refused; TLS 1.2 is accepted", async () => {
    const port = Number(new URL(t.url).port);
    const hello = (maxVersion: "TLSv1.1" | "TLSv1.2") =>
      new Promise<string>((resolve) => {
        const s = connect({ host: "127.0.0.1", port, ca: read("ca.pem"), minVersion: "TLSv1", maxVersion }, () => {
          resolve(s.getProtocol() ?? "");
          s.end();
        });
        s.on("error", (e: NodeJS.ErrnoException) => resolve(`error ${e.code ?? e.message}`));
      });
    expect(await hello("TLSv1.1")).toMatch(/^error/);
    expect(await hello("TLSv1.2")).toBe("TLSv1.2");
  });
});

describe("upstream transport", () => {
  it("a plaintext upstream off this machine is refused unless explicitly allowed; loopback is fine", () => {
    const withUpstream = (baseUrl: string, extra: object = {}) => ({ ...mockConfig("http://127.0.0.1:9", { openai: { baseUrl, ...extra } }), dataDir: dir });
    expect(() => parseConfig(withUpstream("http://gpu-box.lab:8000/v1"), {}, "t")).toThrow(/plaintext upstream 'gpu-box\.lab:8000' refused/);
    expect(() => parseConfig(withUpstream("http://10.1.2.3:8000/v1"), {}, "t")).toThrow(/plaintext upstream/);
    expect(() => parseConfig(withUpstream("http://127.0.0.1:8000/v1"), {}, "t")).not.toThrow();
    expect(() => parseConfig(withUpstream("http://gpu-box.lab:8000/v1", { allowPlaintext: true }), {}, "t")).not.toThrow();
  });

  it("an HTTPS upstream is verified: its dev certificate fails with 502 WARDEN_UPSTREAM_TLS until its CA is given; no option turns verification off", async () => {
    const answer = JSON.stringify({ id: "x", object: "chat.completion", created: 1, model: "gpt-4o-mini", choices: [{ index: 0, message: { role: "assistant", content: "over tls" }, finish_reason: "stop" }] });
    const upstream = createServer({ cert: read("server.pem"), key: read("server-key.pem") }, (req, res) => {
      req.resume();
      req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(answer));
    });
    await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", r));
    const httpsUrl = `https://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    const untrusting = await startTestGateway(mockConfig(httpsUrl));
    const trusting = await startTestGateway(mockConfig(httpsUrl, { openai: { tls: { ca: join(certs, "ca.pem") } } }));
    try {
      const body = { model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] };
      const refused = await postJson(`${untrusting.url}/v1/chat/completions`, body, untrusting.key);
      expect(refused.status).toBe(502);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("WARDEN_UPSTREAM_TLS");
      const ok = await postJson(`${trusting.url}/v1/chat/completions`, body, trusting.key);
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain("over tls");
      expect(() => parseConfig({ ...mockConfig(httpsUrl, { openai: { tls: { rejectUnauthorized: false } } }), dataDir: dir }, {}, "t")).toThrow();
    } finally {
      await untrusting.close();
      await trusting.close();
      await new Promise((r) => upstream.close(r));
    }
  });

  it("mTLS required with certificate-and-key: no certificate, no handshake; a key of another tenant than the certificate's is 403 WARDEN_AUTH_CERT_MISMATCH", async () => {
    const strict = await startTestGateway({ ...mockConfig(mock.url), listen: tlsListen({ clientAuth: "required", authentication: "certificate-and-key" }) });
    try {
      const mtls = { ca: read("ca.pem"), cert: read("client.pem"), key: read("client-key.pem") };
      const make = (apiKey: string, opts: Record<string, unknown>) => clientAt(strict.url, apiKey, opts);
      const ask = (c: OpenAI) => c.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
      await expect(ask(make(strict.key, { ca: read("ca.pem") }))).rejects.toThrow(/Connection error/);
      const otherTenant = strict.gw.keys.create({ tenant: "t2", app: "a", roles: ["app"] }).key;
      await expect(ask(make(otherTenant, mtls))).rejects.toMatchObject({ status: 403, code: "WARDEN_AUTH_CERT_MISMATCH" });
      const out = await ask(make(strict.key, mtls));
      expect(out.choices[0]?.message.content).toBe("Hello from the mock");
    } finally {
      await strict.close();
    }
  });
});
