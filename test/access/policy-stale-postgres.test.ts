/**
 * `keys.policyMaxStaleSeconds` end to end in one gateway: admin-API policies in PostgreSQL (`keys.store: postgres`),
 * reached through a TCP relay the test cuts, with the keys' own bound off (`keys.maxStaleSeconds: 0`) so only the policy
 * store can refuse. Within the bound the gateway serves; past it every model call is answered 503
 * `WARDEN_POLICY_STORE_STALE`; once the relay is back the policies are reloaded and calls are served again. Schema
 * `hvault_policy_stale_<run>`.
 */
import { randomBytes } from "node:crypto";
import { connect, createServer, type Socket } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockConfig, postJson, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const target = new URL(PG_URL);
const schema = `hvault_policy_stale_${randomBytes(4).toString("hex")}`;
const sockets = new Set<Socket>();
let up = true;
const relay = createServer((client) => {
  if (!up) return void client.destroy();
  const upstream = connect(Number(target.port || 5432), target.hostname);
  sockets.add(client);
  sockets.add(upstream);
  const drop = () => {
    client.destroy();
    upstream.destroy();
    sockets.delete(client);
    sockets.delete(upstream);
  };
  client.on("error", drop).on("close", drop);
  upstream.on("error", drop).on("close", drop);
  client.pipe(upstream).pipe(client);
});
let gw: TestGateway;

beforeAll(async () => {
  await new Promise<void>((r) => relay.listen(0, "127.0.0.1", r));
  const viaRelay = new URL(PG_URL);
  viaRelay.hostname = "127.0.0.1";
  viaRelay.port = String((relay.address() as { port: number }).port);
  gw = await startTestGateway({
    ...mockConfig("http://127.0.0.1:9"),
    keys: { store: "postgres", maxStaleSeconds: 0, policyMaxStaleSeconds: 1, refreshMs: 3_600_000 },
    store: { type: "postgres", url: viaRelay.toString(), schema },
    audit: { enabled: false },
    policy: { rules: [] },
  });
}, 30_000);

afterAll(async () => {
  up = true;
  await gw?.close();
  for (const s of sockets) s.destroy();
  await new Promise<void>((r) => relay.close(() => r()));
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
});

async function call(): Promise<{ status: number; code: unknown }> {
  const res = await postJson(`${gw.url}/v1/chat/completions`, { model: "demo-1", messages: [{ role: "user", content: "hi" }] }, gw.key);
  const body = (await res.json()) as { error?: { code?: unknown } };
  return { status: res.status, code: body.error?.code };
}

describe("keys.policyMaxStaleSeconds on a gateway over PostgreSQL", () => {
  it("serves within the bound, refuses every model call with 503 WARDEN_POLICY_STORE_STALE past it, and serves again once the policies are reloaded", async () => {
    await gw.gw.keys.flush();
    await expect.poll(async () => (await call()).status, { timeout: 3_000, interval: 20 }).toBe(200);
    up = false;
    for (const s of sockets) s.destroy();
    expect((await call()).status).toBe(200); // within the bound: the policies in memory
    await expect.poll(async () => (await call()).code, { timeout: 4_000, interval: 50 }).toBe("WARDEN_POLICY_STORE_STALE");
    expect((await call()).status).toBe(503);
    up = true;
    await expect.poll(async () => (await call()).status, { timeout: 10_000, interval: 50 }).toBe(200);
  }, 30_000);
});
