import { rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDevCertificates, type DevCertificates } from "../../src/cli/dev-certificates.js";
import { parseConfig } from "../../src/config/load-config.js";
import { ConfigError } from "../../src/core/config-error.js";
import { passThroughGuard } from "../../src/enforce/guard.js";
import { startGateway } from "../../src/gateway.js";
import { chatCompletion } from "../support/mock-upstream.js";
import { postJson, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

/** A loopback HTTPS upstream answering chat completions; `requireClientCert` makes it an mTLS upstream. */
async function httpsUpstream(certs: DevCertificates, requireClientCert = false): Promise<{ server: Server; url: string; peers: string[] }> {
  const peers: string[] = [];
  const server = createServer(
    { cert: certs.server.cert, key: certs.server.key, ...(requireClientCert ? { ca: certs.ca.cert, requestCert: true, rejectUnauthorized: true } : {}) },
    (req, res) => {
      const peer = (req.socket as TLSSocket).getPeerCertificate();
      peers.push(String(peer.subject?.CN ?? ""));
      req.resume();
      req.on("end", () => {
        const body = JSON.stringify(chatCompletion("over verified TLS"));
        res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
        res.end(body);
      });
    },
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`, peers };
}

const chat = { model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] };

describe("upstream TLS", () => {
  const dir = tempDir("warden-up-tls-");
  let upstreamPki: DevCertificates;
  let plain: Awaited<ReturnType<typeof httpsUpstream>>;
  let mutual: Awaited<ReturnType<typeof httpsUpstream>>;
  let t: TestGateway;
  const file = (n: string) => `${dir}/${n}`;

  beforeAll(async () => {
    // The upstream's certificate names 127.0.0.1 only, so https://localhost:<port> is a name mismatch.
    upstreamPki = await createDevCertificates({ hosts: ["127.0.0.1"], clientName: "warden-gateway" });
    writeFileSync(file("upstream-ca.pem"), upstreamPki.ca.cert);
    writeFileSync(file("client.pem"), upstreamPki.client!.cert);
    writeFileSync(file("client-key.pem"), upstreamPki.client!.key);
    plain = await httpsUpstream(upstreamPki);
    mutual = await httpsUpstream(upstreamPki, true);
    const port = (s: Server) => (s.address() as AddressInfo).port;
    const provider = (baseUrl: string, tls?: object) => ({ type: "openai", baseUrl, apiKey: "sk-up", maxRetries: 0, ...(tls ? { tls } : {}) });
    t = await startTestGateway({
      listen: { host: "127.0.0.1", port: 0 },
      providers: {
        trusted: provider(`${plain.url}/v1`, { ca: file("upstream-ca.pem") }),
        untrusted: provider(`${plain.url}/v1`),
        mismatch: provider(`https://localhost:${port(plain.server)}/v1`, { ca: file("upstream-ca.pem") }),
        mtls: provider(`${mutual.url}/v1`, { ca: file("upstream-ca.pem"), cert: file("client.pem"), key: file("client-key.pem") }),
        mtlsNoCert: provider(`${mutual.url}/v1`, { ca: file("upstream-ca.pem") }),
      },
      routes: ["trusted", "untrusted", "mismatch", "mtls", "mtlsNoCert"].map((p) => ({ models: [`${p}-*`], provider: p })),
    });
  });
  afterAll(async () => {
    await t?.close();
    plain?.server.close();
    mutual?.server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a custom CA makes a private upstream's certificate trusted", async () => {
    const res = await postJson(`${t.url}/v1/chat/completions`, { ...chat, model: "trusted-1" }, t.key);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { choices: { message: { content: string } }[] }).choices[0]?.message.content).toBe("over verified TLS");
  });

  it.each([
    { provider: "untrusted", why: "no CA configured for a self-signed chain" },
    { provider: "mismatch", why: "certificate does not name the host" },
  ])("an unverifiable upstream ($why) is a mapped 502, not a crash", async ({ provider }) => {
    const res = await postJson(`${t.url}/v1/chat/completions`, { ...chat, model: `${provider}-1` }, t.key);
    expect(res.status).toBe(502);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("WARDEN_UPSTREAM_TLS");
    expect(body.error.message).not.toMatch(/127\.0\.0\.1|localhost|UNABLE|ALTNAME|self.signed/i);
    // The gateway is still serving.
    expect((await postJson(`${t.url}/v1/chat/completions`, { ...chat, model: "trusted-1" }, t.key)).status).toBe(200);
  });

  it("presents the configured client certificate to an mTLS upstream", async () => {
    const res = await postJson(`${t.url}/v1/chat/completions`, { ...chat, model: "mtls-1" }, t.key);
    expect(res.status).toBe(200);
    expect(mutual.peers.at(-1)).toBe("warden-gateway");
    const without = await postJson(`${t.url}/v1/chat/completions`, { ...chat, model: "mtlsNoCert-1" }, t.key);
    expect(without.status).toBe(502);
    // Under TLS 1.3 the upstream's "certificate required" alert comes after the handshake, as a closed socket.
    const code = ((await without.json()) as { error: { code: string } }).error.code;
    expect(code).toMatch(/^WARDEN_UPSTREAM_(TLS|UNREACHABLE)$/);
  });

  it("a missing upstream CA file stops the start with the config path", async () => {
    const dataDir = tempDir();
    const config = parseConfig({ dataDir, providers: { p: { type: "openai", baseUrl: "https://api.example.com/v1", tls: { ca: file("missing.pem") } } }, routes: [{ models: ["*"], provider: "p" }] }, {}, "t").config;
    await expect(startGateway({ config, logger: pino({ level: "silent" }), guard: passThroughGuard, port: 0 })).rejects.toThrow(/providers\.p\.tls\.ca: cannot read .*missing\.pem: ENOENT/);
    rmSync(dataDir, { recursive: true, force: true });
  });
});

describe("plaintext upstreams at config load", () => {
  const load = (baseUrl: string, extra: object = {}) =>
    parseConfig({ providers: { up: { type: "openai", baseUrl, ...extra } }, routes: [{ models: ["*"], provider: "up" }] }, {}, "test config");

  it.each(["http://api.example.com/v1", "http://10.0.0.7:8000/v1", "http://127.example.com/v1", "http://127.0.0.1.nip.io/v1", "http://app.localhost:8000/v1", "http://localhost.:8000/v1", "http://0.0.0.0:8000/v1", "http://[fe80::1]:8000/v1"])("refuses %s with the config path", (url) => {
    let err: unknown;
    try {
      load(url);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const issue = (err as ConfigError).issues.find((i) => i.path === "providers.up.baseUrl");
    expect(issue?.message).toMatch(/plaintext upstream .* refused: use https:\/\/, or set providers\.up\.allowPlaintext: true/);
  });

  it("reports it alongside other problems", () => {
    expect(() => parseConfig({ providers: { up: { type: "openai", baseUrl: "http://api.example.com" } }, routes: [{ models: ["*"], provider: "nope" }], listen: { port: -1 } }, {}, "c")).toThrow(
      /listen\.port[\s\S]*providers\.up\.baseUrl: plaintext/,
    );
  });

  it.each(["http://127.0.0.1:8000/v1", "http://127.1.2.3/v1", "http://localhost:11434/v1", "http://LOCALHOST:11434/v1", "http://[::1]:8000/v1", "http://127.1:8000/v1", "https://api.example.com/v1"])("accepts %s", (url) => {
    expect(load(url).config.providers["up"]).toMatchObject({ baseUrl: url });
  });

  it("accepts a non-loopback plaintext upstream only with allowPlaintext: true", () => {
    expect(load("http://vllm.internal:8000/v1", { allowPlaintext: true }).config.providers["up"]).toMatchObject({ allowPlaintext: true });
  });

  it("has no option to turn certificate verification off", () => {
    expect(() => load("https://api.example.com/v1", { tls: { rejectUnauthorized: false } })).toThrow(/providers\.up\.tls: Unrecognized key/);
    expect(() => load("https://api.example.com/v1", { tls: { cert: "/x.pem" } })).toThrow(/providers\.up\.tls\.cert: give both 'cert' and 'key'/);
  });
});
