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
