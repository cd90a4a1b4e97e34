/**
 * Tenant erasure reaches every replica at once: two gateways sharing one vault (PostgreSQL schema `hvault_<run>`, or
 * Redis prefix `hvault-<run>:`). A value tokenized on replica A is restored on replica B (B now holds the tenant's data
 * key and the mapping in its working set); the tenant is erased through A's admin API; B's very next restore of the
 * token gives the token, not the value (before the erasure notification, B kept the key it held for up to a minute).
 * A listener of the notification, as B's, notes when it arrived relative to A's answer (printed, not asserted).
 */
import { Redis } from "ioredis";
import type OpenAI from "openai";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revocationChannelName } from "../../src/authenticate/revocation-channel.js";
import { VAULT_ERASURE_CHANNEL } from "../../src/enforce/vault/vault-erasure-feed.js";
import { adminCall } from "../admin/admin-support.js";
import { chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { PG_URL, type ReplicaPair, startReplicaPair, vaultBackends } from "./vault-replicas.js";

const EMAIL = "jane.doe@acme-corp.com";
const TOKEN = /⟦EMAIL_ADDRESS_[0-9a-f]{6,16}⟧/;
const POLICY = { rules: [{ id: "tokenize-email", match: { type: "EMAIL_ADDRESS", direction: "request" }, action: "tokenize" }] };
const { run, backends, drop } = vaultBackends("hvault");
const NOTIFYING = backends.filter((b) => b.name !== "sqlite");

let mock: MockUpstream;
beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(async () => {
  await mock?.close();
  await drop();
});

/** Resolves with the time (performance.now) the next erasure notification of this run's store reaches a listener. */
async function notificationListener(name: string): Promise<{ heard: Promise<number>; close: () => Promise<void> }> {
  if (name === "postgres") {
    const c = new pg.Client(PG_URL);
    await c.connect();
    const heard = new Promise<number>((res) => c.on("notification", (m) => m.payload?.startsWith(`hvault_${run}:`) && res(performance.now())));
    await c.query(`LISTEN ${VAULT_ERASURE_CHANNEL}`);
    return { heard, close: () => c.end() };
  }
  const r = new Redis("redis://127.0.0.1:6379");
  const heard = new Promise<number>((res) => r.on("message", (_ch: string, m: string) => m.startsWith("vault:") && res(performance.now())));
  await r.subscribe(revocationChannelName(`hvault-${run}:`));
  return { heard, close: async () => void r.disconnect() };
}

describe.each(NOTIFYING)("vault erasure reaches the other replica at once: $name", (backend) => {
  let pair: ReplicaPair;
  let adminKey = "";
  beforeAll(async () => {
    pair = await startReplicaPair(mock.url, backend, POLICY, `erase-${backend.name}`);
    // the replicas share the data directory's key store: an admin key made on A works on both
    adminKey = pair.a.gw.keys.create({ tenant: "root", app: "ops", roles: ["admin"] }).key;
  });
  afterAll(async () => {
    await pair?.close();
  });

  const echo = async (via: OpenAI, token: string): Promise<string> => {
    mock.use(reply.json(chatCompletion(`Your email is ${token}.`)));
    const res = await via.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "what is my email?" }] });
    return res.choices[0]?.message.content ?? "";
  };

  it("a token made on A and restored on B is not restored on B right after the tenant is erased on A", async () => {
    mock.use(reply.json(chatCompletion("noted")));
    await pair.viaA.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `my email is ${EMAIL}` }] });
    const token = TOKEN.exec(mock.last.raw.toString("utf8"))?.[0] ?? "";
    expect(token).toMatch(TOKEN);
    // B has the tenant's key and the mapping in hand now
    expect(await echo(pair.viaB, token)).toBe(`Your email is ${EMAIL}.`);

    const listener = await notificationListener(backend.name);
    try {
      const sent = performance.now();
      const erased = await adminCall(pair.a.url, "POST", "/admin/v1/tenants/t1/vault/erase", adminKey, { confirm: true });
      const answered = performance.now();
      expect(erased.status, erased.text).toBe(200);
      expect(erased.json).toMatchObject({ erased: true, tenant: "t1", mappingsDeleted: 1 });
      // B's next call, at once: the token stays a token
      expect(await echo(pair.viaB, token)).toBe(`Your email is ${token}.`);
      const heard = await listener.heard;
      console.info(`[${backend.name}] erase request → answer ${(answered - sent).toFixed(1)} ms; notification heard ${(heard - answered).toFixed(1)} ms after the answer`);
    } finally {
      await listener.close();
    }
    // and on A, where it was erased
    expect(await echo(pair.viaA, token)).toBe(`Your email is ${token}.`);
  }, 60_000);
});
