/**
 * Bypass hunt, response side: places other than the answer text where an upstream's output repeats a value the
 * default policy redacts: token log-probabilities (which spell the answer token by token), content given as an
 * array of parts in chat stream deltas (Mistral's format), and hosted-tool results (MCP, code execution) in
 * Responses and Anthropic streams.
 */
import type Anthropic from "@anthropic-ai/sdk";
import type OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { anthropicEvents, anthropicMessage, chatCompletion, completion, reply, responseEvents, responseObject, type SseOut } from "../support/mock-upstream.js";
import { postJson } from "../support/test-gateway.js";
import { type Harness, joinedStrings, startDefaultPolicyGateway } from "./acceptance-support.js";

const AWS = "AKIAZ3MHQ7RT2XKPLW4N";
/** The answer as a model tokenizes it: the key spread over several 3-character tokens, none a key on its own. */
const TOKENS = ["key", " AK", "IAZ", "3MH", "Q7R", "T2X", "KPL", "W4N"];
const ANSWER = TOKENS.join("");
/** What a caller reassembles from the log-probabilities (every chosen `token`, in order; alternatives skipped). */
const spelled = (v: unknown): string => {
  const out: string[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x !== null && typeof x === "object") {
      for (const [k, y] of Object.entries(x)) if (k === "token" && typeof y === "string") out.push(y);
      else if (k !== "top_logprobs") walk(y);
    }
  };
  walk(v);
  return out.join("");
};

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
const hi = [{ role: "user" as const, content: "hi" }];

describe("log-probabilities spell out a redacted answer", () => {
  // A non-streamed answer whose text a policy edit changed has its `logprobs` emptied, as streams do
  // (src/enforce/empty-logprobs.ts).
  it("chat completions (logprobs: true)", async () => {
    const body = chatCompletion(ANSWER);
    (body["choices"] as Record<string, unknown>[])[0]!["logprobs"] = { content: TOKENS.map((token) => ({ token, logprob: -0.1, bytes: [...Buffer.from(token)], top_logprobs: [{ token, logprob: -0.1, bytes: null }] })), refusal: null };
    h.mock.use(reply.json(body));
    const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: hi, logprobs: true, top_logprobs: 1 });
    expect(r.choices[0]?.message.content).toBe("key [aws-access-key-id]");
    expect(spelled(r.choices[0]?.logprobs)).not.toContain(AWS);
  });

  it("legacy completions (logprobs: 1)", async () => {
    const body = completion(ANSWER);
    (body["choices"] as Record<string, unknown>[])[0]!["logprobs"] = { tokens: TOKENS, token_logprobs: TOKENS.map(() => -0.1), top_logprobs: TOKENS.map((t) => ({ [t]: -0.1 })), text_offset: TOKENS.map((_, i) => i * 3) };
    h.mock.use(reply.json(body));
    const r = await openai.completions.create({ model: "gpt-3.5-turbo-instruct", prompt: "hi", logprobs: 1 });
    expect(r.choices[0]?.text).toBe("key [aws-access-key-id]");
    expect(r.choices[0]?.logprobs?.tokens?.join("") ?? "").not.toContain(AWS);
  });

  it("Responses API (output_text logprobs, as `include: [\"message.output_text.logprobs\"]` returns them)", async () => {
    const body = responseObject(ANSWER);
    const part = ((body["output"] as Record<string, unknown>[])[0]!["content"] as Record<string, unknown>[])[0]!;
    part["logprobs"] = TOKENS.map((token) => ({ token, logprob: -0.1, bytes: [], top_logprobs: [] }));
    h.mock.use(reply.json(body));
    const r = await openai.responses.create({ model: "gpt-4.1", input: "hi" });
    expect(r.output_text).toBe("key [aws-access-key-id]");
    expect(spelled(r.output)).not.toContain(AWS);
  });

  it("streamed chat: log-probabilities of a rewritten chunk are emptied", async () => {
    const base = { id: "c", object: "chat.completion.chunk", created: 1, model: "gpt-4o-mini" };
    const chunk = (t: string): SseOut => ({ data: { ...base, choices: [{ index: 0, delta: { content: t }, logprobs: { content: [{ token: t, logprob: -0.1, bytes: null, top_logprobs: [] }] }, finish_reason: null }] } });
    h.mock.use(reply.sse([...TOKENS.map(chunk), { data: { ...base, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] } }, { data: "[DONE]" }]));
    const events: unknown[] = [];
    for await (const c of await openai.chat.completions.create({ model: "gpt-4o-mini", messages: hi, stream: true, logprobs: true })) events.push(c);
    expect(JSON.stringify(events)).not.toContain("Q7R");
    expect(spelled(events)).not.toContain(AWS);
  });
});

describe("chat stream deltas whose content is an array of parts", () => {
  const base = { id: "c", object: "chat.completion.chunk", created: 1, model: "mistral-medium" };
  const chunk = (delta: object, finish: string | null = null): SseOut => ({ data: { ...base, choices: [{ index: 0, delta, finish_reason: finish }] } });
  const stream = async (deltas: object[]): Promise<string> => {
    h.mock.use(reply.sse([...deltas.map((d) => chunk(d)), chunk({}, "stop"), { data: "[DONE]" }]));
    const res = await postJson(`${h.t.url}/v1/chat/completions`, { model: "gpt-4o-mini", stream: true, messages: hi }, h.t.key);
    return res.text();
  };

  it("a non-streamed answer with content parts is enforced (the part texts are scanned)", async () => {
    h.mock.use(reply.json({ ...chatCompletion(null), choices: [{ index: 0, message: { role: "assistant", content: [{ type: "thinking", thinking: [{ type: "text", text: `saw ${AWS}` }] }, { type: "text", text: `key ${AWS}` }] }, finish_reason: "stop" }] }));
    const res = await postJson(`${h.t.url}/v1/chat/completions`, { model: "gpt-4o-mini", messages: hi }, h.t.key);
    expect(await res.text()).not.toContain("Q7RT2XKP");
  });

  // Streamed, Mistral-style OpenAI-compatible servers send `delta.content` as `[{type:"text",text}]` or
  // `[{type:"thinking",thinking:[{type:"text",text}]}]`: the part texts are the content and reasoning channels.
  it.each([
    ["text parts, the key whole in one", [{ content: [{ type: "text", text: `key ${AWS}` }] }]],
    ["text parts, the key split across two chunks", [{ content: [{ type: "text", text: "key AKIAZ3MH" }] }, { content: [{ type: "text", text: "Q7RT2XKPLW4N end" }] }]],
    ["thinking parts, the key split across two chunks", [{ content: [{ type: "thinking", thinking: [{ type: "text", text: "key AKIAZ3MH" }] }] }, { content: [{ type: "thinking", thinking: [{ type: "text", text: "Q7RT2XKPLW4N" }] }] }]],
  ])("%s", async (_name, deltas) => {
    const body = await stream(deltas);
    expect(body).not.toContain("Q7RT2XKP");
    expect(joinedStrings(body)).toContain("[aws-access-key-id]");
  });
});

describe("a key split over two text parts of one answer", () => {
  // Clients join text parts (the OpenAI SDK's `output_text`, the Anthropic SDK users'
  // `content.map(b => b.text).join("")`): non-streamed, sibling text parts are scanned as one text
  // (src/enforce/scan-parts.ts scanResponseParts). Streams, where blocks are separate channels, do not join them yet.
  it("Anthropic: two text blocks", async () => {
    const body = anthropicMessage("the key is AKIAZ3MHQ7");
    (body["content"] as unknown[]).push({ type: "text", text: "RT2XKPLW4N ok" });
    h.mock.use(reply.json(body));
    const res = await postJson(`${h.t.url}/v1/messages`, { model: "claude-mock-1", max_tokens: 50, messages: hi }, h.t.key);
    const msg = (await res.json()) as { content: { text?: string }[] };
    expect(msg.content.map((b) => b.text ?? "").join("")).not.toContain(AWS);
  });

  it("Responses: two output_text parts, as the SDK's output_text joins them", async () => {
    const part = (text: string) => ({ type: "output_text", text, annotations: [] });
    h.mock.use(reply.json(responseObject("", { output: [{ type: "message", id: "msg_1", status: "completed", role: "assistant", content: [part("the key is AKIAZ3MHQ7"), part("RT2XKPLW4N ok")] }] })));
    const r = await openai.responses.create({ model: "gpt-4.1", input: "hi" });
    expect(r.output_text).not.toContain(AWS);
  });

  // Streamed, each Anthropic block is its own channel; a text block starts with the previous text block's released
  // tail as left context (src/enforce/stream/channel-buffer.ts seed), so the key is found across the two and its part
  // in the second block is redacted. (The first block's part went out when that block ended.)
  it("Anthropic, streamed: two text blocks", async () => {
    const ev = (type: string, body: object) => ({ event: type, data: { type, ...body } });
    const block = (index: number, text: string) => [ev("content_block_start", { index, content_block: { type: "text", text: "" } }), ev("content_block_delta", { index, delta: { type: "text_delta", text } }), ev("content_block_stop", { index })];
    const events = anthropicEvents([]);
    const start = events.filter((e) => "event" in e && e.event === "message_start");
    const end = events.filter((e) => "event" in e && (e.event === "message_delta" || e.event === "message_stop"));
    h.mock.use(reply.sse([...start, ...block(0, "the key is AKIAZ3MHQ7"), ...block(1, "RT2XKPLW4N ok"), ...end]));
    const msg = await anthropic.messages.stream({ model: "claude-mock-1", max_tokens: 50, messages: hi }).finalMessage();
    const joined = msg.content.map((b) => (b.type === "text" ? b.text : "")).join("");
    expect(joined).not.toContain(AWS);
    expect(joined).not.toContain("RT2XKPLW4N");
    expect(joined).toContain(" ok");
  });

  it("Responses, streamed: two output_text parts", async () => {
    const seq = { n: 0 };
    const e = (type: string, body: object) => ({ event: type, data: { type, sequence_number: seq.n++, ...body } });
    const part = (c: number, text: string) => [
      e("response.content_part.added", { output_index: 0, content_index: c, item_id: "msg_1", part: { type: "output_text", text: "", annotations: [] } }),
      e("response.output_text.delta", { output_index: 0, content_index: c, item_id: "msg_1", delta: text }),
    ];
    h.mock.use(
      reply.sse([
        e("response.created", { response: { id: "resp_1", object: "response", status: "in_progress", output: [] } }),
        e("response.output_item.added", { output_index: 0, item: { type: "message", id: "msg_1", role: "assistant", status: "in_progress", content: [] } }),
        ...part(0, "the key is AKIAZ3MHQ7"),
        e("response.output_text.done", { output_index: 0, content_index: 0, item_id: "msg_1", text: "the key is AKIAZ3MHQ7" }),
        ...part(1, "RT2XKPLW4N ok"),
        e("response.output_text.done", { output_index: 0, content_index: 1, item_id: "msg_1", text: "RT2XKPLW4N ok" }),
      ]),
    );
    let text = "";
    for await (const ev of await openai.responses.create({ model: "gpt-4.1", input: "hi", stream: true })) if (ev.type === "response.output_text.delta") text += ev.delta;
    expect(text).not.toContain(AWS);
    expect(text).not.toContain("RT2XKPLW4N");
  });
});

describe("object keys in a model's tool call", () => {
  // An Anthropic tool_use `input` is a JSON object whose string values are scanned; a credential in one of its keys,
  // `{"AKIA…": true}`, blocks the answer (src/enforce/structure-check.ts responseKeys).
  it("Anthropic tool_use input keys, not streamed", async () => {
    h.mock.use(reply.json(anthropicMessage("ok", { toolUse: { name: "save", input: { [AWS]: true } } })));
    const res = await postJson(`${h.t.url}/v1/messages`, { model: "claude-mock-1", max_tokens: 50, messages: hi }, h.t.key);
    expect(await res.text()).not.toContain("Q7RT2XKP");
  });

  it("streamed, the keys arrive inside input_json_delta text and are redacted", async () => {
    h.mock.use(reply.sse(anthropicEvents(["ok"], { toolUse: { name: "save", jsonPieces: ['{"AKIAZ3MH', 'Q7RT2XKPLW4N": true}'] } })));
    const res = await postJson(`${h.t.url}/v1/messages`, { model: "claude-mock-1", max_tokens: 50, stream: true, messages: hi }, h.t.key);
    expect(await res.text()).not.toContain("Q7RT2XKP");
  });
});

describe("hosted-tool results in streams", () => {
  it("Anthropic: a code-execution result given whole in content_block_start", async () => {
    const events = anthropicEvents(["ok"]);
    const at = events.findIndex((e) => "event" in e && e.event === "message_delta");
    const result = { type: "code_execution_tool_result", tool_use_id: "srvtoolu_1", content: { type: "code_execution_result", stdout: `AWS_ACCESS_KEY_ID=${AWS}\n`, stderr: "", return_code: 0, content: [] } };
    events.splice(at, 0, { event: "content_block_start", data: { type: "content_block_start", index: 1, content_block: result } }, { event: "content_block_stop", data: { type: "content_block_stop", index: 1 } });
    h.mock.use(reply.sse(events));
    const res = await postJson(`${h.t.url}/v1/messages`, { model: "claude-mock-1", max_tokens: 50, stream: true, messages: hi }, h.t.key);
    expect(await res.text()).not.toContain("Q7RT2XKP");
  });

  it("Responses: an MCP call's output in output_item.done and response.completed", async () => {
    const item = { type: "mcp_call", id: "mcp_1", server_label: "vault", name: "read_secret", arguments: "{}", output: `the key is ${AWS}`, error: null, status: "completed" };
    const events = responseEvents(["done"]);
    const completed = events.pop() as { event: string; data: { response: { output: unknown[] } } };
    completed.data.response.output.push(item);
    events.push({ event: "response.output_item.done", data: { type: "response.output_item.done", sequence_number: 90, output_index: 1, item } }, completed);
    h.mock.use(reply.sse(events));
    const res = await postJson(`${h.t.url}/v1/responses`, { model: "gpt-4.1", stream: true, input: "hi" }, h.t.key);
    expect(await res.text()).not.toContain("Q7RT2XKP");
  });
});
