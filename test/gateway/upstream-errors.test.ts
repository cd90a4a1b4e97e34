import { createServer } from "node:net";
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectErrorBody, expectErrorResponse } from "../support/expect-error.js";
import { anthropicEvents, chatChunks, type MockUpstream, reply, responseEvents, type SseOut, startMockUpstream } from "../support/mock-upstream.js";
import { ANTHROPIC_UPSTREAM_KEY, mockConfig, postJson, readSse, startTestGateway, type TestGateway, UPSTREAM_KEY } from "../support/test-gateway.js";

let mock: MockUpstream;
let t: TestGateway;
let openai: OpenAI;
let anthropic: Anthropic;

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

beforeAll(async () => {
  mock = await startMockUpstream();
  const dead = `http://127.0.0.1:${await closedPort()}`;
  const base = mockConfig(mock.url);
  const providers = base["providers"] as Record<string, unknown>;
  t = await startTestGateway({
    ...base,
    providers: {
      ...providers,
      dead: { type: "openai", baseUrl: `${dead}/v1`, apiKey: UPSTREAM_KEY, maxRetries: 1 },
      deadAnthropic: { type: "anthropic", baseUrl: dead, apiKey: ANTHROPIC_UPSTREAM_KEY, maxRetries: 0 },
      slow: { type: "openai", baseUrl: `${mock.url}/v1`, apiKey: UPSTREAM_KEY, maxRetries: 0, timeouts: { headersMs: 200 } },
      retrying: { type: "openai", baseUrl: `${mock.url}/v1`, apiKey: UPSTREAM_KEY, maxRetries: 2 },
    },
    routes: [
      { models: ["gpt-dead"], provider: "dead" },
      { models: ["claude-dead"], provider: "deadAnthropic" },
      { models: ["gpt-slow"], provider: "slow" },
      { models: ["gpt-retry"], provider: "retrying" },
      { models: ["gpt-*"], provider: "openai" },
      { models: ["claude-*"], provider: "anthropic" },
      { models: ["*"], provider: "demo" },
    ],
  });
  openai = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
  anthropic = new Anthropic({ apiKey: t.key, baseURL: t.url, maxRetries: 0 });
});

afterAll(async () => {
  await t.close();
  await mock.close();
});

beforeEach(() => mock.reset());

const chat = (model = "gpt-4o-mini", extra: Record<string, unknown> = {}) => postJson(`${t.url}/v1/chat/completions`, { model, messages: [{ role: "user", content: "hi" }], ...extra }, t.key);
const messages = (model = "claude-mock-1", extra: Record<string, unknown> = {}) =>
  postJson(`${t.url}/v1/messages`, { model, max_tokens: 10, messages: [{ role: "user", content: "hi" }], ...extra }, undefined, { "x-api-key": t.key });

const LEAK = "db-password=hunter2 at /srv/app/handler.py line 42";

describe("upstream failures become clean errors in the caller's format", () => {
  it("connection refused → 502 WARDEN_UPSTREAM_UNREACHABLE (both formats)", async () => {
    await expectErrorResponse(await chat("gpt-dead"), 502, "WARDEN_UPSTREAM_UNREACHABLE", "openai");
    await expectErrorResponse(await messages("claude-dead"), 502, "WARDEN_UPSTREAM_UNREACHABLE", "anthropic");
  });

  it("headers timeout → 504 WARDEN_UPSTREAM_TIMEOUT", async () => {
    mock.use(reply.delay(3_000, reply.json({})));
    const started = Date.now();
    await expectErrorResponse(await chat("gpt-slow"), 504, "WARDEN_UPSTREAM_TIMEOUT", "openai");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(mock.requests).toHaveLength(1);
  });

  it.each([500, 502, 503, 504])("upstream %i → 502 WARDEN_UPSTREAM_ERROR without the upstream's message", async (status) => {
    mock.use(reply.error(status, { error: { message: LEAK, type: "server_error" } }));
    const body = await expectErrorResponse(await chat(), 502, "WARDEN_UPSTREAM_ERROR", "openai");
    expect(JSON.stringify(body)).not.toContain("hunter2");
    expect(JSON.stringify(body)).not.toContain("/srv/app");
    mock.use(reply.error(status, { type: "error", error: { type: "api_error", message: LEAK } }));
    const ab = await expectErrorResponse(await messages(), 502, "WARDEN_UPSTREAM_ERROR", "anthropic");
    expect(JSON.stringify(ab)).not.toContain("hunter2");
  });

  it("upstream 500 with a non-JSON body → 502", async () => {
    mock.use(reply.bytes(Buffer.from("<html>Bad gateway at upstream</html>"), "text/html", 500));
    await expectErrorResponse(await chat(), 502, "WARDEN_UPSTREAM_ERROR", "openai");
  });

  it("upstream 400 keeps its status and a sanitised message", async () => {
    mock.use(reply.error(400, { error: { message: `'messages' is too long (auth ${UPSTREAM_KEY})`, type: "invalid_request_error", param: "messages", code: "context_length_exceeded" } }));
    const body = await expectErrorResponse(await chat(), 400, "WARDEN_UPSTREAM_ERROR", "openai");
    const message = (body["error"] as { message: string }).message;
    expect(message).toContain("'messages' is too long");
    expect(message).not.toContain(UPSTREAM_KEY);
    expect(JSON.stringify(body)).not.toContain(UPSTREAM_KEY);

    mock.use(reply.error(400, { type: "error", error: { type: "invalid_request_error", message: "max_tokens: must be at most 8192" } }));
    const ab = await expectErrorResponse(await messages(), 400, "WARDEN_UPSTREAM_ERROR", "anthropic");
    expect((ab["error"] as { message: string }).message).toContain("max_tokens: must be at most 8192");
  });

  it.each([401, 403])("upstream %i (the gateway's own credentials) → 502 generic, not the upstream's message", async (status) => {
    mock.use(reply.error(status, { error: { message: `Incorrect API key provided: ${UPSTREAM_KEY}`, type: "invalid_request_error", code: "invalid_api_key" } }));
    const body = await expectErrorResponse(await chat(), 502, "WARDEN_UPSTREAM_ERROR", "openai");
    expect(JSON.stringify(body)).not.toContain("Incorrect API key");
    expect(JSON.stringify(body)).not.toContain(UPSTREAM_KEY);
  });

  it("429 with a short retry-after is retried maxRetries times, then passed on with retry-after", async () => {
    mock.use(reply.error(429, { error: { message: "Rate limit reached", type: "requests" } }, { "retry-after": "0" }));
    const res = await chat("gpt-retry");
    expect(res.headers.get("retry-after")).toBe("0");
    await expectErrorResponse(res, 429, "WARDEN_UPSTREAM_ERROR", "openai");
    expect(mock.requests).toHaveLength(3);
  });

  it("429 with a long retry-after is not waited for: one attempt, retry-after passed on", async () => {
    mock.use(reply.error(429, { error: { message: "Rate limit reached", type: "requests" } }, { "retry-after": "30" }));
    const started = Date.now();
    const res = await chat("gpt-retry");
    expect(res.headers.get("retry-after")).toBe("30");
    await expectErrorResponse(res, 429, "WARDEN_UPSTREAM_ERROR", "openai");
    expect(mock.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("429 with maxRetries 0 is not retried", async () => {
    mock.use(reply.error(429, undefined, { "retry-after": "0" }));
    await expectErrorResponse(await chat(), 429, "WARDEN_UPSTREAM_ERROR", "openai");
    expect(mock.requests).toHaveLength(1);
  });

  it("503 then 200: retried and succeeds", async () => {
    mock.use(reply.sequence(reply.error(503, undefined, { "retry-after": "0" }), (req, res, n) => reply.json({ id: "x", object: "chat.completion", created: 1, model: "gpt-retry", choices: [{ index: 0, message: { role: "assistant", content: `attempt ${n}` }, finish_reason: "stop" }] })(req, res, n)));
    const res = await openai.chat.completions.create({ model: "gpt-retry", messages: [{ role: "user", content: "hi" }] });
    expect(res.choices[0]?.message.content).toBe("attempt 1");
    expect(mock.requests).toHaveLength(2);
    expect(mock.requests[0]?.body).toEqual(mock.requests[1]?.body);
  });

  it("a 500 is never retried (the upstream may have processed it)", async () => {
    mock.use(reply.error(500));
    await expectErrorResponse(await chat("gpt-retry"), 502, "WARDEN_UPSTREAM_ERROR", "openai");
    expect(mock.requests).toHaveLength(1);
  });

  it("a connection dropped after the whole request was read is not retried for a POST (the upstream may have run it)", async () => {
    mock.use((_req, res) => {
      res.socket?.destroy();
    });
    const body = await expectErrorResponse(await chat("gpt-retry"), 502, "WARDEN_UPSTREAM_UNREACHABLE", "openai");
    expect(JSON.stringify(body)).not.toContain("ECONNRESET");
    expect(mock.requests).toHaveLength(1);
  });

  it("invalid UTF-8 in an upstream JSON body → 502 WARDEN_UPSTREAM_BAD_RESPONSE", async () => {
    mock.use(reply.bytes(Buffer.concat([Buffer.from('{"id":"x","choices":[{"message":{"content":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}}]}')]), "application/json"));
    await expectErrorResponse(await chat(), 502, "WARDEN_UPSTREAM_BAD_RESPONSE", "openai");
  });

  it("a non-JSON 200 body → 502 WARDEN_UPSTREAM_BAD_RESPONSE", async () => {
    mock.use(reply.bytes(Buffer.from("<html>hello</html>"), "text/html"));
    await expectErrorResponse(await chat(), 502, "WARDEN_UPSTREAM_BAD_RESPONSE", "openai");
    mock.use(reply.json([1, 2, 3]));
    await expectErrorResponse(await chat(), 502, "WARDEN_UPSTREAM_BAD_RESPONSE", "openai");
  });

  it("JSON where a stream was asked for → 502", async () => {
    mock.use(reply.json({ not: "a stream" }));
    await expectErrorResponse(await chat("gpt-4o-mini", { stream: true }), 502, "WARDEN_UPSTREAM_BAD_RESPONSE", "openai");
  });
});

describe("stream failures", () => {
  const goodThenBad = (good: SseOut[], bad: SseOut): SseOut[] => [...good, bad];

  it("malformed SSE as the first event → a normal 502 response (nothing was sent yet)", async () => {
    mock.use(reply.sse([{ raw: "data: {this is not json\n\n" }]));
    await expectErrorResponse(await chat("gpt-4o-mini", { stream: true }), 502, "WARDEN_UPSTREAM_BAD_RESPONSE", "openai");
  });

  it("malformed SSE mid-stream: the OpenAI SDK raises; raw, an OpenAI error event ends the stream", async () => {
    const events = goodThenBad(chatChunks(["Hel", "lo"], { done: false }), { raw: "data: {oops not json\n\n" });
    mock.use(reply.sse(events, { delayMs: 40 }));
    const stream = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }], stream: true });
    const got: string[] = [];
    const err = await (async () => {
      for await (const c of stream) got.push(c.choices[0]?.delta.content ?? "");
    })().catch((e: unknown) => e);
    expect(got.join("")).toBe("Hello");
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as InstanceType<typeof OpenAI.APIError>).code).toBe("WARDEN_UPSTREAM_BAD_RESPONSE");

    const res = await chat("gpt-4o-mini", { stream: true });
    expect(res.status).toBe(200);
    const raw = await readSse(res);
    const last = raw.at(-1);
    expectErrorBody(last?.json, "WARDEN_UPSTREAM_BAD_RESPONSE", "openai");
    expect(raw.some((e) => e.data === "[DONE]")).toBe(false);
  });

  it("stream cut before [DONE]: the OpenAI SDK raises WARDEN_UPSTREAM_STREAM_CUT", async () => {
    mock.use(reply.sse(chatChunks(["one", " two", " three"]), { delayMs: 20, cutAfter: 3 }));
    const stream = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }], stream: true });
    const err = await (async () => {
      for await (const _ of stream) {
        /* drain */
      }
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as InstanceType<typeof OpenAI.APIError>).code).toBe("WARDEN_UPSTREAM_STREAM_CUT");

    const raw = await readSse(await chat("gpt-4o-mini", { stream: true }));
    expect(raw[0]?.json).toMatchObject({ object: "chat.completion.chunk" });
    expectErrorBody(raw.at(-1)?.json, "WARDEN_UPSTREAM_STREAM_CUT", "openai");
    expect(raw.some((e) => e.data === "[DONE]")).toBe(false);
  });

  it("stream that ends cleanly but without its terminal event is a cut too (raw)", async () => {
    mock.use(reply.sse(chatChunks(["a", "b"], { done: false }), { delayMs: 10 }));
    const raw = await readSse(await chat("gpt-4o-mini", { stream: true }));
    expectErrorBody(raw.at(-1)?.json, "WARDEN_UPSTREAM_STREAM_CUT", "openai");
  });

  it("Anthropic stream cut before message_stop: the SDK raises; raw, an `event: error` ends the stream", async () => {
    mock.use(reply.sse(anthropicEvents(["Hello", " there", " friend"]), { delayMs: 20, cutAfter: 5 }));
    const stream = await anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, messages: [{ role: "user", content: "hi" }], stream: true });
    const err = await (async () => {
      for await (const _ of stream) {
        /* drain */
      }
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.APIError);
    expect(JSON.stringify((err as InstanceType<typeof Anthropic.APIError>).error)).toContain("WARDEN_UPSTREAM_STREAM_CUT");

    const raw = await readSse(await messages("claude-mock-1", { stream: true }));
    const last = raw.at(-1);
    expect(last?.event).toBe("error");
    expectErrorBody(last?.json, "WARDEN_UPSTREAM_STREAM_CUT", "anthropic");
    expect(raw.some((e) => e.event === "message_stop")).toBe(false);
  });

  it("Anthropic malformed SSE mid-stream → `event: error` with WARDEN_UPSTREAM_BAD_RESPONSE", async () => {
    mock.use(reply.sse(goodThenBad(anthropicEvents(["Hi"]).slice(0, 3), { raw: "event: content_block_delta\ndata: {{{\n\n" }), { delayMs: 30 }));
    const raw = await readSse(await messages("claude-mock-1", { stream: true }));
    expect(raw[0]?.event).toBe("message_start");
    expect(raw.at(-1)?.event).toBe("error");
    expectErrorBody(raw.at(-1)?.json, "WARDEN_UPSTREAM_BAD_RESPONSE", "anthropic");
  });

  it("Responses stream cut before response.completed → a Responses `error` event", async () => {
    mock.use(reply.sse(responseEvents(["Mock", " response"], { cutBeforeCompleted: true }), { delayMs: 10 }));
    const res = await postJson(`${t.url}/v1/responses`, { model: "gpt-4.1", input: "hi", stream: true }, t.key);
    const raw = await readSse(res);
    const last = raw.at(-1);
    expect(last?.event).toBe("error");
    expect(last?.json).toMatchObject({ type: "error", code: "WARDEN_UPSTREAM_STREAM_CUT", message: expect.any(String) });
  });

  it("invalid UTF-8 mid-stream → error event with WARDEN_UPSTREAM_BAD_RESPONSE", async () => {
    const bad = Buffer.concat([Buffer.from('data: {"id":"x","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}}]}\n\n')]);
    mock.use(reply.sse([...chatChunks(["ok"], { done: false }).slice(0, 2), { raw: bad }], { delayMs: 30 }));
    const raw = await readSse(await chat("gpt-4o-mini", { stream: true }));
    expect(raw[0]?.json).toMatchObject({ object: "chat.completion.chunk" });
    expectErrorBody(raw.at(-1)?.json, "WARDEN_UPSTREAM_BAD_RESPONSE", "openai");
  });

  it("client disconnect mid-stream cancels the upstream request", async () => {
    mock.use(reply.endless((i) => ({ data: { id: "c", object: "chat.completion.chunk", created: 1, model: "gpt-4o-mini", choices: [{ index: 0, delta: { content: `t${i} ` }, finish_reason: null }] } }), 15));
    const ac = new AbortController();
    const res = await fetch(`${t.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${t.key}` },
      body: JSON.stringify({ model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: "go on forever" }] }),
      signal: ac.signal,
    });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain("t0");
    ac.abort();
    await reader.cancel().catch(() => undefined);
    const closed = await Promise.race([mock.last.closed, new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 3_000))]);
    expect(closed).toEqual({ finished: false });
  });

  it("client disconnect while waiting for upstream headers cancels the upstream request", async () => {
    mock.use(reply.delay(5_000, reply.json({})));
    const ac = new AbortController();
    const pending = chatWithSignal(ac.signal).catch((e: unknown) => e);
    await waitFor(() => mock.requests.length === 1);
    ac.abort();
    await pending;
    const closed = await Promise.race([mock.last.closed, new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 3_000))]);
    expect(closed).toEqual({ finished: false });
  });
});

function chatWithSignal(signal: AbortSignal): Promise<Response> {
  return fetch(`${t.url}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${t.key}` },
    body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "wait" }] }),
    signal,
  });
}

async function waitFor(cond: () => boolean, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("after every failure above", () => {
  it("the gateway still works (it never crashed)", async () => {
    const res = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "alive?" }] });
    expect(res.choices[0]?.message.content).toBe("Hello from the mock");
    const msg = await anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, messages: [{ role: "user", content: "alive?" }] });
    expect(msg.content[0]).toEqual({ type: "text", text: "Hello from Claude mock" });
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});
