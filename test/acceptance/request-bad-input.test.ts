/**
 * Bypass hunt, odd request bodies: duplicate keys, deep nesting, huge bodies, NULs, lone surrogates, wrong types.
 * Each gets a documented answer (never a 500), and no value gets past the controls on the way.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectErrorResponse } from "../support/expect-error.js";
import { postJson } from "../support/test-gateway.js";
import { type Harness, startDefaultPolicyGateway, upstreamText } from "./acceptance-support.js";

const AWS = "AKIAZ3MHQ7RT2XKPLW4N";
const CHAT = "/v1/chat/completions";
let h: Harness;
beforeAll(async () => {
  // Bad input, not speed, is under test: a time budget that a loaded machine cannot overrun (10,000 messages take
  // ~1-2 s of detection at the default 2 s budget when the suite runs beside other work).
  h = await startDefaultPolicyGateway({ timeBudgetMs: 20_000 });
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

const post = (path: string, raw: string) => postJson(`${h.t.url}${path}`, raw, h.t.key);

describe("duplicate keys: what is scanned is what would be relayed", () => {
  it.each([
    ["secret in the first of two", `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"key ${AWS}","content":"safe"}]}`, CHAT, "openai"],
    ["secret in the last of two", `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"safe","content":"key ${AWS}"}]}`, CHAT, "openai"],
    ["two messages arrays", `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"key ${AWS}"}],"messages":[{"role":"user","content":"hi"}]}`, CHAT, "openai"],
    ["names equal once unescaped", `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"key ${AWS}","\\u0063ontent":"safe"}]}`, CHAT, "openai"],
    ["model routed twice", `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"model":"claude-mock-1"}`, CHAT, "openai"],
    ["anthropic system twice", `{"model":"claude-mock-1","max_tokens":5,"system":"key ${AWS}","system":"safe","messages":[{"role":"user","content":"hi"}]}`, "/v1/messages", "anthropic"],
  ] as const)("%s → 400 WARDEN_REQUEST_INVALID_JSON, nothing sent", async (_name, raw, path, format) => {
    await expectErrorResponse(await post(path, raw), 400, "WARDEN_REQUEST_INVALID_JSON", format);
    expect(h.mock.requests).toHaveLength(0);
  });

  it("the same key in different objects is fine", async () => {
    const res = await post(CHAT, `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"a"},{"role":"assistant","content":"b"},{"role":"user","content":"c"}]}`);
    expect(res.status).toBe(200);
  });
});

describe("deep nesting", () => {
  it.each([
    ["100k arrays", `${"[".repeat(100_000)}${"]".repeat(100_000)}`],
    ["100k objects", `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`],
    ["5k arrays around a key", `${"[".repeat(5_000)}"${AWS}"${"]".repeat(5_000)}`],
  ])("%s in an unknown field → 400, not 500", async (_name, deep) => {
    await expectErrorResponse(await post(CHAT, `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"x":${deep}}`), 400, "WARDEN_REQUEST_INVALID_JSON", "openai");
    expect(h.mock.requests).toHaveLength(0);
  });

  it("250 levels are accepted, and a key at the bottom is still redacted", async () => {
    const res = await post(CHAT, `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"x":${"[".repeat(250)}"key ${AWS}"${"]".repeat(250)}}`);
    expect(res.status).toBe(200);
    expect(upstreamText(h.mock)).not.toContain(AWS);
  });
});

describe("size and count", () => {
  it("10k messages with the key in the last one", async () => {
    const messages = Array.from({ length: 10_000 }, (_, i) => ({ role: i % 2 ? "assistant" : "user", content: `message ${i}` }));
    messages[9_999] = { role: "user", content: `key ${AWS}` };
    const res = await post(CHAT, JSON.stringify({ model: "gpt-4o-mini", messages }));
    expect(res.status).toBe(200);
    expect(upstreamText(h.mock)).not.toContain(AWS);
  });

  it("a 3 MB string with the key at its very end", async () => {
    const res = await post(CHAT, JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `${"lorem ipsum ".repeat(250_000)}${AWS}` }] }));
    expect(res.status).toBe(200);
    expect(upstreamText(h.mock)).not.toContain(AWS);
  });

  it("a body over the limit → 413", async () => {
    await expectErrorResponse(await post(CHAT, JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x".repeat(11 * 1024 * 1024) }] })), 413, "WARDEN_REQUEST_TOO_LARGE", "openai");
  });
});

describe("odd characters and types", () => {
  it.each([
    ["NUL after the key", JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `key ${AWS}\u0000 ok` }] })],
    ["lone surrogates around the key", `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"key \\ud800${AWS}\\udfff"}]}`],
    ["odd content parts", `{"model":"gpt-4o-mini","messages":[{"role":"user","content":[{"type":"weird","text":"key ${AWS}"},{"type":"text","text":"a"},{"type":"future","payload":{"x":["key ${AWS}"]}}]}]}`],
    ["unknown Responses item", `{"model":"gpt-4.1","input":[{"type":"future_item","payload":{"x":"key ${AWS}"}}]}`],
    ["__proto__ member", `{"model":"gpt-4o-mini","__proto__":{"x":"key ${AWS}"},"messages":[{"role":"user","content":"hi"}]}`],
  ])("%s: forwarded without the key", async (name, raw) => {
    const res = await post(name.includes("Responses") ? "/v1/responses" : CHAT, raw);
    expect(res.status).toBeLessThan(500);
    await res.text();
    const up = upstreamText(h.mock);
    expect(up).not.toContain(AWS);
    expect(up).not.toContain("Q7RT2XKPLW4N");
  });

  // A C0 control inside a key splits it for patterns while a model reads through it: the normalised view drops
  // NUL, U+0001-U+001F (but white space) and DEL like zero-width characters.
  it.each(["\u0000", "\u0001", "\u001b", "\u007f"])("control character %j inside a key", async (ctl) => {
    const res = await post(CHAT, JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `key AKIAZ3MH${ctl}Q7RT2XKPLW4N` }] }));
    await res.text();
    expect(upstreamText(h.mock)).not.toContain("Q7RT2XKPLW4N");
  });

  it("NUL inside a key", async () => {
    const res = await post(CHAT, JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "key AKIAZ3MH\u0000Q7RT2XKPLW4N" }] }));
    await res.text();
    expect(upstreamText(h.mock)).not.toContain("Q7RT2XKPLW4N");
  });

  it.each([
    ["content as a number", `{"model":"gpt-4o-mini","messages":[{"role":"user","content":12345}]}`],
    ["content as an object", `{"model":"gpt-4o-mini","messages":[{"role":"user","content":{"text":"key ${AWS}"}}]}`],
    ["model as a number", `{"model":5,"messages":[{"role":"user","content":"hi"}]}`],
    ["messages as a string", `{"model":"gpt-4o-mini","messages":"key ${AWS}"}`],
    ["a top-level array", `[{"model":"gpt-4o-mini"}]`],
  ])("%s → 400 WARDEN_REQUEST_INVALID", async (_name, raw) => {
    await expectErrorResponse(await post(CHAT, raw), 400, "WARDEN_REQUEST_INVALID", "openai");
    expect(h.mock.requests).toHaveLength(0);
  });

  it("the gateway still serves the SDK afterwards", async () => {
    const openai = new OpenAI({ apiKey: h.t.key, baseURL: `${h.t.url}/v1`, maxRetries: 0 });
    const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
    expect(r.choices[0]?.message.content).toContain("Hello");
  });
});
