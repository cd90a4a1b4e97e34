/**
 * Acceptance hunt, policy language through the official SDKs: a model scope cannot be stepped around by calling the
 * model under a route alias, and role-specific rules see each API's own carrier of system text (chat system and
 * developer messages, Anthropic `system`, Responses `instructions` and system/developer input items) and of tool
 * results (chat `tool`, Anthropic `tool_result`, Responses `function_call_output`).
 */
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";
import { upstreamText, VALUES } from "./acceptance-support.js";

const EMAIL = VALUES["email"]?.value ?? "";

const POLICY = {
  rules: [
    { id: "sys-email", match: { type: "EMAIL_ADDRESS", role: "system", direction: "request" }, action: "block" },
    { id: "user-email", match: { type: "EMAIL_ADDRESS", role: "user", direction: "request" }, action: "redact" },
    { id: "tool-email", match: { type: "EMAIL_ADDRESS", role: "tool", direction: "request" }, action: "hash" },
  ],
  scopes: [{ id: "mini", match: { model: "gpt-4o-mini" }, rules: [{ id: "user-email", match: { type: "EMAIL_ADDRESS", direction: "request" }, action: "block" }] }],
};

let mock: MockUpstream;
let t: TestGateway;
let oa: OpenAI;
let an: Anthropic;
beforeAll(async () => {
  mock = await startMockUpstream();
  const routes = [
    { models: ["fast"], provider: "openai", model: "gpt-4o-mini" },
    { models: ["gpt-*"], provider: "openai" },
    { models: ["claude-*"], provider: "anthropic" },
  ];
  t = await startTestGateway({ ...mockConfig(mock.url, { routes }), policy: POLICY });
  oa = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
  an = new Anthropic({ apiKey: t.key, baseURL: t.url, maxRetries: 0 });
});
afterAll(async () => {
  await t.close();
  await mock.close();
});
beforeEach(() => mock.reset());

const statusOf = async (p: Promise<unknown>): Promise<number> => p.then(() => 200, (e: { status?: number }) => e.status ?? -1);

describe("model scopes and route aliases", () => {
  // The scope for gpt-4o-mini blocks e-mail addresses. A route alias `fast` sends the same call to gpt-4o-mini: the
  // model that receives the data is the one the scope names, so the alias must not step around it.
  it("a call to the scoped model through an alias meets the scope's rules", async () => {
    const call = (model: string) => oa.chat.completions.create({ model, messages: [{ role: "user", content: `mail ${EMAIL}` }] });
    expect(await statusOf(call("gpt-4o-mini"))).toBe(400);
    expect(await statusOf(call("fast"))).toBe(400);
    expect(upstreamText(mock)).not.toContain(EMAIL);
    // Another model keeps the global rule (redact).
    expect(await statusOf(call("gpt-4o"))).toBe(200);
    expect(upstreamText(mock)).toContain("mail [EMAIL_ADDRESS]");
  });
});

describe("role: system sees every API's system text", () => {
  const sys = `contact ${EMAIL}`;
  it.each([
    ["chat system message", () => oa.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: sys }, { role: "user", content: "hi" }] })],
    ["chat developer message", () => oa.chat.completions.create({ model: "gpt-4o", messages: [{ role: "developer", content: sys }, { role: "user", content: "hi" }] })],
    ["Anthropic system string", () => an.messages.create({ model: "claude-mock-1", max_tokens: 5, system: sys, messages: [{ role: "user", content: "hi" }] })],
    ["Anthropic system blocks", () => an.messages.create({ model: "claude-mock-1", max_tokens: 5, system: [{ type: "text", text: sys }], messages: [{ role: "user", content: "hi" }] })],
    ["Responses instructions", () => oa.responses.create({ model: "gpt-4o", instructions: sys, input: "hi" })],
    ["Responses system item", () => oa.responses.create({ model: "gpt-4o", input: [{ role: "system", content: sys }, { role: "user", content: "hi" }] })],
    ["Responses developer item", () => oa.responses.create({ model: "gpt-4o", input: [{ role: "developer", content: [{ type: "input_text", text: sys }] }, { role: "user", content: "hi" }] })],
  ] as const)("%s: blocked by the system rule, nothing forwarded", async (_name, call) => {
    expect(await statusOf(call())).toBe(400);
    expect(mock.requests).toHaveLength(0);
  });
});

describe("role: tool sees every API's tool results", () => {
  const hashed = /found \[EMAIL_ADDRESS:[0-9a-f]{12}\]/;
  it("chat: the user turn redacted, the tool turn hashed", async () => {
    await oa.chat.completions.create({
      model: "gpt-4o",
      messages: [
        { role: "user", content: `mail ${EMAIL}` },
        { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: "{}" } }] },
        { role: "tool", tool_call_id: "c1", content: `found ${EMAIL}` },
      ],
    });
    const msgs = mock.last.body?.["messages"] as { content: string }[];
    expect(msgs[0]?.content).toBe("mail [EMAIL_ADDRESS]");
    expect(msgs[2]?.content).toMatch(hashed);
  });
  it("Anthropic tool_result", async () => {
    await an.messages.create({
      model: "claude-mock-1",
      max_tokens: 5,
      messages: [
        { role: "user", content: "look up" },
        { role: "assistant", content: [{ type: "tool_use", id: "tu1", name: "f", input: {} }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "tu1", content: `found ${EMAIL}` }] },
      ],
    });
    expect(upstreamText(mock)).not.toContain(EMAIL);
    expect(upstreamText(mock)).toMatch(hashed);
  });
  it("Responses function_call_output", async () => {
    await oa.responses.create({
      model: "gpt-4o",
      input: [
        { role: "user", content: "look up" },
        { type: "function_call", call_id: "c1", name: "f", arguments: "{}" },
        { type: "function_call_output", call_id: "c1", output: `found ${EMAIL}` },
      ],
    });
    expect(upstreamText(mock)).not.toContain(EMAIL);
    expect(upstreamText(mock)).toMatch(hashed);
  });
});
