/**
 * `keys.policyMaxStaleSeconds` end to end in one gateway: admin-API policies in PostgreSQL (`keys.store: postgres`),
 * reached through a TCP relay the test cuts, with the keys' own bound off (`keys.maxStaleSeconds: 0`) so only the policy
 * store can refuse. Within the bound the gateway serves; past it every model call is answered 503
 * `WARDEN_POLICY_STORE_STALE`; once the relay is back the policies are reloaded and calls are served again. Schema
 * `hvault_policy_stale_<run>`.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CuttableRelay, startCuttableRelay } from "../support/cuttable-relay.js";
import { mockConfig, postJson, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `hvault_policy_stale_${randomBytes(4).toString("hex")}`;
let relay: CuttableRelay;
let gw: TestGateway;

beforeAll(async () => {
  relay = await startCuttableRelay(PG_URL);
  gw = await startTestGateway({
    ...mockConfig("http://127.0.0.1:9"),
    keys: { store: "postgres", maxStaleSeconds: 0, policyMaxStaleSeconds: 1, refreshMs: 3_600_000 },
    store: { type: "postgres", url: relay.url, schema },
    audit: { enabled: false },
    policy: { rules: [] },
  });
}, 30_000);

afterAll(async () => {
  relay?.restore();
  await gw?.close();
  await relay?.close();
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
    relay.cut();
    expect((await call()).status).toBe(200); // within the bound: the policies in memory
    await expect.poll(async () => (await call()).code, { timeout: 4_000, interval: 50 }).toBe("WARDEN_POLICY_STORE_STALE");
    expect((await call()).status).toBe(503);
    relay.restore();
    await expect.poll(async () => (await call()).status, { timeout: 10_000, interval: 50 }).toBe(200);
  }, 30_000);
});
