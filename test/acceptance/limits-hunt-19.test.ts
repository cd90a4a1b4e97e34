/**
 * Acceptance hunt 19, limits and key expiry (issue 6 as docs/keys-and-limits.md promises it): a concurrency slot held
 * through Redis by one replica is free for the other as soon as the client aborts its stream there (leases on, the
 * default); token quotas shared by two replicas; and a key refused at the very millisecond it expires, although it
 * was verified (and remembered) an instant before.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatChunks, chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, postJson, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const chat = () => ({ model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "hi" }] });
let mock: MockUpstream;
let a: TestGateway;
let b: TestGateway;
let dataDir = "";

beforeAll(async () => {
  mock = await startMockUpstream();
  dataDir = tempDir("warden-limits-hunt19-");
  const raw = {
    ...mockConfig(mock.url),
    limits: { tenants: { slots: { concurrency: 1 }, slots3: { concurrency: 3 }, tokens: { tpm: 100 } } },
    redis: { url: "redis://127.0.0.1:6379", keyPrefix: `hunt19-limits-${randomBytes(4).toString("hex")}:` },
  };
  a = await startTestGateway(raw, { dataDir });
  b = await startTestGateway(raw, { dataDir });
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await mock.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A stream from the mock that sends its chunks but never ends (no `[DONE]`, the connection stays open). */
function stallingStream(): void {
  mock.use((_req, res) => {
    res.writeHead(200, { "content-type": "text/event-stream" });
    for (const c of chatChunks(["Hel", "lo"], { done: false })) if ("data" in c) res.write(`data: ${JSON.stringify(c.data)}\n\n`);
  });
}

describe("concurrency slots in Redis, streams the client abandons", () => {
  for (const [tenant, limit] of [
    ["slots", 1],
    ["slots3", 3],
  ] as const) {
    it(`tenant concurrency ${limit}: streams aborted on replica A free their slots for replica B at once`, async () => {
      const { key } = a.gw.keys.create({ tenant, app: "bot", roles: ["app"] });
      stallingStream();
      const client = new OpenAI({ apiKey: key, baseURL: `${a.url}/v1`, maxRetries: 0 });
      const ctls: AbortController[] = [];
      for (let i = 0; i < limit; i++) {
        const ctl = new AbortController();
        ctls.push(ctl);
        const stream = await client.chat.completions.create({ ...chat(), stream: true }, { signal: ctl.signal });
        const it = stream[Symbol.asyncIterator]();
        expect((await it.next()).done).toBe(false); // the stream is running
      }
      mock.use(reply.json(chatCompletion("ok")));
      const refused = await postJson(`${b.url}/v1/chat/completions`, chat(), key);
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("WARDEN_LIMIT_CONCURRENCY");
      for (const c of ctls) c.abort();
      const t0 = Date.now();
      let statuses: number[] = [];
      while (Date.now() - t0 < 3_000) {
        const rs = await Promise.all(Array.from({ length: limit }, () => postJson(`${b.url}/v1/chat/completions`, chat(), key)));
        statuses = rs.map((r) => r.status);
        await Promise.all(rs.map((r) => r.arrayBuffer()));
        if (statuses.every((s) => s === 200)) break;
        await sleep(25);
      }
      expect(statuses).toEqual(Array.from({ length: limit }, () => 200));
      // "At once": well within leaseMs (1 s), not after the slot TTL (30 s).
      expect(Date.now() - t0).toBeLessThan(800);
    });
  }
});

describe("token quota shared by two replicas", () => {
  it("usage reported on A counts on B: the call that would exceed the tenant's tpm is refused there with retry-after", async () => {
    const { key } = a.gw.keys.create({ tenant: "tokens", app: "bot", roles: ["app"] });
    mock.use((req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ...chatCompletion("ok"), usage: { prompt_tokens: 60, completion_tokens: 30, total_tokens: 90 } }));
    });
    expect((await postJson(`${a.url}/v1/chat/completions`, chat(), key)).status).toBe(200);
    // 90 of 100 used; B's call estimates more than the 10 left.
    let res = await postJson(`${b.url}/v1/chat/completions`, chat(), key);
    // B may still hold nothing for the subject: it asks Redis, which has A's usage once A settled (at most leaseMs).
    const t0 = Date.now();
    while (res.status === 200 && Date.now() - t0 < 2_500) {
      await sleep(100);
      res = await postJson(`${b.url}/v1/chat/completions`, chat(), key);
    }
    const body = (await res.json()) as { error: { code: string; limit_scope?: string } };
    expect([res.status, body.error.code, body.error.limit_scope]).toEqual([429, "WARDEN_LIMIT_TOKENS", "tenant"]);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(res.headers.get("retry-after"))).toBeLessThanOrEqual(60);
  });
});

describe("key expiry, to the millisecond", () => {
  it("a key verified an instant before its expiry is refused from its expiry on (no cached grace), with its own code", async () => {
    const expiresAt = Date.now() + 300;
    const { key } = a.gw.keys.create({ tenant: "t-expiry", app: "bot", roles: ["app"], expiresAt });
    mock.use(reply.json(chatCompletion("ok")));
    const before = await postJson(`${a.url}/v1/chat/completions`, chat(), key);
    expect(before.status).toBe(200);
    await before.arrayBuffer();
    // Wait until the expiry instant has passed (the gateway reads the same clock).
    while (Date.now() < expiresAt) await sleep(1);
    const after = await postJson(`${a.url}/v1/chat/completions`, chat(), key);
    const json = (await after.json()) as { error: { code: string; message: string } };
    expect([after.status, json.error.code]).toEqual([401, "WARDEN_AUTH_EXPIRED_KEY"]);
    expect(json.error.message).not.toContain("t-expiry");
    // B never saw the key: the same answer from the store.
    const onB = await postJson(`${b.url}/v1/chat/completions`, chat(), key);
    expect([onB.status, ((await onB.json()) as { error: { code: string } }).error.code]).toEqual([401, "WARDEN_AUTH_EXPIRED_KEY"]);
  });
});

describe.each([
  ["memory", {}],
  ["Redis, a script per call (leaseMs: 0)", { leaseMs: 0, redis: true }],
  ["Redis with leases (default)", { redis: true }],
])("retry-after is the sliding log's own answer (%s)", (_name, store) => {
  let t: TestGateway;
  beforeAll(async () => {
    const { redis, ...limitOpts } = store as { redis?: boolean; leaseMs?: number };
    t = await startTestGateway({
      ...mockConfig(mock.url),
      limits: { windowMs: 6_000, ...limitOpts, apps: { "acc/rpm": { rpm: 3 }, "acc/tpm": { tpm: 100 } } },
      ...(redis ? { redis: { url: "redis://127.0.0.1:6379", keyPrefix: `hunt19-acc-${randomBytes(4).toString("hex")}:` } } : {}),
    });
  });
  afterAll(() => t.close());

  /** One call: when it was sent and answered (the admission lies between), its status and refusal details. */
  async function timed(key: string): Promise<{ sent: number; done: number; status: number; retryAfter: number; retryMs: number; code?: string }> {
    const sent = Date.now();
    const res = await postJson(`${t.url}/v1/chat/completions`, chat(), key);
    const json = (await res.json()) as { error?: { code?: string; retry_after_ms?: number } };
    return { sent, done: Date.now(), status: res.status, retryAfter: Number(res.headers.get("retry-after")), retryMs: json.error?.retry_after_ms ?? -1, ...(json.error?.code ? { code: json.error.code } : {}) };
  }
  /** retry_after_ms must put the retry when the named admitted call leaves the window (give or take the round trips). */
  function expectRetryAt(refused: { sent: number; done: number; retryMs: number; retryAfter: number }, leaves: { sent: number; done: number }): void {
    const earliest = leaves.sent + 6_000 - refused.done;
    const latest = leaves.done + 6_000 - refused.sent;
    expect(refused.retryMs).toBeGreaterThanOrEqual(earliest - 60);
    expect(refused.retryMs).toBeLessThanOrEqual(latest + 60);
    expect(refused.retryAfter).toBe(Math.ceil(refused.retryMs / 1000));
  }

  it("rpm 3 in a 6 s window, calls 1.5 s apart: the 4th waits for the 1st to leave, the 6th for the 2nd", async () => {
    mock.use(reply.json(chatCompletion("ok")));
    const { key } = t.gw.keys.create({ tenant: "acc", app: "rpm", roles: ["app"] });
    const ok: Awaited<ReturnType<typeof timed>>[] = [];
    for (let i = 0; i < 3; i++) {
      if (i > 0) await sleep(1_500);
      ok.push(await timed(key));
    }
    expect(ok.map((c) => c.status)).toEqual([200, 200, 200]);
    const fourth = await timed(key);
    expect([fourth.status, fourth.code]).toEqual([429, "WARDEN_LIMIT_RATE"]);
    expectRetryAt(fourth, ok[0] as (typeof ok)[0]);
    await sleep(fourth.retryMs + 50);
    const fifth = await timed(key);
    expect(fifth.status).toBe(200);
    const sixth = await timed(key);
    expect([sixth.status, sixth.code]).toEqual([429, "WARDEN_LIMIT_RATE"]);
    expectRetryAt(sixth, ok[1] as (typeof ok)[0]);
  }, 30_000);

  it("tpm 100: 48 + 48 used 1.5 s apart; the next call waits for the first usage to leave, not for both", async () => {
    mock.use((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ...chatCompletion("ok"), usage: { prompt_tokens: 10, completion_tokens: 38, total_tokens: 48 } }));
    });
    const { key } = t.gw.keys.create({ tenant: "acc", app: "tpm", roles: ["app"] });
    const first = await timed(key);
    await sleep(1_500);
    const second = await timed(key);
    expect([first.status, second.status]).toEqual([200, 200]);
    let third = await timed(key);
    // With leases, the first grant may still hold unspent units for a moment; the refusal comes from the shared log.
    for (let i = 0; third.status === 200 && i < 5; i++) third = await timed(key);
    expect([third.status, third.code]).toEqual([429, "WARDEN_LIMIT_TOKENS"]);
    // Usage counts from when the call ended (its settle time).
    expect(third.retryMs).toBeLessThanOrEqual(first.done + 6_000 - third.sent + 60);
    expect(third.retryMs).toBeGreaterThanOrEqual(first.sent + 6_000 - third.done - 1_100); // leases may date usage up to leaseMs early
    expect(third.retryAfter).toBe(Math.ceil(third.retryMs / 1000));
  }, 30_000);
});
