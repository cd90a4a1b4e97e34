/**
 * Every endpoint × every action, through the gateway with a real policy: a value planted in the request reaches the
 * mock upstream only in the form the action allows, and a value the upstream emits (non-streamed and streamed, split
 * into small pieces) reaches the client only in that form. One gateway: a scope per action, chosen by model name.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACTIONS, type PolicyAction } from "../../src/decide/policy-schema.js";
import {
  anthropicEvents,
  anthropicMessage,
  chatChunks,
  chatCompletion,
  completion,
  completionChunks,
  type MockHandler,
  type MockUpstream,
  reply,
  responseEvents,
  responseObject,
  startMockUpstream,
} from "../support/mock-upstream.js";
import { mockConfig, postJson, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const EMAIL = "jane.doe@acme-corp.com";
const OUT_EMAIL = "bob.smith@example.org";

const POLICY = {
  scopes: ACTIONS.map((a) => ({ id: a, match: { model: `*-${a}` }, rules: [{ id: `email-${a}`, match: { type: "EMAIL_ADDRESS" }, action: a }] })),
};

let mock: MockUpstream;
let t: TestGateway;
beforeAll(async () => {
  mock = await startMockUpstream();
  t = await startTestGateway({ ...mockConfig(mock.url), policy: POLICY });
});
afterAll(async () => {
  await t.close();
  await mock.close();
});
beforeEach(() => mock.reset());

/** What a text carrying `value` may look like after `action`; `undefined` for block. */
function expectForm(text: string, value: string, action: PolicyAction): void {
  switch (action) {
    case "allow":
    case "monitor":
      expect(text).toContain(value);
      return;
    case "redact":
      expect(text).toContain("[EMAIL_ADDRESS]");
      break;
    case "mask":
      expect(text).toMatch(/\*{3}\.\*{3,5}@/);
      break;
    case "hash":
      expect(text).toMatch(/\[EMAIL_ADDRESS:[0-9a-f]{12}\]/);
      break;
    case "tokenize":
      expect(text).toMatch(/⟦EMAIL_ADDRESS_[0-9a-f]{6,}⟧/);
      break;
    case "block":
      break;
  }
  expect(text).not.toContain(value);
}

const plant = `Please contact ${EMAIL} soon`;
const ENDPOINTS: { name: string; path: string; body: (model: string) => Record<string, unknown>; family: "gpt" | "claude" }[] = [
  { name: "chat", path: "/v1/chat/completions", family: "gpt", body: (model) => ({ model, messages: [{ role: "system", content: plant }, { role: "user", content: [{ type: "text", text: plant }] }, { role: "tool", tool_call_id: "c", content: plant }] }) },
  { name: "completions", path: "/v1/completions", family: "gpt", body: (model) => ({ model, prompt: plant }) },
  { name: "embeddings", path: "/v1/embeddings", family: "gpt", body: (model) => ({ model, input: plant }) },
  { name: "responses", path: "/v1/responses", family: "gpt", body: (model) => ({ model, instructions: plant, input: plant }) },
  { name: "anthropic", path: "/v1/messages", family: "claude", body: (model) => ({ model, max_tokens: 5, system: plant, messages: [{ role: "user", content: [{ type: "text", text: plant }] }] }) },
  { name: "count_tokens", path: "/v1/messages/count_tokens", family: "claude", body: (model) => ({ model, messages: [{ role: "user", content: plant }] }) },
];

const CASES = ENDPOINTS.flatMap((e) => ACTIONS.map((action) => ({ ...e, action })));

describe("requests: endpoint × action", () => {
  it.each(CASES)("$name × $action", async ({ path, body, family, action }) => {
    const model = family === "gpt" ? (path === "/v1/embeddings" ? `text-embedding-x-${action}` : `gpt-x-${action}`) : `claude-x-${action}`;
    const res = await postJson(`${t.url}${path}`, body(model), t.key);
    if (action === "block") {
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).toContain("WARDEN_POLICY_BLOCKED");
      expect(text).not.toContain(EMAIL);
      expect(mock.requests).toHaveLength(0);
      return;
    }
    expect(res.status).toBe(200);
    const sent = mock.last.raw.toString("utf8");
    expectForm(sent, EMAIL, action);
  });
});

const outText = `Write to ${OUT_EMAIL} today, it is the best address.`;
const pieces = outText.match(/.{1,3}/gsu) ?? [];
const RESPONSES: { name: string; path: string; family: "gpt" | "claude"; body: (model: string, stream: boolean) => Record<string, unknown>; json: MockHandler; sse: MockHandler }[] = [
  { name: "chat", path: "/v1/chat/completions", family: "gpt", body: (model, stream) => ({ model, stream, messages: [{ role: "user", content: "hi" }] }), json: reply.json(chatCompletion(outText)), sse: reply.sse(chatChunks(pieces)) },
  { name: "completions", path: "/v1/completions", family: "gpt", body: (model, stream) => ({ model, stream, prompt: "hi" }), json: reply.json(completion(outText)), sse: reply.sse(completionChunks(pieces)) },
  { name: "responses", path: "/v1/responses", family: "gpt", body: (model, stream) => ({ model, stream, input: "hi" }), json: reply.json(responseObject(outText)), sse: reply.sse(responseEvents(pieces)) },
  { name: "anthropic", path: "/v1/messages", family: "claude", body: (model, stream) => ({ model, stream, max_tokens: 50, messages: [{ role: "user", content: "hi" }] }), json: reply.json(anthropicMessage(outText)), sse: reply.sse(anthropicEvents(pieces)) },
];

/** The text a client reads out of an SSE body: every JSON string field that carries output text. */
function streamedText(raw: string): string {
  let out = "";
  for (const line of raw.split("\n")) {
    if (!line.startsWith("data:")) continue;
    const data = line.slice(5).trim();
    if (!data.startsWith("{")) continue;
    const ev = JSON.parse(data) as Record<string, unknown>;
    const choice = (ev["choices"] as Record<string, unknown>[] | undefined)?.[0];
    const delta = choice?.["delta"] as Record<string, unknown> | undefined;
    if (typeof delta?.["content"] === "string") out += delta["content"];
    if (typeof choice?.["text"] === "string") out += choice["text"];
    if (ev["type"] === "response.output_text.delta") out += String(ev["delta"]);
    const d = ev["delta"] as Record<string, unknown> | undefined;
    if (ev["type"] === "content_block_delta" && typeof d?.["text"] === "string") out += d["text"];
  }
  return out;
}

const RCASES = RESPONSES.flatMap((e) => ACTIONS.flatMap((action) => [false, true].map((stream) => ({ ...e, action, stream }))));

describe("responses: endpoint × action × streamed/not", () => {
  it.each(RCASES)("$name × $action × stream=$stream", async ({ path, family, body, json, sse, action, stream }) => {
    mock.use(stream ? sse : json);
    const model = family === "gpt" ? `gpt-x-${action}` : `claude-x-${action}`;
    const res = await postJson(`${t.url}${path}`, body(model, stream), t.key);
    const raw = await res.text();
    if (action === "block") {
      expect(raw).toContain("WARDEN_POLICY_RESPONSE_BLOCKED");
      expect(raw).not.toContain(OUT_EMAIL);
      return;
    }
    expect(res.status).toBe(200);
    if (!stream) {
      expectForm(raw, OUT_EMAIL, action);
      return;
    }
    const text = streamedText(raw);
    expectForm(text, OUT_EMAIL, action);
    if (action !== "allow" && action !== "monitor") expect(raw).not.toContain(OUT_EMAIL);
    expect(text.startsWith("Write to ")).toBe(true);
    expect(text.endsWith(" today, it is the best address.")).toBe(true);
  });
});
