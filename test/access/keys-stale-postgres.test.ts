/**
 * Issue 6, end to end in one gateway: `keys.store: postgres` with `keys.maxStaleSeconds: 1`. The gateway reaches
 * PostgreSQL through a TCP relay the test cuts; a second store, connected directly, revokes a key meanwhile. Within
 * the bound the gateway serves from memory; past it, every API-key call is answered 503 `WARDEN_AUTH_STORE_STALE`;
 * when the relay is restored, the gateway reconnects, reloads, and refuses the revoked key as revoked. The audit log
 * is off here so that only the key store depends on the cut link.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostgresKeyStore } from "../../src/authenticate/postgres-key-store.js";
import { type CuttableRelay, startCuttableRelay } from "../support/cuttable-relay.js";
import { mockConfig, postJson, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const PG_URL = process.env["WARDEN_TEST_PG_URL"] ?? "postgres://postgres@127.0.0.1:5432/test";
const schema = `keys_stale_gw_${randomBytes(4).toString("hex")}`;
let relay: CuttableRelay;
let gw: TestGateway;
let writer: PostgresKeyStore;

beforeAll(async () => {
  relay = await startCuttableRelay(PG_URL);
  gw = await startTestGateway({
    ...mockConfig("http://127.0.0.1:9"),
    keys: { store: "postgres", maxStaleSeconds: 1, refreshMs: 3_600_000 },
    store: { type: "postgres", url: relay.url, schema },
    audit: { enabled: false },
  });
  writer = await PostgresKeyStore.open({ url: PG_URL, schema, onError: () => undefined });
}, 30_000);

afterAll(async () => {
  relay?.restore();
  await gw?.close();
  await writer?.close();
  await relay?.close();
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await c.end();
});

async function call(key: string): Promise<{ status: number; code: unknown }> {
  const res = await postJson(`${gw.url}/v1/chat/completions`, { model: "demo-1", messages: [{ role: "user", content: "hi" }] }, key);
  const body = (await res.json()) as { error?: { code?: unknown } };
  return { status: res.status, code: body.error?.code };
}

describe("keys.maxStaleSeconds on a gateway over PostgreSQL", () => {
  it("serves from memory within the bound, refuses every key with 503 WARDEN_AUTH_STORE_STALE past it, and after reconnecting refuses the key revoked meanwhile as revoked", async () => {
    const kept = writer.create({ tenant: "t1", app: "a", roles: ["app"] });
    const doomed = writer.create({ tenant: "t1", app: "b", roles: ["app"] });
    await writer.flush();
    await expect.poll(async () => (await call(kept.key)).status, { timeout: 3_000, interval: 20 }).toBe(200);
    expect((await call(doomed.key)).status).toBe(200);

    relay.cut();
    writer.revoke(doomed.record.id);
    await writer.flush();
    const stale = await call(kept.key);
    expect(stale.status).toBe(200); // within the bound
    await expect.poll(async () => (await call(doomed.key)).code, { timeout: 4_000, interval: 50 }).toBe("WARDEN_AUTH_STORE_STALE");
    expect(await call(kept.key)).toEqual({ status: 503, code: "WARDEN_AUTH_STORE_STALE" });
    expect((await call("")).code).toBe("WARDEN_AUTH_MISSING_KEY");

    relay.restore();
    await expect.poll(async () => (await call(kept.key)).status, { timeout: 10_000, interval: 50 }).toBe(200);
    expect(await call(doomed.key)).toEqual({ status: 401, code: "WARDEN_AUTH_REVOKED_KEY" });
  }, 30_000);
});
