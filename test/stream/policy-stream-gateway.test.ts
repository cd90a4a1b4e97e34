/**
 * The stream enforcer under the real policy guard, end to end: client → Warden (configured policy) → demo provider,
 * which streams `repeat after me: ...` back 4 characters a token, one event a batch, so every value is split
 * across events. The streamed text must equal what the same call gets non-streamed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockConfig, postJson, readSse, startTestGateway, type TestGateway } from "../support/test-gateway.js";
import { FORMATS, type StreamFormat } from "./stream-formats.js";

const AWS = "AKIAZ3MHQ7RT2XKPLW4N";
const EMAIL = "jane.doe@acme-corp.com";
const CARD = "4111 1111 1111 1111";

const POLICY = {
  rules: [
    { id: "tokenize-email-in", match: { type: "EMAIL_ADDRESS", direction: "request" }, action: "tokenize" },
    { id: "tokenize-address-in", match: { type: "ADDRESS", direction: "request" }, action: "tokenize" },
    { id: "redact-secrets-out", match: { category: "secret", direction: "response" }, action: "redact" },
    { id: "block-cards-out", match: { type: "CREDIT_CARD", direction: "response" }, action: "block" },
  ],
  stream: { holdBack: 64 },
};

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ ...mockConfig("http://127.0.0.1:9", { demo: { tokenDelayMs: 1 } }), policy: POLICY });
});
afterAll(async () => {
  await t?.close();
});

function call(f: StreamFormat, text: string, stream: boolean): { path: string; body: object; headers?: Record<string, string> } {
  const say = `repeat after me: ${text}`;
  switch (f.name) {
    case "openai.chat":
      return { path: "/v1/chat/completions", body: { model: "demo", stream, messages: [{ role: "user", content: say }] } };
    case "openai.completions":
      return { path: "/v1/completions", body: { model: "demo", stream, prompt: say } };
    case "openai.responses":
      return { path: "/v1/responses", body: { model: "demo", stream, input: say } };
    default:
      return { path: "/v1/messages", body: { model: "demo", stream, max_tokens: 200, messages: [{ role: "user", content: say }] }, headers: { "anthropic-version": "2023-06-01" } };
  }
}

/** The assistant text of a non-streamed response. */
function wholeText(f: StreamFormat, body: any): string {
  switch (f.name) {
    case "openai.chat":
      return body.choices[0].message.content;
    case "openai.completions":
      return body.choices[0].text;
    case "openai.responses":
      return body.output[0].content[0].text;
    default:
      return body.content[0].text;
  }
}

describe.each(FORMATS)("policy guard on streams: $name", (f) => {
  it("a secret the model streams is redacted, a tokenized email comes back restored, like the non-streamed call", async () => {
    const text = `deploy key ${AWS} and write to ${EMAIL} today`;
    const s = call(f, text, true);
    const res = await postJson(`${t.url}${s.path}`, s.body, t.key, s.headers);
    expect(res.status).toBe(200);
    const events = await readSse(res);
    const streamed = f.text(events, false);
    expect(JSON.stringify(events)).not.toContain(AWS);
    expect(streamed).toContain(EMAIL);
    expect(streamed).not.toContain("⟦");
    for (const snap of f.snapshots(events, false)) expect(snap).toBe(streamed);

    const w = call(f, text, false);
    const whole = await postJson(`${t.url}${w.path}`, w.body, t.key, w.headers);
    expect(whole.status).toBe(200);
    expect(streamed).toBe(wholeText(f, await whole.json()));
  });

  it("a blocked value mid-stream ends the stream with the API's error event", async () => {
    const s = call(f, `${"all fine here. ".repeat(12)}card ${CARD} and then more text`, true);
    const res = await postJson(`${t.url}${s.path}`, s.body, t.key, s.headers);
    expect(res.status).toBe(200);
    const events = await readSse(res);
    const last = events[events.length - 1];
    expect(last && f.isError(last, "WARDEN_POLICY_RESPONSE_BLOCKED")).toBe(true);
    expect(JSON.stringify(events)).not.toContain("1111 1111");
    expect(f.text(events.slice(0, -1), false)).toMatch(/^all fine here\./);
  });
});

describe("policy guard on streams: tool-call arguments", () => {
  it.each([
    { path: "/v1/chat/completions", tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }], f: 0 },
    { path: "/v1/responses", tools: [{ type: "function", name: "lookup", parameters: { type: "object" } }], f: 3 },
  ])("$path: a secret in streamed arguments is redacted", async ({ path, tools, f }) => {
    const format = FORMATS[f] as StreamFormat;
    const say = `call the lookup tool with ${JSON.stringify({ key: AWS })}`;
    const body = path === "/v1/responses" ? { model: "demo", stream: true, tools, input: say } : { model: "demo", stream: true, tools, messages: [{ role: "user", content: say }] };
    const res = await postJson(`${t.url}${path}`, body, t.key);
    const events = await readSse(res);
    expect(JSON.stringify(events)).not.toContain(AWS);
    const args = format.text(events, true);
    expect(args).toMatch(/^\{"key":"\[[a-z-]+\]"\}$/);
    for (const snap of format.snapshots(events, true)) expect(snap).toBe(args);
  });
});

describe("policy guard: a restored value inside tool-call arguments keeps them valid JSON", () => {
  // A two-line address, tokenized on the way in; the model writes the token into a JSON string of its tool call.
  const ADDRESS = "1600 Pennsylvania Avenue NW,\nWashington, DC 20500";
  const say = `call the lookup tool with {"note":"Ship to ${ADDRESS} please"}`;
  const tools = [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }];

  it.each([false, true])("chat completions, stream %s", async (stream) => {
    const res = await postJson(`${t.url}/v1/chat/completions`, { model: "demo", stream, tools, messages: [{ role: "user", content: say }] }, t.key);
    expect(res.status).toBe(200);
    const args = stream ? (FORMATS[0] as StreamFormat).text(await readSse(res), true) : ((await res.json()) as any).choices[0].message.tool_calls[0].function.arguments;
    expect(args).not.toContain("⟦");
    expect(JSON.parse(args)).toEqual({ note: `Ship to ${ADDRESS} please` });
  });

  it("a JSON answer (JSON mode) stays valid JSON too", async () => {
    const res = await postJson(`${t.url}/v1/chat/completions`, { model: "demo", messages: [{ role: "user", content: `repeat after me: {"note":"Ship to ${ADDRESS} please"}` }] }, t.key);
    const content = ((await res.json()) as any).choices[0].message.content as string;
    expect(JSON.parse(content)).toEqual({ note: `Ship to ${ADDRESS} please` });
  });
});
