/**
 * Bypass hunt, broken upstreams: garbage SSE, a missing terminal event, truncated or huge events, invalid UTF-8,
 * error events carrying values, deep or duplicate-key JSON. The client gets a documented error in its API's format,
 * the gateway keeps serving, and the held-back tail of a split value never leaks.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectErrorBody, expectErrorResponse } from "../support/expect-error.js";
import { anthropicEvents, chatCompletion, reply, responseEvents, type SseOut } from "../support/mock-upstream.js";
import { postJson, readSse } from "../support/test-gateway.js";
import { type Harness, startDefaultPolicyGateway } from "./acceptance-support.js";

const AWS = "AKIAZ3MHQ7RT2XKPLW4N";
/** The first 16 characters of the key: held back while the rest may still come. */
const HEAD = "AKIAZ3MHQ7RT";
const EMAIL = "maria.gonzalez@example-corp.com";
const CHAT = "/v1/chat/completions";
const chatBody = { model: "gpt-4o-mini", stream: true, messages: [{ role: "user", content: "hi" }] };
const antBody = { model: "claude-mock-1", max_tokens: 5, stream: true, messages: [{ role: "user", content: "hi" }] };

let h: Harness;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

const chunk = (content: string) => `data: ${JSON.stringify({ id: "x", object: "chat.completion.chunk", created: 1, model: "gpt-4o-mini", choices: [{ index: 0, delta: { content }, finish_reason: null }] })}\n\n`;
const raw = (s: string | Buffer): SseOut => ({ raw: s });

/** Stream a chat call; the whole body, its events, and whether any part of the key showed. */
async function chatStream(events: SseOut[], opts: { delayMs?: number; cutAfter?: number } = {}) {
  h.mock.use(reply.sse(events, opts));
  const res = await postJson(`${h.t.url}${CHAT}`, chatBody, h.t.key);
  const text = await res.text();
  return { res, text, leaked: text.includes(HEAD) || text.includes(EMAIL) };
}

describe("broken SSE → a documented error, no leak of the held tail", () => {
  it.each([
    ["data that is not JSON", [raw(chunk(`key ${HEAD}`)), raw("data: {not json\n\n"), raw(chunk("2XKPLW4N"))], "WARDEN_UPSTREAM_BAD_RESPONSE"],
    ["truncated JSON event", [raw(chunk(`key ${HEAD}`)), raw(`${chunk("2XKPLW4N").slice(0, 50)}\n\n`), raw("data: [DONE]\n\n")], "WARDEN_UPSTREAM_BAD_RESPONSE"],
    ["no [DONE]", [raw(chunk(`key ${HEAD}`))], "WARDEN_UPSTREAM_STREAM_CUT"],
    ["invalid UTF-8 bytes", [raw(chunk(`key ${HEAD}`)), raw(Buffer.from([0x64, 0x61, 0x74, 0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a, 0x0a])), raw("data: [DONE]\n\n")], "WARDEN_UPSTREAM_BAD_RESPONSE"],
    ["duplicate keys in an event", [raw(chunk(`key ${HEAD}`)), raw('data: {"choices":[{"index":0,"delta":{"content":"x","content":"y"}}]}\n\n'), raw("data: [DONE]\n\n")], "WARDEN_UPSTREAM_BAD_RESPONSE"],
    ["an event nested 50k deep", [raw(chunk(`key ${HEAD}`)), raw(`data: {"choices":[],"x":${"[".repeat(50_000)}${"]".repeat(50_000)}}\n\n`), raw("data: [DONE]\n\n")], "WARDEN_UPSTREAM_BAD_RESPONSE"],
    ["an upstream error event echoing values", [raw(chunk(`key ${HEAD}`)), raw(`data: {"error":{"message":"failed for ${AWS} ${EMAIL}","type":"server_error"}}\n\n`)], "WARDEN_UPSTREAM_ERROR"],
  ] as const)("%s", async (_name, events, code) => {
    const { res, text, leaked } = await chatStream([...events], { delayMs: 3 });
    expect(leaked).toBe(false);
    if (res.status === 200) {
      const last = (await readSse(new Response(text))).at(-1);
      expectErrorBody(last?.json, code, "openai");
    } else {
      await expectErrorResponse(new Response(text, { status: res.status, headers: res.headers }), 502, code, "openai");
    }
  });

  it("lines without a field are ignored (SSE spec), and a key after them is still redacted", async () => {
    const { res, text } = await chatStream([raw("this is garbage\n\n"), raw(chunk(`key ${HEAD}`)), raw("::::\nnot-a-field\n\n"), raw(chunk("2XKPLW4N end")), raw("data: [DONE]\n\n")], { delayMs: 3 });
    expect(res.status).toBe(200);
    expect(text).not.toContain(HEAD);
    expect(text).toContain("[aws-access-key-id]");
  });

  it("SSE `id:` and odd `event:` lines are not relayed as written (no control reads them)", async () => {
    const { res, text } = await chatStream([raw(`id: ${AWS}\nevent: ${EMAIL}\n${chunk("ok")}`), raw("data: [DONE]\n\n")], { delayMs: 3 });
    expect(res.status).toBe(200);
    expect(text).not.toContain(HEAD);
    expect(text).not.toContain(EMAIL);
    h.mock.use(reply.sse([...anthropicEvents(["hello"]).map((e) => ("event" in e ? { ...e, event: `${e.event}` } : e))]));
    const events = await readSse(await postJson(`${h.t.url}/v1/messages`, antBody, h.t.key));
    expect(events.map((e) => e.event)).toContain("message_stop");
  });

  it("connection cut mid-value", async () => {
    const { text, leaked } = await chatStream([raw(chunk(`key ${HEAD}`)), raw(chunk("2XKP"))], { delayMs: 3, cutAfter: 2 });
    expect(leaked).toBe(false);
    expectErrorBody((await readSse(new Response(text))).at(-1)?.json, "WARDEN_UPSTREAM_STREAM_CUT", "openai");
  });

  it("a 20 MB event → 502, and the gateway still serves", async () => {
    const { res, leaked } = await chatStream([raw(chunk(`${"x".repeat(20_000_000)} ${AWS}`)), raw("data: [DONE]\n\n")]);
    expect(leaked).toBe(false);
    expect(res.status).toBe(502);
    const openai = new OpenAI({ apiKey: h.t.key, baseURL: `${h.t.url}/v1`, maxRetries: 0 });
    h.mock.reset();
    expect((await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] })).choices[0]?.message.content).toContain("Hello");
  });

  it("a multi-byte character split across reads is reassembled", async () => {
    const pre = Buffer.from(`data: {"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"caf`);
    const post = Buffer.from(`"},"finish_reason":null}]}\n\ndata: [DONE]\n\n`);
    const { res, text } = await chatStream([raw(pre), raw(Buffer.from([0xc3])), raw(Buffer.from([0xa9])), raw(post)], { delayMs: 3 });
    expect(res.status).toBe(200);
    expect(text).toContain("café");
  });

  it("Anthropic: an upstream error event is replaced by the gateway's, values not echoed", async () => {
    h.mock.use(reply.sse([...anthropicEvents([`key ${HEAD}`], { stop: false }).slice(0, 4), { event: "error", data: { type: "error", error: { type: "overloaded_error", message: `over ${AWS} ${EMAIL}` } } }], { delayMs: 3 }));
    const res = await postJson(`${h.t.url}/v1/messages`, antBody, h.t.key);
    const text = await res.text();
    expect(text).not.toContain(HEAD);
    expect(text).not.toContain(EMAIL);
    const last = (await readSse(new Response(text))).at(-1);
    expect(last?.event).toBe("error");
    expectErrorBody(last?.json, "WARDEN_UPSTREAM_ERROR", "anthropic");
  });

  it("Responses API: an upstream error event is replaced by the gateway's", async () => {
    h.mock.use(reply.sse([...responseEvents([`key ${HEAD}`]).slice(0, 5), { event: "error", data: { type: "error", code: "server_error", message: `over ${AWS}`, sequence_number: 5 } }], { delayMs: 3 }));
    const res = await postJson(`${h.t.url}/v1/responses`, { model: "gpt-4.1", stream: true, input: "hi" }, h.t.key);
    const text = await res.text();
    expect(text).not.toContain(HEAD);
    expect((await readSse(new Response(text))).at(-1)).toMatchObject({ event: "error", json: { type: "error", code: "WARDEN_UPSTREAM_ERROR" } });
  });
});

describe("broken non-streamed answers", () => {
  const call = () => postJson(`${h.t.url}${CHAT}`, { ...chatBody, stream: false }, h.t.key);
  it.each([
    ["truncated JSON", reply.bytes(Buffer.from(`{"choices":[{"message":{"content":"${AWS}`), "application/json")],
    ["invalid UTF-8", reply.bytes(Buffer.from([0x7b, 0xff, 0x7d]), "application/json")],
    ["nested 50k deep", reply.bytes(Buffer.from(`{"choices":${"[".repeat(50_000)}${"]".repeat(50_000)}}`), "application/json")],
    ["duplicate keys", reply.bytes(Buffer.from(JSON.stringify(chatCompletion("safe")).replace('"content":"safe"', `"content":"${AWS}","content":"safe"`)), "application/json")],
    ["HTML with 200", reply.bytes(Buffer.from(`<html>${AWS}</html>`), "text/html")],
  ])("%s → 502 WARDEN_UPSTREAM_BAD_RESPONSE", async (_name, handler) => {
    h.mock.use(handler);
    const res = await call();
    const body = await expectErrorResponse(res, 502, "WARDEN_UPSTREAM_BAD_RESPONSE", "openai");
    expect(JSON.stringify(body)).not.toContain(HEAD);
  });

  it("a 400 from the upstream echoing values keeps its status, not the values", async () => {
    h.mock.use(reply.error(400, { error: { message: `Invalid value ${AWS} for ${EMAIL}, card 4111 1111 1111 1111`, type: "invalid_request_error" } }));
    const body = await expectErrorResponse(await call(), 400, "WARDEN_UPSTREAM_ERROR", "openai");
    const text = JSON.stringify(body);
    expect(text).not.toContain(HEAD);
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain("4111 1111");
  });
});
