import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

/**
 * `POST /v1/messages/count_tokens` under limits, through the real `@anthropic-ai/sdk` (docs/api.md, "Limits" in
 * docs/keys-and-limits.md): it is a call like `/v1/messages` for the request rate and concurrency (refused with the
 * same 429 in Anthropic's shape, nothing forwarded, the refusal recorded), but it generates nothing, so the token
 * quota neither charges nor refuses it. Each gateway uses a long window, so nothing slides out during a test.
 */
let mock: MockUpstream;
beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(async () => {
  await mock.close();
});

const MODEL = "claude-3-5-haiku-latest";
const count = (an: Anthropic) => an.messages.countTokens({ model: MODEL, messages: [{ role: "user", content: "hi" }] });
const message = (an: Anthropic) => an.messages.create({ model: MODEL, max_tokens: 5, messages: [{ role: "user", content: "hi" }] });

/** What an SDK call ended with: its status, and for an API error its headers and body. */
async function outcome(p: Promise<unknown>): Promise<{ status: number; headers?: Headers; error?: unknown }> {
  try {
    await p;
    return { status: 200 };
  } catch (e) {
    if (e instanceof Anthropic.APIError) return { status: e.status ?? -1, ...(e.headers ? { headers: e.headers as unknown as Headers } : {}), error: e.error };
    throw e;
  }
}

const headerOf = (h: Headers | undefined, name: string): string | null | undefined => (h && typeof h.get === "function" ? h.get(name) : (h as Record<string, string> | undefined)?.[name]);

describe("count_tokens at the request rate", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ ...mockConfig(mock.url), limits: { windowMs: 60_000, key: { rpm: 2 } } });
  });
  afterAll(() => t.close());

  it("is refused like /v1/messages once the rate is spent: 429 rate_limit_error with retry-after, nothing forwarded, recorded", async () => {
    mock.reset();
    const an = new Anthropic({ apiKey: t.key, baseURL: t.url, maxRetries: 0 });
    expect((await outcome(count(an))).status).toBe(200);
    expect((await outcome(message(an))).status).toBe(200);
    expect(mock.requests.map((r) => r.path)).toEqual(["/v1/messages/count_tokens", "/v1/messages"]);

    const refused = await outcome(count(an));
    expect(refused.status).toBe(429);
    expect(refused.error).toMatchObject({ type: "error", error: { type: "rate_limit_error" } });
    expect(JSON.stringify(refused.error)).toContain("WARDEN_LIMIT_RATE");
    expect(Number(headerOf(refused.headers, "retry-after"))).toBeGreaterThanOrEqual(1);
    // /v1/messages is refused the same way: one count for both.
    expect((await outcome(message(an))).status).toBe(429);
    expect(mock.requests).toHaveLength(2);

    const rows = await t.gw.audit!.backend.search({ rejected: true });
    const metas = rows.map((r) => JSON.parse(r.meta) as Record<string, unknown>);
    expect(metas.some((m) => m["errorCode"] === "WARDEN_LIMIT_RATE" && m["path"] === "/v1/messages/count_tokens")).toBe(true);
  });
});

describe.each([
  ["in memory", {}],
  // Redis at 127.0.0.1:6379 (as test/access/limits-redis.test.ts), a key prefix of this run's own.
  ["in Redis", { redis: { url: "redis://127.0.0.1:6379", keyPrefix: `warden-test:count-tokens:${process.pid}:${Date.now()}:` } }],
] as const)("count_tokens and the token quota (%s)", (_name, store) => {
  let t: TestGateway;
  beforeAll(async () => {
    // The mock reports 18 tokens (12 in, 6 out) per message: two messages overshoot a 30-token quota.
    t = await startTestGateway({ ...mockConfig(mock.url), limits: { windowMs: 60_000, key: { tpm: 30 } }, ...store });
  });
  afterAll(() => t.close());

  it("is neither charged nor refused by tokens: it still answers when /v1/messages is refused for the spent quota", async () => {
    mock.reset();
    const an = new Anthropic({ apiKey: t.key, baseURL: t.url, maxRetries: 0 });
    for (let i = 0; i < 5; i++) expect((await outcome(count(an))).status).toBe(200);
    expect((await outcome(message(an))).status).toBe(200);
    expect((await outcome(message(an))).status).toBe(200);
    const spent = await outcome(message(an));
    expect(spent.status).toBe(429);
    expect(JSON.stringify(spent.error)).toContain("WARDEN_LIMIT_TOKENS");
    // The quota is overspent (36 of 30): counting tokens still works, and forwards.
    const before = mock.requests.length;
    expect((await outcome(count(an))).status).toBe(200);
    expect(mock.requests.length).toBe(before + 1);
    expect(mock.last.path).toBe("/v1/messages/count_tokens");
  });
});

describe("count_tokens and concurrency", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ ...mockConfig(mock.url), limits: { windowMs: 60_000, key: { concurrency: 1 } } });
  });
  afterAll(() => t.close());

  it("holds a slot while in flight, like any call, and frees it when answered", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    mock.use(async (req, res) => {
      await gate;
      const text = JSON.stringify({ input_tokens: 3 });
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
      res.end(text);
      void req;
    });
    const an = new Anthropic({ apiKey: t.key, baseURL: t.url, maxRetries: 0 });
    const first = outcome(count(an));
    while (mock.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    const second = await outcome(count(an));
    expect(second.status).toBe(429);
    expect(JSON.stringify(second.error)).toContain("WARDEN_LIMIT_CONCURRENCY");
    release();
    expect((await first).status).toBe(200);
    expect((await outcome(count(an))).status).toBe(200);
    mock.reset();
  });
});
