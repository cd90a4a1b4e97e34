/**
 * Bypass hunt, names and ids: tool and function names, tool-call ids, the ids that answer them and caller-set keys
 * such as `prompt_cache_key` are not text, and cannot be rewritten without breaking the protocol (a renamed tool no
 * longer matches its definition, a renamed call id no longer matches its result). A key or personal data there must
 * still not reach the provider: the call is refused (WARDEN_REQUEST_FIELD_REJECTED, src/enforce/structure-check.ts).
 * Free text beside them (a tool's description) and identifiers that can be rewritten (`user`, `safety_identifier`,
 * Anthropic `metadata.user_id`) are enforced like text. In answers, a tool name or call id the model wrote is read
 * by output enforcement and, since it cannot be rewritten either, what the policy would change there blocks the
 * answer (WARDEN_POLICY_RESPONSE_BLOCKED; streamed, the stream ends with the API's error event). Sent with the
 * official SDKs.
 */
import type Anthropic from "@anthropic-ai/sdk";
import type OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { anthropicEvents, anthropicMessage, chatCompletion, chatToolCallChunks, reply, responseEvents, responseObject, type SseOut } from "../support/mock-upstream.js";
import { type Harness, startDefaultPolicyGateway, upstreamText, VALUES } from "./acceptance-support.js";

const GHP = VALUES["githubPat"]?.value ?? "";
const EMAIL = VALUES["email"]?.value ?? "";

let h: Harness;
let openai: OpenAI;
let anthropic: Anthropic;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
  openai = h.openai;
  anthropic = h.anthropic;
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

describe("answers: a tool name or call id the model wrote blocks the answer when it carries a protected value", () => {
  const tools = [fn("lookup")];
  const chatCall = (id: string, name: string) => {
    const body = chatCompletion(null, { toolCall: { name, arguments: '{"q":"x"}' } });
    ((body["choices"] as { message: { tool_calls: { id: string }[] } }[])[0]?.message.tool_calls[0] as { id: string }).id = id;
    return body;
  };
  const claudeCall = (id: string, name: string) => {
    const body = anthropicMessage("Let me look.", { toolUse: { name, input: { q: "x" } } });
    ((body["content"] as { id?: string }[])[1] as { id: string }).id = id;
    return body;
  };
  const responsesCall = (callId: string, name: string) => responseObject("", { output: [{ type: "function_call", id: "fc_1", call_id: callId, name, arguments: '{"q":"x"}', status: "completed" }] });
  const chatAsk = () => openai.chat.completions.create({ model: "gpt-4o-mini", messages: hi, tools });
  const claudeAsk = () => anthropic.messages.create({ model: "claude-mock-1", max_tokens: 50, messages: hi, tools: [{ name: "lookup", input_schema: { type: "object" } }] });
  const responsesAsk = () => openai.responses.create({ model: "gpt-4.1", input: "hi", tools: [{ type: "function", name: "lookup", parameters: {}, strict: false }] });

  it.each([
    ["chat: a function name", chatCall("call_1", `lookup_${GHP}`), chatAsk],
    ["chat: a function name with an e-mail address the caller never sent", chatCall("call_1", `notify_${EMAIL}`), chatAsk],
    ["chat: a tool call id", chatCall(`call_${GHP}`, "lookup"), chatAsk],
    ["Anthropic: a tool_use name", claudeCall("toolu_1", `lookup_${GHP}`), claudeAsk],
    ["Anthropic: a tool_use id", claudeCall(`toolu_${GHP}`, "lookup"), claudeAsk],
    ["Responses: a function_call name", responsesCall("call_1", `lookup_${GHP}`), responsesAsk],
    ["Responses: a function_call call_id", responsesCall(`call_${GHP}`, "lookup"), responsesAsk],
  ])("not streamed, %s", async (_name, answer, ask) => {
    h.mock.use(reply.json(answer));
    expect(await outcome(ask)).toBe("WARDEN_POLICY_RESPONSE_BLOCKED");
  });

  it("ordinary tool calls pass unchanged, with their names and ids", async () => {
    h.mock.use(reply.json(chatCall("call_Xq7Lm2Vb9Tz4Rk8Wc1Ny6Pd3", "lookup")));
    const c = await chatAsk();
    expect(c.choices[0]?.message.tool_calls?.[0]).toMatchObject({ id: "call_Xq7Lm2Vb9Tz4Rk8Wc1Ny6Pd3", function: { name: "lookup" } });
    h.mock.use(reply.json(claudeCall("toolu_01D7FLrfh4GYq7yT1ULFeyMV", "lookup")));
    expect((await claudeAsk()).content[1]).toMatchObject({ type: "tool_use", id: "toolu_01D7FLrfh4GYq7yT1ULFeyMV", name: "lookup" });
    h.mock.use(reply.json(responsesCall("call_rJ6VbZ0qR8fY2xQ1pK7nL3mW", "lookup")));
    expect((await responsesAsk()).output[0]).toMatchObject({ type: "function_call", call_id: "call_rJ6VbZ0qR8fY2xQ1pK7nL3mW", name: "lookup" });
  });

  /** Streams `events` to the SDK one by one (the stream has begun when the call arrives): what it saw, and its error. */
  const streamChat = async (events: SseOut[]): Promise<{ seen: string; err: unknown }> => {
    h.mock.use(reply.sse(events, { delayMs: 5 }));
    const seen: string[] = [];
    const err = await (async () => {
      for await (const c of await openai.chat.completions.create({ model: "gpt-4o-mini", messages: hi, tools, stream: true })) seen.push(JSON.stringify(c));
    })().catch((e: unknown) => e);
    return { seen: seen.join("\n"), err };
  };
  /** A chat tool call streamed with this id and name. */
  const withId = (events: SseOut[], from: string, id: string): SseOut[] => events.map((e) => JSON.parse(JSON.stringify(e).replace(from, id)) as SseOut);
  const chatStream = (id: string, name: string): SseOut[] => withId(chatToolCallChunks(name, ['{"q":', '"x"}']), "call_mock1", id);
  /** Anthropic: text, then a tool_use block given whole in content_block_start. */
  const claudeStream = (id: string, name: string): SseOut[] => withId(anthropicEvents(["Let me look."], { toolUse: { name, jsonPieces: ['{"q":', '"x"}'] } }), "toolu_mock1", id);
  /** Responses: a function_call item added, its arguments streamed, done, and the completed response. */
  const responsesStream = (callId: string, name: string): SseOut[] => {
    const item = { type: "function_call", id: "fc_1", call_id: callId, name, arguments: "", status: "in_progress" };
    const done = { ...item, arguments: '{"q":"x"}', status: "completed" };
    const ev = (type: string, body: Record<string, unknown>, n: number): SseOut => ({ event: type, data: { type, sequence_number: n, ...body } });
    const created = responseEvents([]).slice(0, 2);
    return [
      ...created,
      ev("response.output_item.added", { output_index: 0, item }, 2),
      ev("response.function_call_arguments.delta", { item_id: "fc_1", output_index: 0, delta: '{"q":"x"}' }, 3),
      ev("response.function_call_arguments.done", { item_id: "fc_1", output_index: 0, arguments: '{"q":"x"}' }, 4),
      ev("response.output_item.done", { output_index: 0, item: done }, 5),
      ev("response.completed", { response: responseObject("", { output: [done] }) }, 6),
    ];
  };

  it.each([
    ["chat: a function name", chatStream("call_1", `lookup_${GHP}`)],
    ["chat: a tool call id", chatStream(`call_${GHP}`, "lookup")],
  ])("streamed, %s: the stream ends with the error, the value never sent", async (_name, events) => {
    const { seen, err } = await streamChat(events);
    expect(codeOf(err)).toBe("WARDEN_POLICY_RESPONSE_BLOCKED");
    expect(seen).not.toContain(GHP.slice(4));
  });

  it("streamed, chat: a function name split over two chunks is checked whole; the stream stops before its last piece", async () => {
    const events = chatStream("call_1", `lookup_${GHP.slice(0, 12)}`);
    // The rest of the name in the next chunk, as a server streaming names while it decodes them sends it.
    const first = events[1];
    const base = first !== undefined && "data" in first ? (first.data as object) : {};
    events.splice(2, 0, { data: { ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { name: GHP.slice(12) } }] }, finish_reason: null }] } });
    const { seen, err } = await streamChat(events);
    expect(codeOf(err)).toBe("WARDEN_POLICY_RESPONSE_BLOCKED");
    expect(seen).not.toContain(GHP.slice(12));
  });

  it.each([
    ["Anthropic: a tool_use name", claudeStream("toolu_1", `lookup_${GHP}`)],
    ["Anthropic: a tool_use id", claudeStream(`toolu_${GHP}`, "lookup")],
  ])("streamed, %s: the SDK raises the error event, the value never sent", async (_name, events) => {
    h.mock.use(reply.sse(events, { delayMs: 5 })); // event by event: the stream has begun when the call arrives
    const seen: string[] = [];
    const stream = anthropic.messages.stream({ model: "claude-mock-1", max_tokens: 50, messages: hi, tools: [{ name: "lookup", input_schema: { type: "object" } }] });
    stream.on("streamEvent", (e) => void seen.push(JSON.stringify(e)));
    const err = await stream.finalMessage().catch((e: unknown) => e);
    expect(String(err)).toContain("WARDEN_POLICY_RESPONSE_BLOCKED");
    expect(seen.join("\n")).toContain("Let me look."); // the text before the call went out
    expect(seen.join("\n")).not.toContain(GHP.slice(4));
  });

  it.each([
    ["Responses: a function_call name", responsesStream("call_1", `lookup_${GHP}`)],
    ["Responses: a function_call call_id", responsesStream(`call_${GHP}`, "lookup")],
  ])("streamed, %s: the last event is the error event, the value never sent", async (_name, events) => {
    h.mock.use(reply.sse(events, { delayMs: 5 })); // event by event: the stream has begun when the call arrives
    const seen: OpenAI.Responses.ResponseStreamEvent[] = [];
    for await (const ev of await openai.responses.create({ model: "gpt-4.1", input: "hi", stream: true, tools: [{ type: "function", name: "lookup", parameters: {}, strict: false }] })) seen.push(ev);
    expect(seen.at(-1)).toMatchObject({ type: "error", code: "WARDEN_POLICY_RESPONSE_BLOCKED" });
    expect(seen.map((e) => e.type)).not.toContain("response.completed");
    expect(JSON.stringify(seen)).not.toContain(GHP.slice(4));
  });

  it("streamed, ordinary tool calls pass on every API", async () => {
    h.mock.use(reply.sse(chatStream("call_Xq7Lm2Vb9Tz4Rk8Wc1Ny6Pd3", "lookup")));
    const chunks: string[] = [];
    for await (const c of await openai.chat.completions.create({ model: "gpt-4o-mini", messages: hi, tools, stream: true })) chunks.push(JSON.stringify(c));
    expect(chunks.join("")).toContain('"name":"lookup"');
    expect(chunks.join("")).toContain("call_Xq7Lm2Vb9Tz4Rk8Wc1Ny6Pd3");
    h.mock.use(reply.sse(claudeStream("toolu_01D7FLrfh4GYq7yT1ULFeyMV", "lookup")));
    const msg = await anthropic.messages.stream({ model: "claude-mock-1", max_tokens: 50, messages: hi, tools: [{ name: "lookup", input_schema: { type: "object" } }] }).finalMessage();
    expect(msg.content[1]).toMatchObject({ type: "tool_use", id: "toolu_01D7FLrfh4GYq7yT1ULFeyMV", name: "lookup", input: { q: "x" } });
    h.mock.use(reply.sse(responsesStream("call_rJ6VbZ0qR8fY2xQ1pK7nL3mW", "lookup")));
    const types: string[] = [];
    for await (const ev of await openai.responses.create({ model: "gpt-4.1", input: "hi", stream: true, tools: [{ type: "function", name: "lookup", parameters: {}, strict: false }] })) types.push(ev.type);
    expect(types.at(-1)).toBe("response.completed");
  });
});
