/**
 * A shared vault store lost while the gateway runs (a TCP relay in front of the real Redis / PostgreSQL is cut):
 * calls that worked are refused with WARDEN_VAULT_UNAVAILABLE, nothing reaches the upstream; once the relay is
 * back, calls work again and the mappings made before are still restored.
 */
import { randomBytes } from "node:crypto";
import { createServer, type Server, type Socket, connect } from "node:net";
import { rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, postJson, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

const EMAIL = "jane.doe@acme-corp.com";
const run = randomBytes(4).toString("hex");

/** A TCP relay to `port` on the loopback that can be cut (every connection destroyed, new ones refused) and restored. */
class Relay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;
  constructor(private readonly target: number) {}
  async start(port = 0): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target, "127.0.0.1");
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    this.server = server;
    await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
    this.port = (server.address() as AddressInfo).port;
  }
  async cut(): Promise<void> {
    const server = this.server;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  }
}

const STORES = [
  { name: "redis", target: 6379, patch: (port: number) => ({ redis: { url: `redis://127.0.0.1:${port}`, keyPrefix: `wtest-lost-${run}:`, connectTimeoutMs: 300, commandTimeoutMs: 300 }, vault: { backend: "redis" } }) },
  { name: "postgres", target: 5432, patch: (port: number) => ({ store: { type: "postgres", url: `postgres://postgres@127.0.0.1:${port}/test`, schema: `wvault_lost_${run}` }, vault: { backend: "sql" } }) },
] as const;

let mock: MockUpstream;
let dir: string;
beforeAll(async () => {
  mock = await startMockUpstream();
  dir = tempDir("warden-vault-lost-");
});
afterAll(async () => {
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
  const { default: pg } = await import("pg");
  const c = new pg.Client("postgres://postgres@127.0.0.1:5432/test");
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS wvault_lost_${run} CASCADE`);
  await c.end();
  const { Redis } = await import("ioredis");
  const r = new Redis("redis://127.0.0.1:6379");
  const keys = await r.keys(`wtest-lost-${run}:*`);
  if (keys.length > 0) await r.del(...keys);
  await r.quit();
});

describe.each(STORES)("vault store lost mid-life: $name", ({ name, target, patch }) => {
  const relay = new Relay(target);
  let gw: TestGateway;
  beforeAll(async () => {
    await relay.start();
    const keyFile = join(dir, `${name}.key`);
    writeFileSync(keyFile, randomBytes(32).toString("hex"));
    const p = patch(relay.port);
    gw = await startTestGateway({
      ...mockConfig(mock.url),
      ...p,
      vault: { ...p.vault, key: { file: keyFile } },
      audit: { enabled: false },
      policy: { rules: [{ id: "tokenize-email", match: { type: "EMAIL_ADDRESS", direction: "request" }, action: "tokenize" }] },
    });
  });
  afterAll(async () => {
    await gw?.close();
    await relay.cut();
  });

  it("works, is refused while the store is gone, works again when it is back", async () => {
    const send = (content: string) => postJson(`${gw.url}/v1/chat/completions`, { model: "gpt-4o-mini", messages: [{ role: "user", content }] }, gw.key, { "x-warden-conversation": "lost" });
    mock.use(reply.json(chatCompletion("ok")));
    expect((await send(`mail ${EMAIL}`)).status).toBe(200);
    const token = mock.last.raw.toString("utf8").match(/⟦EMAIL_ADDRESS_[0-9a-f]+⟧/)?.[0] ?? "missing";

    await relay.cut();
    mock.use(reply.json(chatCompletion("ok")));
    const refused = await send(`again ${EMAIL}`);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("WARDEN_VAULT_UNAVAILABLE");
    expect(mock.requests).toHaveLength(0);

    await relay.start(relay.port);
    mock.use(reply.json(chatCompletion(`it is ${token}`)));
    let back: Response | undefined;
    // The client reconnects on its own schedule (backoff): retry for a few seconds.
    for (let i = 0; i < 30 && back?.status !== 200; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 200));
      back = await send("what is it?");
    }
    expect(back?.status).toBe(200);
    expect(((await back?.json()) as { choices: { message: { content: string } }[] }).choices[0]?.message.content).toBe(`it is ${EMAIL}`);
  });
});
