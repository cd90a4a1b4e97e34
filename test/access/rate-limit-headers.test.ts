/**
 * OpenAI's `x-ratelimit-*` response headers, read by the real `openai` client from raw responses: on JSON and
 * streamed answers and on 429s, from the tightest of the key, app and tenant limits, counted in memory and in Redis.
 */
import { randomBytes } from "node:crypto";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatReset } from "../../src/limit/rate-limit-headers.js";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const chat = () => ({ model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "hi" }] });
/** The mock upstream reports 18 tokens of usage for a chat completion. */
const USAGE = 18;
const NAMES = ["limit-requests", "remaining-requests", "reset-requests", "limit-tokens", "remaining-tokens", "reset-tokens"] as const;

/** A reset header back to ms (`250ms`, `8.64s`, `1m0s`, `1h2m3s`). */
function resetMs(text: string | null | undefined): number {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$|^(\d+)ms$/.exec(text ?? "");
  if (!m || text === "") throw new Error(`not a reset duration: ${text}`);
  if (m[4] !== undefined) return Number(m[4]);
  return Number(m[1] ?? 0) * 3_600_000 + Number(m[2] ?? 0) * 60_000 + Math.round(Number(m[3] ?? 0) * 1000);
}

const rateHeaders = (h: Headers | undefined) => Object.fromEntries(NAMES.map((n) => [n, h?.get(`x-ratelimit-${n}`) ?? null]));

describe("formatReset (OpenAI's duration style)", () => {
  it.each([
    [0, "0ms"],
    [250, "250ms"],
    [999.2, "1s"],
    [1000, "1s"],
    [8640, "8.64s"],
    [59_999, "59.999s"],
    [60_000, "1m0s"],
    [360_000, "6m0s"],
    [90_500, "1m30.5s"],
    [3_723_004, "1h2m3.004s"],
  ])("%d ms → %s", (ms, text) => {
    expect(formatReset(ms)).toBe(text);
    expect(resetMs(text)).toBe(Math.ceil(ms));
  });
});

let mock: MockUpstream;
beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(async () => {
  await mock.close();
});

describe.each([
  ["memory", {}],
  ["redis", { redis: { url: "redis://127.0.0.1:6379", keyPrefix: `warden-test-rl-${randomBytes(4).toString("hex")}:` } }],
])("x-ratelimit-* headers (%s store), through the openai client", (_store, extra) => {
  let t: TestGateway;
  let client: OpenAI;
  beforeAll(async () => {
    // The app's rpm (4) is tighter than the key's (10); the tenant's tpm (1000) tighter than the key's (5000).
    t = await startTestGateway({ ...mockConfig(mock.url), ...extra, limits: { windowMs: 60_000, key: { rpm: 10, tpm: 5_000 }, app: { rpm: 4 }, tenant: { tpm: 1_000 } } });
    client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
  });
  afterAll(() => t.close());

  it("successful calls (JSON and stream) carry the tightest limits; a refusal carries them too", async () => {
    const first = await client.chat.completions.create(chat()).withResponse();
    const h1 = rateHeaders(first.response.headers);
    expect(h1).toMatchObject({ "limit-requests": "4", "remaining-requests": "3", "reset-requests": "1m0s", "limit-tokens": "1000", "reset-tokens": "1m0s" });
    // Remaining tokens count this call's reservation (its input estimate: a few tokens for "hi").
    const estimate = 1_000 - Number(h1["remaining-tokens"]);
    expect(estimate).toBeGreaterThan(0);
    expect(estimate).toBeLessThan(20);

    const second = await client.chat.completions.create(chat()).withResponse();
    const h2 = rateHeaders(second.response.headers);
    expect(h2).toMatchObject({ "limit-requests": "4", "remaining-requests": "2", "limit-tokens": "1000" });
    // The first call was settled at its reported usage; this one holds its estimate.
    expect(Number(h2["remaining-tokens"])).toBe(1_000 - USAGE - estimate);
    // The window slides: the oldest request leaves a minute after it was admitted, a little less than a minute from now.
    expect(resetMs(h2["reset-requests"])).toBeLessThanOrEqual(60_000);
    expect(resetMs(h2["reset-requests"])).toBeGreaterThan(50_000);
    expect(resetMs(h2["reset-tokens"])).toBeLessThanOrEqual(60_000);

    const stream = await client.chat.completions.create({ ...chat(), stream: true }).withResponse();
    for await (const _ of stream.data) {
      /* drain */
    }
    expect(rateHeaders(stream.response.headers)).toMatchObject({ "limit-requests": "4", "remaining-requests": "1", "limit-tokens": "1000" });

    await client.chat.completions.create(chat());
    const err = (await client.chat.completions.create(chat()).then(
      () => undefined,
      (e: unknown) => e,
    )) as InstanceType<typeof OpenAI.RateLimitError>;
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    const h = rateHeaders(err.headers);
    expect(h).toMatchObject({ "limit-requests": "4", "remaining-requests": "0", "limit-tokens": "1000" });
    // At a refusal by requests, the reset is the retry time of that refusal.
    const body = err.error as Record<string, unknown>;
    expect(resetMs(h["reset-requests"])).toBe(body["retry_after_ms"]);
    expect(err.headers?.get("retry-after")).toBe(String(Math.ceil((body["retry_after_ms"] as number) / 1000)));
    // Nothing is reserved for a refused call: four settled calls (a stream without usage is charged its estimate).
    const used = 1_000 - Number(h["remaining-tokens"]);
    expect(used).toBeGreaterThanOrEqual(3 * USAGE);
    expect(used).toBeLessThanOrEqual(3 * USAGE + 40);
  });
});

describe.each([
  ["without limits", {}],
  ["with limits.responseHeaders: false", { limits: { key: { rpm: 1 }, responseHeaders: false } }],
])("%s", (_what, extra) => {
  it("no x-ratelimit-* headers (also on a 429)", async () => {
    const t = await startTestGateway({ ...mockConfig(mock.url), ...extra });
    try {
      const client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
      const { response } = await client.chat.completions.create(chat()).withResponse();
      const none = Object.fromEntries(NAMES.map((n) => [n, null]));
      expect(rateHeaders(response.headers)).toEqual(none);
      if ("limits" in extra) {
        const err = (await client.chat.completions.create(chat()).catch((e: unknown) => e)) as InstanceType<typeof OpenAI.RateLimitError>;
        expect(err).toBeInstanceOf(OpenAI.RateLimitError);
        expect(rateHeaders(err.headers)).toEqual(none);
        expect(err.headers?.get("retry-after")).toBeTruthy();
      }
    } finally {
      await t.close();
    }
  });
});
