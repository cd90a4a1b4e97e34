/**
 * Bypass hunt, HTTP framing: bodies the gateway might read differently from the upstream (compressed, another
 * charset or content type) and upstream answers in a shape the call did not ask for (SSE to a plain call, JSON to a
 * stream, compressed bodies). Each is refused with a documented code and nothing unscanned passes either way.
 */
import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectErrorResponse } from "../support/expect-error.js";
import { chatChunks, chatCompletion, type MockHandler, reply } from "../support/mock-upstream.js";
import { type Harness, startDefaultPolicyGateway, upstreamText } from "./acceptance-support.js";

const AWS = "AKIAZ3MHQ7RT2XKPLW4N";
const CHAT = "/v1/chat/completions";
const BODY = JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `key ${AWS}` }] });
let h: Harness;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

const send = (body: string | Buffer, headers: Record<string, string>, stream = false) =>
  fetch(`${h.t.url}${CHAT}`, { method: "POST", headers: { authorization: `Bearer ${h.t.key}`, ...headers }, body: stream ? BODY.replace('{"model"', '{"stream":true,"model"') : body });

describe("request bodies read one way here and another way upstream", () => {
  it.each([
    ["gzip", gzipSync(BODY)],
    ["deflate", deflateSync(BODY)],
    ["br", brotliCompressSync(BODY)],
  ])("a %s-encoded body is refused, never relayed compressed", async (encoding, body) => {
    const res = await send(body, { "content-type": "application/json", "content-encoding": encoding });
    // refused as not readable JSON: 415 since compressed bodies are refused by name (before: 400 invalid UTF-8)
    expect(res.status).toBe(415);
    await res.text();
    expect(h.mock.requests).toHaveLength(0);
  });

  it.each([
    ["text/plain", 415],
    ["application/x-www-form-urlencoded", 415],
    ["multipart/form-data; boundary=x", 415],
  ])("content type %s → %i, nothing sent", async (type, status) => {
    const res = await send(BODY, { "content-type": type });
    expect(res.status).toBe(status);
    await res.text();
    expect(h.mock.requests).toHaveLength(0);
  });

  it("a UTF-16 body declared as JSON is refused as invalid UTF-8", async () => {
    const res = await send(Buffer.from(`\ufeff${BODY}`, "utf16le"), { "content-type": "application/json; charset=utf-16" });
    await expectErrorResponse(res, 400, "WARDEN_REQUEST_INVALID_UTF8", "openai");
    expect(h.mock.requests).toHaveLength(0);
  });

  it("a UTF-8 byte-order mark is tolerated and the key still redacted", async () => {
    const res = await send(`\ufeff${BODY}`, { "content-type": "application/json" });
    await res.text();
    expect(upstreamText(h.mock)).not.toContain(AWS);
  });
});

describe("upstream answers in a shape the call did not ask for", () => {
  const sse = chatChunks([`key ${AWS} end`])
    .map((e) => `data: ${"data" in e ? (typeof e.data === "string" ? e.data : JSON.stringify(e.data)) : ""}\n\n`)
    .join("");
  const encoded = (encoding: string, data: Buffer, type: string): MockHandler => (_req, res) => {
    res.writeHead(200, { "content-type": type, "content-encoding": encoding, "content-length": data.length });
    res.end(data);
  };
  it.each([
    ["an event stream to a plain call", reply.bytes(Buffer.from(sse), "text/event-stream"), false],
    ["a JSON body to a streamed call", reply.json(chatCompletion(`key ${AWS}`)), true],
    ["a gzip JSON body", encoded("gzip", gzipSync(JSON.stringify(chatCompletion(`key ${AWS}`))), "application/json"), false],
    ["a gzip event stream", encoded("gzip", gzipSync(sse), "text/event-stream"), true],
    ["a brotli JSON body", encoded("br", brotliCompressSync(JSON.stringify(chatCompletion(`key ${AWS}`))), "application/json"), false],
  ] as const)("%s → 502 WARDEN_UPSTREAM_BAD_RESPONSE, the key never relayed", async (_name, handler, stream) => {
    h.mock.use(handler);
    const res = await send(BODY, { "content-type": "application/json" }, stream);
    const body = await expectErrorResponse(res, 502, "WARDEN_UPSTREAM_BAD_RESPONSE", "openai");
    expect(JSON.stringify(body)).not.toContain(AWS);
  });
});
