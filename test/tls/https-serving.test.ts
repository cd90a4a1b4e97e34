import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { connect, type ConnectionOptions } from "node:tls";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import pino from "pino";
import { Agent } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDevCertificates } from "../../src/cli/dev-certificates.js";
import { parseConfig } from "../../src/config/load-config.js";
import { passThroughGuard } from "../../src/enforce/guard.js";
import { startGateway } from "../../src/gateway.js";
import { MockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

/** openai v5 types `fetchOptions` with its own copy of undici's types; the Agent is the same at run time. */
type OpenAIFetchOptions = NonNullable<ConstructorParameters<typeof OpenAI>[0]>["fetchOptions"];

/** Handshake with raw TLS options; resolves to the negotiated protocol and cipher, or rejects with the TLS error. */
function handshake(port: number, opts: ConnectionOptions): Promise<{ protocol: string | null; cipher: string; peerCN: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port, servername: "localhost", ...opts }, () => {
      const out = { protocol: socket.getProtocol(), cipher: socket.getCipher().name, peerCN: socket.getPeerCertificate().subject?.CN };
      socket.end();
      resolve(out);
    });
    socket.on("error", reject);
  });
}

describe("HTTPS serving (listen.tls)", () => {
  const dir = tempDir("warden-tls-");
  const mock = new MockUpstream();
  let t: TestGateway;
  let ca: string;
  let openai: OpenAI;
  let agent: Agent;

  beforeAll(async () => {
    await mock.start();
    const certs = await createDevCertificates({ hosts: ["localhost", "127.0.0.1"] });
    ca = certs.ca.cert;
    writeFileSync(join(dir, "ca.pem"), certs.ca.cert);
    writeFileSync(join(dir, "ca-key.pem"), certs.ca.key);
    writeFileSync(join(dir, "server.pem"), certs.server.cert);
    writeFileSync(join(dir, "server-key.pem"), certs.server.key);
    const cfg = mockConfig(mock.url);
    t = await startTestGateway({ ...cfg, listen: { host: "127.0.0.1", port: 0, tls: { cert: join(dir, "server.pem"), key: join(dir, "server-key.pem") } } });
    agent = new Agent({ connect: { ca } });
    openai = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0, fetchOptions: { dispatcher: agent } as unknown as OpenAIFetchOptions });
  });
  afterAll(async () => {
    await t?.close();
    await agent?.close();
    await mock.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves the OpenAI API over HTTPS to the real openai client trusting the dev CA", async () => {
    expect(t.url.startsWith("https://127.0.0.1:")).toBe(true);
    const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hello over TLS" }] });
    expect(r.choices[0]?.message.content).toBeTypeOf("string");
    expect(mock.last.body?.["messages"]).toEqual([{ role: "user", content: "hello over TLS" }]);
  });

  it("streams over HTTPS", async () => {
    const stream = await openai.chat.completions.create({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: "stream please" }] });
    let text = "";
    let chunks = 0;
    for await (const chunk of stream) {
      chunks++;
      text += chunk.choices[0]?.delta.content ?? "";
    }
    expect(chunks).toBeGreaterThan(1);
    expect(text.length).toBeGreaterThan(0);
  });

  it("serves the Anthropic API over HTTPS to the real @anthropic-ai/sdk client, streamed", async () => {
    type AnthropicFetchOptions = NonNullable<ConstructorParameters<typeof Anthropic>[0]>["fetchOptions"];
    const anthropic = new Anthropic({ apiKey: t.key, baseURL: t.url, maxRetries: 0, fetchOptions: { dispatcher: agent } as unknown as AnthropicFetchOptions });
    const stream = anthropic.messages.stream({ model: "claude-sonnet-4-5", max_tokens: 64, messages: [{ role: "user", content: "stream over TLS" }] });
    const message = await stream.finalMessage();
    expect(message.content[0]?.type).toBe("text");
  });

  it("is refused by a client that does not trust the CA", async () => {
    const untrusting = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
    await expect(untrusting.models.list()).rejects.toThrow(/connection/i);
  });

  it("accepts TLS 1.3 and TLS 1.2 with AEAD suites only", async () => {
    const v13 = await handshake(t.gw.port, { ca });
    expect(v13.protocol).toBe("TLSv1.3");
    const v12 = await handshake(t.gw.port, { ca, maxVersion: "TLSv1.2" });
    expect(v12.protocol).toBe("TLSv1.2");
    expect(v12.cipher).toMatch(/^ECDHE-(ECDSA|RSA)-(AES(128|256)-GCM-SHA(256|384)|CHACHA20-POLY1305)$/);
  });

  it("refuses TLS 1.1 and TLS 1.0 (the server answers with a protocol_version alert)", async () => {
    // The client is made as permissive as OpenSSL allows, so the refusal comes from the server.
    for (const v of ["TLSv1.1", "TLSv1"] as const) {
      await expect(handshake(t.gw.port, { ca, minVersion: v, maxVersion: v, ciphers: "DEFAULT@SECLEVEL=0" })).rejects.toMatchObject({
        code: "ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION",
      });
    }
  });

  it("refuses TLS 1.2 clients that offer only CBC or non-forward-secret suites", async () => {
    for (const ciphers of ["ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA", "AES128-GCM-SHA256:AES256-SHA256"]) {
      await expect(handshake(t.gw.port, { ca, maxVersion: "TLSv1.2", ciphers })).rejects.toMatchObject({ code: expect.stringMatching(/HANDSHAKE_FAILURE|NO_SHARED_CIPHER/) });
    }
  });

  it("survives plaintext HTTP and garbage on the TLS port", async () => {
    const { connect: tcp } = await import("node:net");
    for (const junk of ["GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n", "\x16\x03\x01\x00\x05hello", "\x00".repeat(4096)]) {
      await new Promise<void>((resolve) => {
        const s = tcp(t.gw.port, "127.0.0.1", () => s.write(junk));
        s.on("error", () => resolve());
        s.on("close", () => resolve());
        s.setTimeout(500, () => s.destroy());
      });
    }
    expect((await handshake(t.gw.port, { ca })).protocol).toBe("TLSv1.3");
  });

  it("refuses TLS 1.2 renegotiation", async () => {
    const socket = connect({ host: "127.0.0.1", port: t.gw.port, servername: "localhost", ca, maxVersion: "TLSv1.2" });
    await new Promise((r) => socket.once("secureConnect", r));
    const result = await new Promise<Error | null>((resolve) => {
      socket.on("error", resolve);
      socket.renegotiate({}, (err) => resolve(err ?? null));
    });
    socket.destroy();
    expect(result?.message ?? "renegotiated").toMatch(/renegotiation|alert|reset|closed|NO_RENEGOTIATION/i);
  });

  it("reloads a new certificate on SIGHUP without dropping open connections; a bad one is logged and the old kept", async () => {
    // A keep-alive connection opened before the reload.
    const before = await handshake(t.gw.port, { ca });
    expect(before.peerCN).toBe("localhost");
    const held = connect({ host: "127.0.0.1", port: t.gw.port, servername: "localhost", ca });
    await new Promise((r) => held.once("secureConnect", r));

    // A new server certificate (new CN, same CA), swapped in on disk.
    const next = await createDevCertificates({ hosts: ["127.0.0.1", "localhost"], ca: { cert: ca, key: readFileSync(join(dir, "ca-key.pem"), "utf8") } });
    writeFileSync(join(dir, "server.pem"), next.server.cert);
    writeFileSync(join(dir, "server-key.pem"), next.server.key);
    process.emit("SIGHUP", "SIGHUP");
    const after = await handshake(t.gw.port, { ca });
    expect(after.peerCN).toBe("127.0.0.1");

    // The connection from before the reload still works.
    held.write("GET /healthz HTTP/1.1\r\nhost: localhost\r\n\r\n");
    const reply = await new Promise<string>((r) => held.once("data", (d: Buffer) => r(d.toString())));
    expect(reply).toMatch(/^HTTP\/1.1 200/);
    held.destroy();

    // A key that does not match the certificate: refused, the previous certificate still served.
    const other = await createDevCertificates({ hosts: ["other.example"] });
    writeFileSync(join(dir, "server-key.pem"), other.server.key);
    expect(t.gw.tls?.reload("test")).toBe(false);
    writeFileSync(join(dir, "server.pem"), "not a certificate");
    expect(t.gw.tls?.reload("test")).toBe(false);
    expect((await handshake(t.gw.port, { ca })).peerCN).toBe("127.0.0.1");
  });

  it("warns at start when the served certificate expires within 14 days, and errors when it has expired", async () => {
    const lines: { level: number; msg: string; daysLeft?: number }[] = [];
    const logger = pino({ level: "info" }, { write: (l: string) => void lines.push(JSON.parse(l) as never) });
    const soon = await createDevCertificates({ hosts: ["localhost"], days: 5 });
    const gone = await createDevCertificates({ hosts: ["localhost"], days: 1, notBefore: new Date(Date.now() - 3 * 86_400_000) });
    for (const [name, certs] of [["soon", soon], ["gone", gone]] as const) {
      writeFileSync(join(dir, `${name}.pem`), certs.server.cert);
      writeFileSync(join(dir, `${name}-key.pem`), certs.server.key);
      const dataDir = tempDir();
      const gw = await startGateway({
        config: parseConfig({ listen: { host: "127.0.0.1", port: 0, tls: { cert: join(dir, `${name}.pem`), key: join(dir, `${name}-key.pem`) } }, dataDir }, {}, "test").config,
        logger,
        guard: passThroughGuard,
      });
      await gw.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
    const tlsLines = lines.filter((l) => l.msg.startsWith("TLS certificate"));
    expect(tlsLines[0]).toMatchObject({ level: 40, daysLeft: 4 });
    expect(tlsLines[0]?.msg).toMatch(/expires in 4 day/);
    expect(tlsLines[1]).toMatchObject({ level: 50 });
    expect(tlsLines[1]?.msg).toMatch(/EXPIRED/);
  });

  it("a missing or mismatched certificate at start is a config error naming the field", async () => {
    const dataDir = tempDir();
    const start = (tls: object) =>
      startGateway({
        config: parseConfig({ listen: { host: "127.0.0.1", port: 0, tls }, dataDir }, {}, "test").config,
        logger: pino({ level: "silent" }),
        guard: passThroughGuard,
      });
    await expect(start({ cert: join(dir, "nope.pem"), key: join(dir, "server-key.pem") })).rejects.toThrow(/listen\.tls\.cert: cannot read .*nope\.pem: ENOENT/);
    await expect(start({ cert: join(dir, "ca.pem"), key: join(dir, "server-key.pem") })).rejects.toThrow(/listen\.tls: the certificate, key, CA or CRL cannot be used/);
    rmSync(dataDir, { recursive: true, force: true });
  });
});
