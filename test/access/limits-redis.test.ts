/**
 * Limits and revocations shared through Redis (127.0.0.1:6379): two gateways (replicas) on one key store and one
 * Redis. Each run uses its own key prefix, so runs never see each other's counters.
 */
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import OpenAI from "openai";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqliteKeyStore } from "../../src/authenticate/sqlite-key-store.js";
import { publishRevocation } from "../../src/cli/publish-revocation.js";
import { RedisLimitStore } from "../../src/limit/redis-limit-store.js";
import { openRedis } from "../../src/redis/open-redis.js";
import { expectErrorResponse } from "../support/expect-error.js";
import { chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, postJson, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

const REDIS = "redis://127.0.0.1:6379";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const chat = () => ({ model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "hi" }] });
const prefix = () => `warden-test-${randomBytes(4).toString("hex")}:`;

let mock: MockUpstream;
beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(async () => {
  await mock.close();
});

/** Two replicas sharing a data directory (keys) and a Redis (counters, revocations). */
async function replicas(limits: Record<string, unknown>, redis: Record<string, unknown> = {}): Promise<{ a: TestGateway; b: TestGateway; dataDir: string; close(): Promise<void> }> {
  const dataDir = tempDir();
  const raw = { ...mockConfig(mock.url), limits, redis: { url: REDIS, keyPrefix: prefix(), ...redis } };
  const a = await startTestGateway(raw, { dataDir });
  const b = await startTestGateway(raw, { dataDir });
  return {
    a,
    b,
    dataDir,
    async close() {
      await Promise.all([a.close(), b.close()]);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe("two replicas sharing one Redis", () => {
  let r: Awaited<ReturnType<typeof replicas>>;
  beforeAll(async () => {
    r = await replicas({ windowMs: 4_000, key: { rpm: 4 }, app: { tpm: 200 }, tenants: { conc: { concurrency: 1 } } });
  });
  afterAll(() => r.close());

  it("request counters are shared: 4 calls spread over both pass, the 5th is refused on either, and the window slides", async () => {
    const { key } = r.a.gw.keys.create({ tenant: "t1", app: "rate", roles: ["app"] });
    const on = (g: TestGateway) => new OpenAI({ apiKey: key, baseURL: `${g.url}/v1`, maxRetries: 0 });
    const t0 = Date.now();
    await on(r.a).chat.completions.create(chat());
    const t1 = Date.now();
    await sleep(1_000);
    await on(r.b).chat.completions.create(chat());
    await on(r.a).chat.completions.create(chat());
    await on(r.b).chat.completions.create(chat());
    for (const g of [r.a, r.b]) {
      const err = await on(g)
        .chat.completions.create(chat())
        .catch((e: unknown) => e as InstanceType<typeof OpenAI.RateLimitError>);
      expect(err).toBeInstanceOf(OpenAI.RateLimitError);
      const body = (err as InstanceType<typeof OpenAI.RateLimitError>).error as Record<string, unknown>;
      expect(body).toMatchObject({ code: "WARDEN_LIMIT_RATE", limit_scope: "key" });
      // The first call (admitted between t0 and t1) leaves the window 4 s after its admission.
      const now = Date.now();
      expect(body["retry_after_ms"]).toBeGreaterThanOrEqual(t0 + 4_000 - now - 20);
      expect(body["retry_after_ms"]).toBeLessThanOrEqual(t1 + 4_000 - now + 20);
    }
    await sleep(t1 + 4_000 + 50 - Date.now());
    await on(r.b).chat.completions.create(chat());
    expect((await postJson(`${r.a.url}/v1/chat/completions`, chat(), key)).status).toBe(429);
  });

  it("token counters are shared: usage charged on one replica counts on the other", async () => {
    const { key } = r.a.gw.keys.create({ tenant: "t1", app: "tokens", roles: ["app"] });
    mock.use(reply.json({ ...chatCompletion("ok"), usage: { prompt_tokens: 50, completion_tokens: 48, total_tokens: 98 } }));
    try {
      expect((await postJson(`${r.a.url}/v1/chat/completions`, chat(), key)).status).toBe(200);
      expect((await postJson(`${r.b.url}/v1/chat/completions`, chat(), key)).status).toBe(200);
      await sleep(300); // the settle of the second call is written after its response (98 + 98 charged; 5 more do not fit)
      const body = await expectErrorResponse(await postJson(`${r.a.url}/v1/chat/completions`, chat(), key), 429, "WARDEN_LIMIT_TOKENS", "openai");
      expect(body["error"]).toMatchObject({ limit_scope: "app", limit: "tokens" });
    } finally {
      mock.reset();
    }
  });

  it("concurrency is shared: a call in flight on one replica takes the tenant's only slot on the other", async () => {
    const { key } = r.a.gw.keys.create({ tenant: "conc", app: "x", roles: ["app"] });
    let release!: () => void;
    const gate = new Promise<void>((res) => (release = res));
    mock.use(async (req, res, n) => {
      await gate;
      return reply.json(chatCompletion("done"))(req, res, n);
    });
    try {
      const running = postJson(`${r.a.url}/v1/chat/completions`, chat(), key);
      while (mock.requests.length < 1) await sleep(10);
      await expectErrorResponse(await postJson(`${r.b.url}/v1/chat/completions`, chat(), key), 429, "WARDEN_LIMIT_CONCURRENCY", "openai");
      release();
      expect((await running).status).toBe(200);
      await sleep(50);
      expect((await postJson(`${r.b.url}/v1/chat/completions`, chat(), key)).status).toBe(200);
    } finally {
      mock.reset();
    }
  });

  it("a key revoked on one replica is refused on the other at once (pub/sub), not after the one-second cache", async () => {
    const { record, key } = r.a.gw.keys.create({ tenant: "t1", app: "revoke", roles: ["app"] });
    expect((await postJson(`${r.b.url}/v1/chat/completions`, chat(), key)).status).toBe(200); // cached on b
    const warmedAt = Date.now();
    const heard = new Promise<string>((res) => r.b.gw.revocations?.once("invalidated", res));
    r.a.gw.keys.revoke(record.id);
    expect(await heard).toBe(record.id);
    await expectErrorResponse(await postJson(`${r.b.url}/v1/chat/completions`, chat(), key), 401, "WARDEN_AUTH_REVOKED_KEY", "openai");
    expect(Date.now() - warmedAt).toBeLessThan(1_000);
  });

  it("a tenant disabled on one replica is refused on the other at once too", async () => {
    r.a.gw.tenants.create({ id: "t-off" });
    const { key } = r.a.gw.keys.create({ tenant: "t-off", app: "x", roles: ["app"] });
    expect((await postJson(`${r.b.url}/v1/chat/completions`, chat(), key)).status).toBe(200); // enabled state cached on b
    const warmedAt = Date.now();
    const heard = new Promise<string>((res) => r.b.gw.revocations?.on("invalidated", (id: string) => id === "tenant:t-off" && res(id)));
    r.a.gw.tenants.update("t-off", { disabled: true });
    expect(await heard).toBe("tenant:t-off");
    await expectErrorResponse(await postJson(`${r.b.url}/v1/chat/completions`, chat(), key), 403, "WARDEN_AUTH_TENANT_DISABLED", "openai");
    expect(Date.now() - warmedAt).toBeLessThan(1_000);
  });

  it("`warden keys revoke` (another process, same data and Redis) reaches every replica at once too", async () => {
    const { record, key } = r.a.gw.keys.create({ tenant: "t1", app: "revoke-cli", roles: ["app"] });
    for (const g of [r.a, r.b]) expect((await postJson(`${g.url}/v1/chat/completions`, chat(), key)).status).toBe(200);
    const warmedAt = Date.now();
    const heard = Promise.all([r.a, r.b].map((g) => new Promise<string>((res) => g.gw.revocations?.once("invalidated", res))));
    const store = new SqliteKeyStore(r.dataDir);
    store.revoke(record.id);
    store.close();
    const file = join(r.dataDir, "cli.yaml");
    const redis = (r.a.gw as unknown as { revocations: { channel: string } }).revocations.channel.replace(/keys:revoked$/, "");
    writeFileSync(file, `dataDir: ${r.dataDir}\nredis: { url: "${REDIS}", keyPrefix: "${redis}" }\naudit: { enabled: false }\n`);
    expect(await publishRevocation(file, record.id)).toBe("published");
    expect(await heard).toEqual([record.id, record.id]);
    for (const g of [r.a, r.b]) await expectErrorResponse(await postJson(`${g.url}/v1/chat/completions`, chat(), key), 401, "WARDEN_AUTH_REVOKED_KEY", "openai");
    expect(Date.now() - warmedAt).toBeLessThan(1_000);
  });
});

describe("concurrency slots of a crashed replica", () => {
  it("are renewed while held, and free themselves after slotTtlMs once their holder stops renewing", async () => {
    const cfg = { url: REDIS, keyPrefix: prefix(), connectTimeoutMs: 2_000, commandTimeoutMs: 500 };
    const log = pino({ level: "silent" });
    const [ca, cb] = await Promise.all([openRedis(cfg, log), openRedis(cfg, log)]);
    const a = new RedisLimitStore(ca, cfg.keyPrefix, 1_000, () => undefined);
    const b = new RedisLimitStore(cb, cfg.keyPrefix, 1_000, () => undefined);
    const req = { subjects: [{ scope: "key" as const, id: "k:crash", concurrency: 1 }], tokens: 0, windowMs: 60_000 };
    try {
      expect((await a.admit(req)).ok).toBe(true);
      expect(await b.admit(req)).toMatchObject({ ok: false, kind: "concurrency" });
      await sleep(1_500); // longer than the TTL: a's heartbeat keeps the slot
      expect(await b.admit(req)).toMatchObject({ ok: false, kind: "concurrency" });
      ca.disconnect(); // "crash": no settle, nothing given back, no more heartbeats
      await a.close();
      await sleep(1_200);
      const again = await b.admit(req);
      expect(again.ok).toBe(true);
      if (again.ok) await again.lease.settle(0);
    } finally {
      await b.close();
      cb.disconnect();
    }
  });
});

describe("Redis unavailable", () => {
  function capture(): { logger: pino.Logger; lines: string[] } {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(chunk.toString());
        cb();
      },
    });
    return { logger: pino({ level: "info" }, stream), lines };
  }

  it("fails closed by default (503, distinct code), logged", async () => {
    mock.reset();
    const { logger, lines } = capture();
    const raw = { ...mockConfig(mock.url), limits: { key: { rpm: 100 } }, redis: { url: "redis://127.0.0.1:1", connectTimeoutMs: 300 } };
    const t = await startTestGateway(raw, { logger });
    try {
      await expectErrorResponse(await postJson(`${t.url}/v1/chat/completions`, chat(), t.key), 503, "WARDEN_LIMIT_UNAVAILABLE", "openai");
      expect(mock.requests).toHaveLength(0);
      expect(lines.join("")).toContain("call refused (fail-closed)");
      expect(lines.join("")).not.toContain(t.key);
    } finally {
      await t.close();
    }
  });

  it("fails open when configured (onStoreError: open), logged", async () => {
    mock.reset();
    const { logger, lines } = capture();
    const raw = { ...mockConfig(mock.url), limits: { key: { rpm: 100 }, onStoreError: "open" }, redis: { url: "redis://127.0.0.1:1", connectTimeoutMs: 300 } };
    const t = await startTestGateway(raw, { logger });
    try {
      expect((await postJson(`${t.url}/v1/chat/completions`, chat(), t.key)).status).toBe(200);
      expect(lines.join("")).toContain("call let through (onStoreError: open)");
    } finally {
      await t.close();
    }
  });
});
