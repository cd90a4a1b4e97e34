import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import pino, { type Logger } from "pino";
import { Agent, request } from "undici";
import { createDevCertificates, type PemPair } from "../../src/cli/dev-certificates.js";

/** Dev PKI for the TLS tests: a trusted CA with a server and two client certificates, and an untrusted CA's client. */
export interface TlsFixture {
  dir: string;
  ca: PemPair;
  server: PemPair;
  /** CN=app-1, URI spiffe://warden.dev/client/app-1, signed by `ca`. */
  client: PemPair;
  /** CN=other, signed by `ca`, mapped to nothing. */
  unmapped: PemPair;
  /** CN=app-1, but signed by a CA nobody trusts. */
  intruder: PemPair;
  /** CN=app-1, signed by `ca`, expired a month ago. */
  expired: PemPair;
  file(name: string): string;
}

export async function makeTlsFixture(dir: string): Promise<TlsFixture> {
  const main = await createDevCertificates({ hosts: ["localhost", "127.0.0.1"], clientName: "app-1" });
  const other = await createDevCertificates({ hosts: ["localhost"], ca: main.ca, clientName: "other" });
  const rogue = await createDevCertificates({ hosts: ["localhost"], clientName: "app-1" });
  const old = await createDevCertificates({ hosts: ["localhost"], ca: main.ca, clientName: "app-1", notBefore: new Date(Date.now() - 60 * 86_400_000), days: 30 });
  const files: Record<string, string> = {
    "ca.pem": main.ca.cert,
    "server.pem": main.server.cert,
    "server-key.pem": main.server.key,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, ca: main.ca, server: main.server, client: main.client!, unmapped: other.client!, intruder: rogue.client!, expired: old.client!, file: (n) => join(dir, n) };
}

/** A raw HTTPS call (undici) with an optional client certificate and API key; resolves to status and JSON body. */
export async function httpsCall(
  url: string,
  opts: { ca: string; clientCert?: PemPair; apiKey?: string; body?: unknown; method?: "GET" | "POST" },
): Promise<{ status: number; body: { error?: { code?: string; message?: string } } & Record<string, unknown> }> {
  const agent = new Agent({ connect: { ca: opts.ca, ...(opts.clientCert ? { cert: opts.clientCert.cert, key: opts.clientCert.key } : {}) } });
  try {
    const res = await request(url, {
      method: opts.method ?? "POST",
      dispatcher: agent,
      headers: { "content-type": "application/json", ...(opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}) },
      ...(opts.method === "GET" ? {} : { body: JSON.stringify(opts.body ?? { model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }) }),
    });
    const text = await res.body.text();
    return { status: res.statusCode, body: text ? (JSON.parse(text) as never) : ({} as never) };
  } finally {
    await agent.close();
  }
}

/** A logger whose request lines are kept (to see which principal a call ran as). */
export function capturingLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split("\n")) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: "info" }, sink), lines };
}
