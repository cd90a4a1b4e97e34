import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectErrorResponse } from "../support/expect-error.js";
import { anthropicEvents, chatChunks, chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, postJson, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const chat = (content = "hi") => ({ model: "gpt-4o-mini", messages: [{ role: "user" as const, content }] });

let mock: MockUpstream;
beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(async () => {
  await mock.close();
});
beforeEach(() => mock.reset());

async function gateway(limits: Record<string, unknown>): Promise<TestGateway> {
  return startTestGateway({ ...mockConfig(mock.url), limits });
}

function openai(t: TestGateway, key = t.key): OpenAI {
  return new OpenAI({ apiKey: key, baseURL: `${t.url}/v1`, maxRetries: 0 });
}

/** The error an SDK call failed with (it must fail). */
async function failure<E>(p: Promise<unknown>): Promise<E> {
  const r = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(r, "the call should have been refused").toBeDefined();
  return r as E;
}

describe("request rate (sliding window), through the openai client", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await gateway({ windowMs: 3_000, key: { rpm: 3 } });
  });
  afterAll(() => t.close());

  it("N calls pass, N+1 gets 429 with an accurate retry-after, and the window slides (not a fixed reset)", async () => {
    const client = openai(t);
    // The first call is admitted somewhere between t0 and t1 (this machine can be slow: bounds, not a point).
    const t0 = Date.now();
    await client.chat.completions.create(chat());
    const t1 = Date.now();
    await sleep(1_200);
    await client.chat.completions.create(chat());
    const t2 = Date.now(); // the second call was admitted before t2
    await client.chat.completions.create(chat());
    const err = await failure<InstanceType<typeof OpenAI.RateLimitError>>(client.chat.completions.create(chat()));
    const refusedAt = Date.now();
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    expect(err.status).toBe(429);
    const body = err.error as Record<string, unknown>;
    expect(body).toMatchObject({ code: "WARDEN_LIMIT_RATE", type: "rate_limit_error", limit_scope: "key", limit: "requests" });
    // The first call leaves the window 3 s after it was admitted.
    expect(body["retry_after_ms"]).toBeGreaterThanOrEqual(t0 + 3_000 - refusedAt - 50);
    expect(body["retry_after_ms"]).toBeLessThanOrEqual(t1 + 3_000 - refusedAt + 50);
    expect(err.headers?.get("retry-after")).toBe(String(Math.ceil((body["retry_after_ms"] as number) / 1000)));
    // Wait exactly as long as told (ms precision): one slot is free again, only one (the other two are still in).
    await sleep((body["retry_after_ms"] as number) + 30);
    await client.chat.completions.create(chat());
    const again = await failure<InstanceType<typeof OpenAI.RateLimitError>>(client.chat.completions.create(chat()));
    expect(again.status).toBe(429);
    // The next slot frees when the second call leaves the window (not a whole window from now: it slides).
    expect((again.error as Record<string, unknown>)["retry_after_ms"]).toBeLessThanOrEqual(t2 + 3_000 - Date.now() + 50);
  });

  it("refused calls are not counted, and other keys have their own counters", async () => {
    const other = t.gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] }).key;
    for (let i = 0; i < 3; i++) expect((await postJson(`${t.url}/v1/chat/completions`, chat(), other)).status).toBe(200);
    for (let i = 0; i < 3; i++) await expectErrorResponse(await postJson(`${t.url}/v1/chat/completions`, chat(), other), 429, "WARDEN_LIMIT_RATE", "openai");
    await sleep(3_050);
    for (let i = 0; i < 3; i++) expect((await postJson(`${t.url}/v1/chat/completions`, chat(), other)).status).toBe(200);
  });
});

describe("scopes: key overrides, per-app and per-tenant limits", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await gateway({ windowMs: 60_000, key: { rpm: 100 }, apps: { "t2/shared": { rpm: 3 } }, tenants: { t3: { rpm: 4 } } });
  });
  afterAll(() => t.close());
  const post = (key: string) => postJson(`${t.url}/v1/chat/completions`, chat(), key);

  it("a key's own limit overrides the default", async () => {
    const { key } = t.gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"], limits: { rpm: 1 } });
    expect((await post(key)).status).toBe(200);
    const body = await expectErrorResponse(await post(key), 429, "WARDEN_LIMIT_RATE", "openai");
    expect(body["error"]).toMatchObject({ limit_scope: "key" });
  });

  it("keys of one app share the app's limit", async () => {
    const a = t.gw.keys.create({ tenant: "t2", app: "shared", roles: ["app"] }).key;
    const b = t.gw.keys.create({ tenant: "t2", app: "shared", roles: ["app"] }).key;
    const c = t.gw.keys.create({ tenant: "t2", app: "other", roles: ["app"] }).key;
    expect([(await post(a)).status, (await post(b)).status, (await post(a)).status]).toEqual([200, 200, 200]);
    const body = await expectErrorResponse(await post(b), 429, "WARDEN_LIMIT_RATE", "openai");
    expect(body["error"]).toMatchObject({ limit_scope: "app" });
    expect((await post(c)).status).toBe(200);
  });

  it("apps of one tenant share the tenant's limit", async () => {
    const keys = ["x", "y", "z"].map((app) => t.gw.keys.create({ tenant: "t3", app, roles: ["app"] }).key);
    const statuses = [];
    for (const k of [...keys, keys[0] as string]) statuses.push((await post(k)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    const body = await expectErrorResponse(await post(keys[2] as string), 429, "WARDEN_LIMIT_RATE", "openai");
    expect(body["error"]).toMatchObject({ limit_scope: "tenant" });
  });
});

describe("token quotas: reserve an estimate, settle with the usage the provider reports", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await gateway({ windowMs: 60_000, key: { tpm: 100 } });
  });
  afterAll(() => t.close());

  it("non-stream usage (total_tokens) is charged; the call that would exceed the quota is refused", async () => {
    const { key } = t.gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
    const big = { ...chatCompletion("ok"), usage: { prompt_tokens: 10, completion_tokens: 38, total_tokens: 48 } };
    mock.use(reply.json(big));
    const client = openai(t, key);
    await client.chat.completions.create(chat());
    await client.chat.completions.create(chat()); // 48 + 48 = 96 charged; the next one's estimate (5) does not fit
    const err = await failure<InstanceType<typeof OpenAI.RateLimitError>>(client.chat.completions.create(chat()));
    expect(err.status).toBe(429);
    expect(err.error).toMatchObject({ code: "WARDEN_LIMIT_TOKENS", limit: "tokens" });
    expect(Number(err.headers?.get("retry-after"))).toBeGreaterThanOrEqual(59);
    expect(mock.requests).toHaveLength(2);
  });

  it("a request whose estimate alone exceeds the quota is refused without a retry-after", async () => {
    const { key } = t.gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
    const res = await postJson(`${t.url}/v1/chat/completions`, chat("x".repeat(2_000)), key);
    const body = await expectErrorResponse(res, 429, "WARDEN_LIMIT_TOKENS_TOO_LARGE", "openai");
    expect(res.headers.get("retry-after")).toBeNull();
    expect(body["error"]).not.toHaveProperty("retry_after");
  });

  it("Anthropic stream usage (message_start input + message_delta output) is charged", async () => {
    const { key } = t.gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
    // input 12 + output 40 per call: two calls fit (104 > 100 would not: the second is admitted on its estimate).
    const events = anthropicEvents(["Hello"]).map((e) =>
      "data" in e && (e.data as { type?: string }).type === "message_delta" ? { ...e, data: { ...(e.data as object), usage: { output_tokens: 40 } } } : e,
    );
    mock.use(reply.sse(events));
    const client = new Anthropic({ apiKey: key, baseURL: t.url, maxRetries: 0 });
    const run = async () => {
      const stream = await client.messages.create({ model: "claude-3-5-haiku-latest", max_tokens: 10, messages: [{ role: "user", content: "hi" }], stream: true });
      for await (const _ of stream) void _;
    };
    await run();
    await run();
    const err = await failure<InstanceType<typeof Anthropic.RateLimitError>>(run());
    expect(err).toBeInstanceOf(Anthropic.RateLimitError);
    expect(err.error).toMatchObject({ type: "error", error: { code: "WARDEN_LIMIT_TOKENS" } });
  });

  it("an OpenAI stream without include_usage is charged by its streamed text", async () => {
    const { key } = t.gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
    // 200 characters of output ≈ 50 tokens, plus the input estimate: two calls exceed 100.
    mock.use(reply.sse(chatChunks(["y".repeat(100), "z".repeat(100)])));
    const client = openai(t, key);
    const run = async () => {
      const stream = await client.chat.completions.create({ ...chat(), stream: true });
      for await (const _ of stream) void _;
    };
    await run();
    await run();
    const err = await failure<InstanceType<typeof OpenAI.RateLimitError>>(run());
    expect(err.error).toMatchObject({ code: "WARDEN_LIMIT_TOKENS" });
  });
});

describe("concurrency", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await gateway({ key: { concurrency: 2 } });
  });
  afterAll(() => t.close());

  it("a third call in flight is refused with 429; slots free when calls end", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    mock.use(async (req, res, n) => {
      await gate;
      return reply.json(chatCompletion("done"))(req, res, n);
    });
    const client = openai(t);
    const running = [client.chat.completions.create(chat()), client.chat.completions.create(chat())];
    while (mock.requests.length < 2) await sleep(10);
    const err = await failure<InstanceType<typeof OpenAI.RateLimitError>>(client.chat.completions.create(chat()));
    expect(err.status).toBe(429);
    expect(err.error).toMatchObject({ code: "WARDEN_LIMIT_CONCURRENCY", limit: "concurrency" });
    expect(err.headers?.get("retry-after")).toBe("1");
    release();
    await Promise.all(running);
    await Promise.all([client.chat.completions.create(chat()), client.chat.completions.create(chat())]);
  });

  it("a stream the client aborts frees its slot (and so does a failed upstream)", async () => {
    mock.use(reply.endless(() => ({ data: { id: "c", object: "chat.completion.chunk", created: 1, model: "gpt-4o-mini", choices: [{ index: 0, delta: { content: "tick " }, finish_reason: null }] } }), 20));
    const client = openai(t);
    /** Poll until two calls at once are admitted again (release runs when the gateway sees the client go). */
    const bothAdmitted = async (): Promise<number[]> => {
      const deadline = Date.now() + 2_000;
      let statuses: number[] = [];
      while (Date.now() < deadline) {
        statuses = await Promise.all([0, 1].map(() => postJson(`${t.url}/v1/chat/completions`, chat(), t.key).then(async (r) => (await r.text(), r.status))));
        if (statuses.every((s) => s === 200)) break;
        await sleep(25);
      }
      return statuses;
    };
    for (let round = 0; round < 3; round++) {
      mock.use(reply.endless(() => ({ data: { id: "c", object: "chat.completion.chunk", created: 1, model: "gpt-4o-mini", choices: [{ index: 0, delta: { content: "tick " }, finish_reason: null }] } }), 20));
      const controllers = [new AbortController(), new AbortController()];
      const streams = await Promise.all(controllers.map((c) => client.chat.completions.create({ ...chat(), stream: true }, { signal: c.signal })));
      // Both slots are taken while the streams run.
      const busy = await postJson(`${t.url}/v1/chat/completions`, chat(), t.key);
      expect(busy.status).toBe(429);
      await busy.text();
      for (const [i, s] of streams.entries()) {
        const it = s[Symbol.asyncIterator]();
        await it.next();
        controllers[i]?.abort();
      }
      mock.reset();
      expect(await bothAdmitted()).toEqual([200, 200]);
    }
    mock.use(reply.error(500));
    for (let i = 0; i < 3; i++) expect((await postJson(`${t.url}/v1/chat/completions`, chat(), t.key)).status).toBe(502);
    mock.reset();
    // Failed calls released their slots too.
    expect(await bothAdmitted()).toEqual([200, 200]);
  });
});

describe("token quotas when the provider reports no usage: input and output are estimated", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await gateway({ windowMs: 60_000, key: { tpm: 100_000 } });
  });
  afterAll(() => t.close());

  /** What a call charged: the tokens remaining at the admission of the same call made again, against the first's. */
  async function charged(send: (key: string) => Promise<Response>): Promise<number> {
    const { key } = t.gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
    const first = await send(key);
    expect(first.status).toBe(200);
    const second = await send(key);
    expect(second.status).toBe(200);
    // both reserve the same estimate at admission; the second also sees what the first settled at
    return Number(first.headers.get("x-ratelimit-remaining-tokens")) - Number(second.headers.get("x-ratelimit-remaining-tokens"));
  }

  it("a chat answer without usage: the input estimate plus its text's (400 characters ≈ 100 tokens)", async () => {
    const { usage: _, ...noUsage } = chatCompletion("x".repeat(400));
    mock.use(reply.json(noUsage));
    // "hi": 1 token of text + 4 of message framing = 5; the answer: 400 / 4 = 100 (was 5: the output went uncounted)
    expect(await charged((key) => postJson(`${t.url}/v1/chat/completions`, chat("hi"), key))).toBe(105);
  });

  it("with usage, the reported total is charged as before", async () => {
    mock.use(reply.json(chatCompletion("x".repeat(400)))); // usage total_tokens 18
    expect(await charged((key) => postJson(`${t.url}/v1/chat/completions`, chat("hi"), key))).toBe(18);
  });

  it("an Anthropic message without usage, and a requested max_tokens that is only a ceiling", async () => {
    mock.use(reply.json({ id: "msg_1", type: "message", role: "assistant", model: "claude-mock-1", content: [{ type: "text", text: "y".repeat(200) }], stop_reason: "end_turn", stop_sequence: null }));
    const body = { model: "claude-mock-1", max_tokens: 4000, messages: [{ role: "user", content: "hi" }] };
    // 5 + 200 / 4 = 55: neither the input alone nor the 4,000 reserved for the output
    expect(await charged((key) => postJson(`${t.url}/v1/messages`, body, key, { "anthropic-version": "2023-06-01" }))).toBe(55);
  });

  it("a demo-model stream without include_usage: the input estimate plus its streamed text, not max_tokens", async () => {
    const streamed: string[] = [];
    const send = async (key: string): Promise<Response> => {
      const res = await postJson(`${t.url}/v1/chat/completions`, { model: "demo-1", max_tokens: 4000, stream: true, messages: [{ role: "user", content: "hi" }] }, key);
      let text = "";
      for (const line of (await res.text()).split("\n")) {
        if (!line.startsWith("data: {")) continue;
        const ev = JSON.parse(line.slice(6)) as { usage?: unknown; choices: { delta: { content?: string } }[] };
        expect(ev.usage ?? null).toBeNull();
        text += ev.choices[0]?.delta.content ?? "";
      }
      streamed.push(text);
      return res;
    };
    const n = await charged(send);
    expect(streamed[0]?.length).toBeGreaterThan(0);
    expect(n).toBe(5 + Math.ceil((streamed[0] ?? "").length / 4));
  });
});
