/**
 * Acceptance (hunt 16): the default policy tokenizes PII in requests and gives the caller the original back in the
 * answer. The model sees only the token; when the model repeats the token (in text, in tool-call arguments, split
 * across stream events, in several choices), the caller gets the original value, and the upstream never sees it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anthropicEvents, chatChunks, chatCompletion, chatToolCallChunks, completionChunks, type MockHandler, reply, responseEvents } from "../support/mock-upstream.js";
import { type Harness, startDefaultPolicyGateway, upstreamText } from "./acceptance-support.js";

const EMAIL = "jane.doe@acme-corp.com";
const PROMPT = `Please write to ${EMAIL} about the invoice.`;
const TOKEN_RE = /⟦[A-Z_]+_[0-9a-z]+⟧/;

let h: Harness;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
});
afterAll(async () => h.close());

/** The token the gateway put in place of the e-mail in the last upstream request. */
function lastToken(body: unknown): string {
  const m = TOKEN_RE.exec(JSON.stringify(body));
  if (!m) throw new Error("no token in the upstream request");
  return m[0];
}

/** A handler that answers with events built from the token it received, cut into pieces of `size` characters. */
function echoToken(build: (pieces: string[]) => ReturnType<typeof chatChunks>, size: number, wrap: (t: string) => string = (t) => `sent to ${t} ok`): MockHandler {
  return (req, res, n) => {
    const text = wrap(lastToken(req.body));
    const pieces: string[] = [];
    for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
    return reply.sse(build(pieces))(req, res, n);
  };
}

const sizes = [1, 2, 3, 5];

describe("streamed answers that repeat the token get the original back", () => {
  it.each(sizes)("chat content, pieces of %i", async (size) => {
    h.mock.use(echoToken((p) => chatChunks(p), size));
    let out = "";
    for await (const c of await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: PROMPT }], stream: true })) out += c.choices[0]?.delta.content ?? "";
    expect(upstreamText(h.mock)).not.toContain(EMAIL);
    expect(out).toBe(`sent to ${EMAIL} ok`);
  });

  it.each(sizes)("chat tool-call arguments, pieces of %i", async (size) => {
    h.mock.use(echoToken((p) => chatToolCallChunks("send", ['{"to":"', ...p, '"}']), size, (t) => t));
    let args = "";
    for await (const c of await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: PROMPT }], stream: true })) args += c.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? "";
    expect(JSON.parse(args)).toEqual({ to: EMAIL });
  });

  it.each(sizes)("legacy completions, pieces of %i", async (size) => {
    h.mock.use(echoToken((p) => completionChunks(p), size));
    let out = "";
    for await (const c of await h.openai.completions.create({ model: "gpt-3.5-turbo-instruct", prompt: PROMPT, stream: true })) out += c.choices[0]?.text ?? "";
    expect(upstreamText(h.mock)).not.toContain(EMAIL);
    expect(out).toBe(`sent to ${EMAIL} ok`);
  });

  it.each(sizes)("Responses output_text, pieces of %i", async (size) => {
    h.mock.use(echoToken((p) => responseEvents(p), size));
    let out = "";
    for await (const ev of await h.openai.responses.create({ model: "gpt-4.1", input: PROMPT, stream: true })) if (ev.type === "response.output_text.delta") out += ev.delta;
    expect(upstreamText(h.mock)).not.toContain(EMAIL);
    expect(out).toBe(`sent to ${EMAIL} ok`);
  });

  it.each(sizes)("Anthropic text_delta and tool_use input_json_delta, pieces of %i", async (size) => {
    h.mock.use(echoToken((p) => anthropicEvents(p, { toolUse: { name: "send", jsonPieces: ['{"to":"', ...p, '"}'] } }), size, (t) => t));
    const msg = await h.anthropic.messages.stream({ model: "claude-mock-1", max_tokens: 50, messages: [{ role: "user", content: PROMPT }] }).finalMessage();
    expect(upstreamText(h.mock)).not.toContain(EMAIL);
    expect(msg.content[0]).toMatchObject({ type: "text", text: EMAIL });
    expect(msg.content[1]).toMatchObject({ type: "tool_use", input: { to: EMAIL } });
  });
});

/** `⟦` and `⟧` written as JSON `\u` escapes, as some models emit non-ASCII inside JSON arguments. */
const escapedBrackets = (t: string): string => t.replace("⟦", "\\u27e6").replace("⟧", "\\u27e7");

describe("token forms a model may produce", () => {
  // Was a defect: a model that writes non-ASCII in JSON arguments as `\u` escapes (`\u27e6EMAIL_ADDRESS_…\u27e7`)
  // got its token left as it was (only the literal `⟦…⟧` form was restored), so the caller's tool received the token.
  it.each([1, 2, 4, 7])("chat tool-call arguments with the token's brackets as \\u escapes, pieces of %i", async (size) => {
    h.mock.use(echoToken((p) => chatToolCallChunks("send", ['{"to":"', ...p, '"}']), size, escapedBrackets));
    let args = "";
    for await (const c of await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: PROMPT }], stream: true })) args += c.choices[0]?.delta.tool_calls?.[0]?.function?.arguments ?? "";
    expect(JSON.parse(args)).toEqual({ to: EMAIL });
  });

  it("chat tool-call arguments with escaped brackets, non-streamed", async () => {
    h.mock.use((req, res, n) => reply.json(chatCompletion(null, { toolCall: { name: "send", arguments: `{"to":"${escapedBrackets(lastToken(req.body))}"}` } }))(req, res, n));
    const r = await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: PROMPT }] });
    expect(JSON.parse(r.choices[0]?.message.tool_calls?.[0]?.type === "function" ? r.choices[0].message.tool_calls[0].function.arguments : "null")).toEqual({ to: EMAIL });
  });

  it("Responses function_call_arguments.delta", async () => {
    h.mock.use((req, res, n) => {
      const args = JSON.stringify({ to: lastToken(req.body) });
      const item = { type: "function_call", id: "fc_1", call_id: "call_1", name: "send", arguments: "", status: "in_progress" };
      const evs = [
        { event: "response.created", data: { type: "response.created", sequence_number: 0, response: { id: "resp_1", object: "response", created_at: 1, status: "in_progress", model: "gpt-4.1", output: [] } } },
        { event: "response.output_item.added", data: { type: "response.output_item.added", sequence_number: 1, output_index: 0, item } },
        ...[...args].map((ch, i) => ({ event: "response.function_call_arguments.delta", data: { type: "response.function_call_arguments.delta", sequence_number: 2 + i, item_id: "fc_1", output_index: 0, delta: ch } })),
        { event: "response.function_call_arguments.done", data: { type: "response.function_call_arguments.done", sequence_number: 900, item_id: "fc_1", output_index: 0, arguments: args } },
        { event: "response.output_item.done", data: { type: "response.output_item.done", sequence_number: 901, output_index: 0, item: { ...item, arguments: args, status: "completed" } } },
        { event: "response.completed", data: { type: "response.completed", sequence_number: 902, response: { id: "resp_1", object: "response", created_at: 1, status: "completed", model: "gpt-4.1", output: [{ ...item, arguments: args, status: "completed" }] } } },
      ];
      return reply.sse(evs)(req, res, n);
    });
    let deltas = "";
    let done = "";
    for await (const ev of await h.openai.responses.create({ model: "gpt-4.1", input: PROMPT, stream: true })) {
      if (ev.type === "response.function_call_arguments.delta") deltas += ev.delta;
      if (ev.type === "response.function_call_arguments.done") done = ev.arguments;
    }
    expect(JSON.parse(deltas)).toEqual({ to: EMAIL });
    expect(JSON.parse(done)).toEqual({ to: EMAIL });
  });

  it("chat, n: 2, non-streamed: the token restored in both choices", async () => {
    h.mock.use((req, res, n) => {
      const t = lastToken(req.body);
      const choice = (index: number) => ({ index, message: { role: "assistant", content: `to ${t}`, refusal: null }, logprobs: null, finish_reason: "stop" });
      return reply.json({ id: "c", object: "chat.completion", created: 1, model: "gpt-4o-mini", choices: [choice(0), choice(1)], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } })(req, res, n);
    });
    const r = await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: PROMPT }], n: 2 });
    expect(r.choices.map((c) => c.message.content)).toEqual([`to ${EMAIL}`, `to ${EMAIL}`]);
  });

  it("Anthropic tool_use input, non-streamed, with the token in a nested array", async () => {
    h.mock.use((req, res, n) => {
      const t = lastToken(req.body);
      return reply.json({ id: "msg_1", type: "message", role: "assistant", model: "claude-mock-1", content: [{ type: "tool_use", id: "tu_1", name: "send", input: { to: [t], cc: { list: [t] } } }], stop_reason: "tool_use", stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } })(req, res, n);
    });
    const msg = await h.anthropic.messages.create({ model: "claude-mock-1", max_tokens: 50, messages: [{ role: "user", content: PROMPT }] });
    expect(msg.content[0]).toMatchObject({ type: "tool_use", input: { to: [EMAIL], cc: { list: [EMAIL] } } });
  });
});
