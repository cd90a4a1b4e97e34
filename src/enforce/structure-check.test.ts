import { describe, expect, it } from "vitest";
import { anthropicMessagesEndpoint } from "../api/anthropic-messages/anthropic-messages-endpoint.js";
import type { Endpoint } from "../api/endpoint.js";
import { openaiChatEndpoint } from "../api/openai-chat/openai-chat-endpoint.js";
import { openaiResponsesEndpoint } from "../api/openai-responses/openai-responses-endpoint.js";
import type { JsonObject } from "../core/json.js";
import { WardenError } from "../core/warden-error.js";
import { createDetectionEngine, type DetectionEngine } from "../detect/engine.js";
import { createStructureCheck } from "./structure-check.js";

const engine = createDetectionEngine();
const check = (model: string): void => createStructureCheck(() => engine).model(model);
const refusal = (model: string): WardenError | undefined => {
  try {
    check(model);
    return undefined;
  } catch (e) {
    return e as WardenError;
  }
};

describe("createStructureCheck: the model name", () => {
  it.each([
    "gpt-4o-mini-2024-07-18",
    "claude-3-5-sonnet-20241022",
    "meta-llama/Meta-Llama-3.1-8B-Instruct",
    "ft:gpt-4o-mini-2024-07-18:acme-corp::9abCdEfG",
    "accounts/fireworks/models/llama-v3p1-405b-instruct",
    "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
    "llama3.1:8b-instruct-q4_K_M",
    "mistralai/Mixtral-8x7B-Instruct-v0.1",
    "text-embedding-3-large",
    "my-gpt4o-deployment",
  ])("a real model name passes: %s", (model) => {
    expect(refusal(model)).toBeUndefined();
  });

  it.each([
    ["an AWS key", "gpt-4o-AKIAZ3MHQ7RT2XKPLW4N", "aws-access-key-id"],
    ["a GitHub token", "gpt-4o-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", "github-pat"],
    ["an e-mail address", "gpt-4o-jane.doe@example.com", "EMAIL_ADDRESS"],
  ])("%s appended to a model name is refused, without the value", (_name, model, type) => {
    const e = refusal(model);
    expect(e?.code).toBe("WARDEN_REQUEST_MODEL_REJECTED");
    expect(e?.details?.["finding_types"]).toContain(type);
    expect(JSON.stringify({ message: e?.message, details: e?.details })).not.toContain(model.slice(7));
  });

  it("a detector error is left to the request stage (its fail mode); clean names are remembered", () => {
    let calls = 0;
    const failing: DetectionEngine = { ...engine, detect: () => ((calls += 1), { findings: [], dataClasses: [], errors: [{ detector: "x", message: "boom" }] }), isActionable: () => true };
    const c = (m: string): void => fail.model(m);
    const fail = createStructureCheck(() => failing);
    expect(() => c("gpt-4o")).not.toThrow();
    expect(() => c("gpt-4o")).not.toThrow();
    expect(calls).toBe(2); // not remembered as clean
    const counting: DetectionEngine = { ...engine, detect: (t, ctx) => ((calls += 1), engine.detect(t, ctx)), isActionable: (f) => engine.isActionable(f) };
    const d = (m: string): void => count.model(m);
    const count = createStructureCheck(() => counting);
    calls = 0;
    d("gpt-4o");
    d("gpt-4o");
    expect(calls).toBe(1);
  });
});

describe("createStructureCheck: object keys and stop sequences", () => {
  const AWS = "AKIAZ3MHQ7RT2XKPLW4N";
  const s = createStructureCheck(() => engine);
  const code = (body: Record<string, unknown>): string | undefined => {
    try {
      s.body(body as never);
      return undefined;
    } catch (e) {
      return (e as WardenError).code;
    }
  };
  it.each([
    ["a metadata key", { metadata: { [`key_${AWS}`]: "x" } }],
    ["a tool schema property name", { tools: [{ type: "function", function: { name: "f", parameters: { type: "object", properties: { [AWS]: { type: "string" } } } } }] }],
    ["a tool_use input key in the history", { messages: [{ role: "assistant", content: [{ type: "tool_use", id: "t", name: "n", input: { "jane.doe@example.com": true } }] }] }],
    ["a stop sequence", { stop: [`key ${AWS}`] }],
    ["an Anthropic stop sequence", { stop_sequences: ["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"] }],
  ])("%s carrying a protected value is refused", (_name, body) => {
    expect(code(body)).toBe("WARDEN_REQUEST_FIELD_REJECTED");
  });

  it("ordinary bodies pass: field names, schema property names, stop sequences", () => {
    expect(
      code({
        model: "gpt-4o",
        messages: [{ role: "user", content: `my key is ${AWS}` }],
        tools: [{ type: "function", function: { name: "lookup", parameters: { type: "object", properties: { email: { type: "string" }, first_name: { type: "string" }, account_id: { type: "string" } } } } }],
        metadata: { user_id: "u-123", session: "abc" },
        stop: ["\n\nHuman:", "###"],
        response_format: { type: "json_schema", json_schema: { name: "Person", schema: { type: "object", properties: { name: { type: "string" }, date_of_birth: { type: "string" } } } } },
      }),
    ).toBeUndefined();
  });

  it("a body with more object keys than it looks at is refused", () => {
    const big: Record<string, number> = {};
    for (let i = 0; i < 100_001; i++) big[`k${i}`] = i;
    expect(code({ metadata: big })).toBe("WARDEN_REQUEST_FIELD_REJECTED");
  });
});

describe("createStructureCheck: keys of an answer", () => {
  const s = createStructureCheck(() => engine);
  it("a credential in a tool_use input key blocks the answer; names as keys and ordinary answers pass", () => {
    const answer = (input: Record<string, unknown>) => ({ id: "msg_1", type: "message", role: "assistant", content: [{ type: "tool_use", id: "t", name: "save", input }], usage: { input_tokens: 1, output_tokens: 2 } });
    expect(() => s.responseKeys(answer({ AKIAZ3MHQ7RT2XKPLW4N: true }) as never)).toThrow(expect.objectContaining({ code: "WARDEN_POLICY_RESPONSE_BLOCKED" }));
    expect(() => s.responseKeys(answer({ "jane.doe@example.com": 3, "Alice Smith": 4 }) as never)).not.toThrow();
    // Found clean in an answer does not make an e-mail key clean for requests.
    expect(() => s.body({ metadata: { "jane.doe@example.com": "x" } } as never)).toThrow(expect.objectContaining({ code: "WARDEN_REQUEST_FIELD_REJECTED" }));
  });
});

describe("createStructureCheck: names, ids and other structural strings the endpoint adapters collect", () => {
  const GHP = "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";
  const EMAIL = "jane.doe@example.com";
  const s = createStructureCheck(() => engine);
  const refusal = (endpoint: Endpoint, body: Record<string, unknown>): WardenError | undefined => {
    try {
      s.body(body as JsonObject, endpoint.parse(body as JsonObject).structure);
      return undefined;
    } catch (e) {
      return e as WardenError;
    }
  };
  const hi = [{ role: "user", content: "hi" }];
  const chat = (extra: Record<string, unknown>) => ({ model: "gpt-4o", messages: hi, ...extra });
  const chatCall = (id: string, name: string, resultId = id) => chat({
    messages: [...hi, { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name, arguments: "{}" } }] }, { role: "tool", tool_call_id: resultId, content: "ok" }],
  });
  const claude = (extra: Record<string, unknown>) => ({ model: "claude-3-5-sonnet", max_tokens: 10, messages: hi, ...extra });
  const claudeCall = (id: string, name: string, resultId = id) => claude({
    messages: [...hi, { role: "assistant", content: [{ type: "tool_use", id, name, input: {} }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: resultId, content: "ok" }] }],
  });
  const responses = (extra: Record<string, unknown>) => ({ model: "gpt-4.1", input: "hi", ...extra });
  const responsesCall = (callId: string, name: string, outputId = callId) => responses({
    input: [{ role: "user", content: "hi" }, { type: "function_call", call_id: callId, name, arguments: "{}" }, { type: "function_call_output", call_id: outputId, output: "ok" }],
  });
  const fn = (name: string) => ({ type: "function", function: { name, parameters: { type: "object" } } });

  it.each([
    ["chat: a tool's function name", openaiChatEndpoint, chat({ tools: [fn(`lookup_${GHP}`)] }), "name"],
    ["chat: a legacy function's name", openaiChatEndpoint, chat({ functions: [{ name: EMAIL, parameters: { type: "object" } }] }), "name"],
    ["chat: a tool call's id in the history", openaiChatEndpoint, chatCall(`call_${GHP}`, "lookup", "call_1"), "id"],
    ["chat: a tool call's function name in the history", openaiChatEndpoint, chatCall("call_1", EMAIL), "name"],
    ["chat: a tool message's tool_call_id", openaiChatEndpoint, chatCall("call_1", "lookup", EMAIL), "tool_call_id"],
    ["chat: prompt_cache_key", openaiChatEndpoint, chat({ prompt_cache_key: `cache-${GHP}` }), "prompt_cache_key"],
    ["chat: a named tool_choice", openaiChatEndpoint, chat({ tools: [fn("lookup")], tool_choice: { type: "function", function: { name: EMAIL } } }), "name"],
    ["chat: a response_format schema name", openaiChatEndpoint, chat({ response_format: { type: "json_schema", json_schema: { name: GHP, schema: { type: "object" } } } }), "name"],
    ["chat: an enum", openaiChatEndpoint, chat({ service_tier: GHP }), "service_tier"],
    ["Anthropic: a tool's name", anthropicMessagesEndpoint, claude({ tools: [{ name: `t_${GHP}`, input_schema: { type: "object" } }] }), "name"],
    ["Anthropic: a tool_use id", anthropicMessagesEndpoint, claudeCall(`toolu_${GHP}`, "lookup", "toolu_1"), "id"],
    ["Anthropic: a tool_use name", anthropicMessagesEndpoint, claudeCall("toolu_1", EMAIL), "name"],
    ["Anthropic: a tool_result tool_use_id", anthropicMessagesEndpoint, claudeCall("toolu_1", "lookup", EMAIL), "tool_use_id"],
    ["Anthropic: a named tool_choice", anthropicMessagesEndpoint, claude({ tool_choice: { type: "tool", name: GHP } }), "name"],
    ["Responses: a function_call call_id", openaiResponsesEndpoint, responsesCall(`call_${GHP}`, "lookup", "call_1"), "call_id"],
    ["Responses: a function_call name", openaiResponsesEndpoint, responsesCall("call_1", EMAIL), "name"],
    ["Responses: a function_call_output call_id", openaiResponsesEndpoint, responsesCall("call_1", "lookup", EMAIL), "call_id"],
    ["Responses: a tool's name", openaiResponsesEndpoint, responses({ tools: [{ type: "function", name: GHP, parameters: { type: "object" } }] }), "name"],
    ["Responses: prompt_cache_key", openaiResponsesEndpoint, responses({ prompt_cache_key: EMAIL }), "prompt_cache_key"],
    ["Responses: a text.format schema name", openaiResponsesEndpoint, responses({ text: { format: { type: "json_schema", name: GHP, schema: { type: "object" } } } }), "name"],
  ] as const)("%s carrying a protected value is refused, naming the place and not the value", (_name, endpoint, body, where) => {
    const e = refusal(endpoint, body);
    expect(e?.code).toBe("WARDEN_REQUEST_FIELD_REJECTED");
    expect(e?.details?.["where"]).toBe(where);
    const shown = JSON.stringify({ message: e?.message, details: e?.details });
    expect(shown).not.toContain(GHP.slice(4));
    expect(shown).not.toContain(EMAIL);
  });

  it("ordinary tools, tool calls, ids, cache keys and choices pass, on every API", () => {
    expect(refusal(openaiChatEndpoint, { ...chatCall("call_Xq7Lm2Vb9Tz4Rk8Wc1Ny6Pd3", "get_current_weather"), tools: [fn("get_current_weather")], tool_choice: { type: "function", function: { name: "get_current_weather" } }, prompt_cache_key: "support-bot-v2", user: "u-123", service_tier: "auto" })).toBeUndefined();
    expect(refusal(anthropicMessagesEndpoint, { ...claudeCall("toolu_01D7FLrfh4GYq7yT1ULFeyMV", "lookup_customer_by_email"), tools: [{ name: "lookup_customer_by_email", input_schema: { type: "object" } }], tool_choice: { type: "tool", name: "lookup_customer_by_email" } })).toBeUndefined();
    expect(refusal(openaiResponsesEndpoint, { ...responsesCall("call_rJ6VbZ0qR8fY2xQ1pK7nL3mW", "send_email"), tools: [{ type: "function", name: "send_email", parameters: { type: "object" } }], prompt_cache_key: "7f3c9a2e-4b1d-4e8a-9c6f-2d5e8b1a3c7f", include: ["reasoning.encrypted_content"] })).toBeUndefined();
  });

  it("values sent to the provider on purpose are not read: an MCP server's token, a thinking signature, an encrypted thinking block", () => {
    const body = claude({
      mcp_servers: [{ type: "url", url: "https://mcp.example.com/sse", name: "tickets", authorization_token: GHP }],
      messages: [...hi, { role: "assistant", content: [{ type: "thinking", thinking: "ok", signature: GHP }, { type: "redacted_thinking", data: GHP }, { type: "text", text: "ok" }] }, { role: "user", content: "go on" }],
    });
    expect(refusal(anthropicMessagesEndpoint, body)).toBeUndefined();
    expect(refusal(anthropicMessagesEndpoint, claude({ mcp_servers: [{ type: "url", url: "https://mcp.example.com/sse", name: EMAIL }] }))?.code).toBe("WARDEN_REQUEST_FIELD_REJECTED");
  });

  it("a Responses MCP tool's authorization and headers are the caller's own credential: neither read nor rewritten", () => {
    const body = { model: "gpt-4o", input: "list my open tickets", tools: [{ type: "mcp", server_label: "tickets", server_url: "https://mcp.example.com/sse", authorization: GHP, headers: { Authorization: `Bearer ${GHP}` } }] };
    expect(refusal(openaiResponsesEndpoint, body)).toBeUndefined();
    const texts = openaiResponsesEndpoint.parse(body).parts.map((p) => p.text).join("\n");
    expect(texts).not.toContain(GHP);
    // the rest of the tool is still read: a key in its description is text like any other
    const described = { ...body, tools: [{ ...body.tools[0], server_description: `tickets; token ${GHP}` }] };
    expect(openaiResponsesEndpoint.parse(described).parts.map((p) => p.text).join("\n")).toContain(GHP);
  });
});
