/**
 * Bypass hunt, names and ids: tool and function names, tool-call ids, the ids that answer them and caller-set keys
 * such as `prompt_cache_key` are not text, and cannot be rewritten without breaking the protocol (a renamed tool no
 * longer matches its definition, a renamed call id no longer matches its result). A key or personal data there must
 * still not reach the provider: the call is refused (WARDEN_REQUEST_FIELD_REJECTED, src/enforce/structure-check.ts).
 * Free text beside them (a tool's description) and identifiers that can be rewritten (`user`, `safety_identifier`,
 * Anthropic `metadata.user_id`) are enforced like text. Sent with the official SDKs.
 */
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startDefaultPolicyGateway, upstreamText, VALUES } from "./acceptance-support.js";

const GHP = VALUES["githubPat"]?.value ?? "";
const EMAIL = VALUES["email"]?.value ?? "";

let h: Harness;
let openai: OpenAI;
let anthropic: Anthropic;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
  openai = new OpenAI({ apiKey: h.t.key, baseURL: `${h.t.url}/v1`, maxRetries: 0 });
  anthropic = new Anthropic({ apiKey: h.t.key, baseURL: h.t.url, maxRetries: 0 });
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

/** The Warden code of an SDK error (OpenAI: `code`; Anthropic: the body's `error.code`). */
function codeOf(e: unknown): string | undefined {
  const err = e as { code?: string; error?: { error?: { code?: string } } };
  return err.code ?? err.error?.error?.code;
}

/** The call's outcome: the Warden code it was refused with, or "forwarded". */
async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "forwarded";
  } catch (e) {
    return codeOf(e) ?? String(e);
  }
}

const hi = [{ role: "user" as const, content: "hi" }];
const fn = (name: string, description = "Looks a customer up.") => ({ type: "function" as const, function: { name, description, parameters: { type: "object", properties: {} } } });

describe("requests: names and ids are refused when they carry a protected value", () => {
  const chatHistory = (id: string, name: string, resultId = id) => [
    ...hi,
    { role: "assistant" as const, content: null, tool_calls: [{ id, type: "function" as const, function: { name, arguments: "{}" } }] },
    { role: "tool" as const, tool_call_id: resultId, content: "ok" },
  ];
  const claudeHistory = (id: string, name: string, resultId = id): Anthropic.MessageParam[] => [
    ...hi,
    { role: "assistant", content: [{ type: "tool_use", id, name, input: {} }] },
    { role: "user", content: [{ type: "tool_result", tool_use_id: resultId, content: "ok" }] },
  ];
  const responsesHistory = (callId: string, name: string, outputId = callId): OpenAI.Responses.ResponseInput => [
    { role: "user", content: "hi" },
    { type: "function_call", call_id: callId, name, arguments: "{}" },
    { type: "function_call_output", call_id: outputId, output: "ok" },
  ];

  it.each([
    ["chat: tools[].function.name", () => openai.chat.completions.create({ model: "gpt-4o-mini", messages: hi, tools: [fn(`lookup_${GHP}`)] })],
    ["chat: tool_calls[].id", () => openai.chat.completions.create({ model: "gpt-4o-mini", messages: chatHistory(`call_${GHP}`, "lookup", "call_1") })],
    ["chat: tool_calls[].function.name", () => openai.chat.completions.create({ model: "gpt-4o-mini", messages: chatHistory("call_1", EMAIL) })],
    ["chat: tool_call_id", () => openai.chat.completions.create({ model: "gpt-4o-mini", messages: chatHistory("call_1", "lookup", EMAIL) })],
    ["chat: a named tool_choice", () => openai.chat.completions.create({ model: "gpt-4o-mini", messages: hi, tools: [fn("lookup")], tool_choice: { type: "function", function: { name: GHP } } })],
    ["chat: prompt_cache_key", () => openai.chat.completions.create({ model: "gpt-4o-mini", messages: hi, prompt_cache_key: `cache-${GHP}` })],
    ["chat: prompt_cache_key (an e-mail address)", () => openai.chat.completions.create({ model: "gpt-4o-mini", messages: hi, prompt_cache_key: EMAIL })],
    ["Anthropic: tools[].name", () => anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, messages: hi, tools: [{ name: `t_${GHP}`, input_schema: { type: "object" } }] })],
    ["Anthropic: tool_use.id", () => anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, messages: claudeHistory(`toolu_${GHP}`, "lookup", "toolu_1") })],
    ["Anthropic: tool_use.name", () => anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, messages: claudeHistory("toolu_1", EMAIL) })],
    ["Anthropic: tool_result.tool_use_id", () => anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, messages: claudeHistory("toolu_1", "lookup", EMAIL) })],
    ["Responses: function_call.call_id", () => openai.responses.create({ model: "gpt-4.1", input: responsesHistory(`call_${GHP}`, "lookup", "call_1") })],
    ["Responses: function_call.name", () => openai.responses.create({ model: "gpt-4.1", input: responsesHistory("call_1", EMAIL) })],
    ["Responses: function_call_output.call_id", () => openai.responses.create({ model: "gpt-4.1", input: responsesHistory("call_1", "lookup", EMAIL) })],
    ["Responses: tools[].name", () => openai.responses.create({ model: "gpt-4.1", input: "hi", tools: [{ type: "function", name: GHP, parameters: {}, strict: false }] })],
    ["Responses: prompt_cache_key", () => openai.responses.create({ model: "gpt-4.1", input: "hi", prompt_cache_key: `cache-${GHP}` })],
  ])("%s", async (_name, call) => {
    expect(await outcome(call)).toBe("WARDEN_REQUEST_FIELD_REJECTED");
    expect(h.mock.requests).toHaveLength(0);
  });

  it("ordinary names, ids and cache keys pass unchanged", async () => {
    const history = chatHistory("call_Xq7Lm2Vb9Tz4Rk8Wc1Ny6Pd3", "lookup_customer");
    expect(await outcome(() => openai.chat.completions.create({ model: "gpt-4o-mini", messages: history, tools: [fn("lookup_customer")], prompt_cache_key: "support-bot-v2" }))).toBe("forwarded");
    expect(h.mock.last.body).toMatchObject({ prompt_cache_key: "support-bot-v2", tools: [{ function: { name: "lookup_customer" } }], messages: [{}, { tool_calls: [{ id: "call_Xq7Lm2Vb9Tz4Rk8Wc1Ny6Pd3" }] }, { tool_call_id: "call_Xq7Lm2Vb9Tz4Rk8Wc1Ny6Pd3" }] });
    expect(await outcome(() => anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, messages: claudeHistory("toolu_01D7FLrfh4GYq7yT1ULFeyMV", "lookup"), tools: [{ name: "lookup", input_schema: { type: "object" } }] }))).toBe("forwarded");
    expect(await outcome(() => openai.responses.create({ model: "gpt-4.1", input: responsesHistory("call_rJ6VbZ0qR8fY2xQ1pK7nL3mW", "lookup"), prompt_cache_key: "7f3c9a2e-4b1d-4e8a-9c6f-2d5e8b1a3c7f" }))).toBe("forwarded");
    expect(h.mock.requests).toHaveLength(3);
  });
});

describe("requests: free text and rewritable identifiers are enforced like text", () => {
  it.each([
    ["chat: tools[].function.description", () => openai.chat.completions.create({ model: "gpt-4o-mini", messages: hi, tools: [fn("lookup", `Use the token ${GHP} to call the API.`)] }), GHP],
    ["Anthropic: tools[].description", () => anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, messages: hi, tools: [{ name: "lookup", description: `Use the token ${GHP}.`, input_schema: { type: "object" } }] }), GHP],
    ["Responses: tools[].description", () => openai.responses.create({ model: "gpt-4.1", input: "hi", tools: [{ type: "function", name: "lookup", description: `Use the token ${GHP}.`, parameters: {}, strict: false }] }), GHP],
    ["chat: user", () => openai.chat.completions.create({ model: "gpt-4o-mini", messages: hi, user: EMAIL }), EMAIL],
    ["chat: safety_identifier", () => openai.chat.completions.create({ model: "gpt-4o-mini", messages: hi, safety_identifier: EMAIL }), EMAIL],
    ["Responses: safety_identifier", () => openai.responses.create({ model: "gpt-4.1", input: "hi", safety_identifier: EMAIL }), EMAIL],
    ["Anthropic: metadata.user_id", () => anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, messages: hi, metadata: { user_id: EMAIL } }), EMAIL],
  ])("%s: forwarded with the value rewritten", async (_name, call, value) => {
    expect(await outcome(call)).toBe("forwarded");
    expect(h.mock.requests).toHaveLength(1);
    expect(upstreamText(h.mock)).not.toContain(value);
  });
});
