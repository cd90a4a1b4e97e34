/**
 * Acceptance (hunt 16): a credential inside a model's tool input, written with JSON `\u` escapes and split across
 * Anthropic `input_json_delta` events or Responses `function_call_arguments.delta` events, never reaches the SDK.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anthropicEvents, reply } from "../support/mock-upstream.js";
import { type Harness, jsonEscaped, startDefaultPolicyGateway, VALUES } from "./acceptance-support.js";

const AWS = VALUES["aws"]?.value ?? "";
let h: Harness;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
});
afterAll(async () => h.close());

const cut = (s: string, size: number): string[] => {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out;
};

describe("escaped credential in streamed tool input", () => {
  it.each([1, 5, 6, 7, 13])("Anthropic input_json_delta, every character escaped, pieces of %i", async (size) => {
    const json = `{"cmd":"export AWS_ACCESS_KEY_ID=${jsonEscaped(AWS)}"}`;
    h.mock.use(reply.sse(anthropicEvents(["ok"], { toolUse: { name: "shell", jsonPieces: cut(json, size) } })));
    const msg = await h.anthropic.messages.stream({ model: "claude-mock-1", max_tokens: 50, messages: [{ role: "user", content: "hi" }] }).finalMessage();
    expect(JSON.stringify(msg)).not.toContain(AWS);
    expect(JSON.stringify(msg.content)).not.toContain(AWS);
  });

  it.each([1, 6, 11])("Responses function_call_arguments.delta, every character escaped, pieces of %i", async (size) => {
    const args = `{"cmd":"export AWS_ACCESS_KEY_ID=${jsonEscaped(AWS)}"}`;
    const item = { type: "function_call", id: "fc_1", call_id: "call_1", name: "shell", arguments: "", status: "in_progress" };
    const evs = [
      { event: "response.created", data: { type: "response.created", sequence_number: 0, response: { id: "resp_1", object: "response", created_at: 1, status: "in_progress", model: "gpt-4.1", output: [] } } },
      { event: "response.output_item.added", data: { type: "response.output_item.added", sequence_number: 1, output_index: 0, item } },
      ...cut(args, size).map((d, i) => ({ event: "response.function_call_arguments.delta", data: { type: "response.function_call_arguments.delta", sequence_number: 2 + i, item_id: "fc_1", output_index: 0, delta: d } })),
      { event: "response.function_call_arguments.done", data: { type: "response.function_call_arguments.done", sequence_number: 900, item_id: "fc_1", output_index: 0, arguments: args } },
      { event: "response.output_item.done", data: { type: "response.output_item.done", sequence_number: 901, output_index: 0, item: { ...item, arguments: args, status: "completed" } } },
      { event: "response.completed", data: { type: "response.completed", sequence_number: 902, response: { id: "resp_1", object: "response", created_at: 1, status: "completed", model: "gpt-4.1", output: [{ ...item, arguments: args, status: "completed" }] } } },
    ];
    h.mock.use(reply.sse(evs));
    let deltas = "";
    const all: string[] = [];
    for await (const ev of await h.openai.responses.create({ model: "gpt-4.1", input: "hi", stream: true })) {
      all.push(JSON.stringify(ev));
      if (ev.type === "response.function_call_arguments.delta") deltas += ev.delta;
    }
    const decoded = (s: string): string => s.replace(/\\u([0-9a-fA-F]{4})/g, (_m, x: string) => String.fromCharCode(parseInt(x, 16)));
    expect(decoded(deltas)).not.toContain(AWS);
    expect(decoded(all.join("\n"))).not.toContain(AWS);
  });
});
