import { describe, expect, it } from "vitest";
import type { JsonObject } from "../core/json.js";
import type { SseEvent } from "../forward/sse/sse-event.js";
import { ENDPOINTS } from "./endpoints.js";
import { unknownParts, visitUnknownStrings } from "./response-shape.js";

const byApi = Object.fromEntries(ENDPOINTS.map((e) => [e.api, e]));
const ev = (json: JsonObject, event?: string): SseEvent => ({ data: JSON.stringify(json), json, ...(event ? { event } : {}) });
const texts = (e: SseEvent, api: string) => byApi[api]?.streamDeltas(e).map((d) => ({ channel: d.channel, kind: d.kind, text: d.text, whole: d.whole === true }));

describe("visitUnknownStrings", () => {
  it("visits strings outside the shape, skipping structural and opaque keys and data URLs", () => {
    const seen: string[] = [];
    visitUnknownStrings(
      { id: "x", known: { a: "k" }, extra: { id: "i", note: "n1", list: ["n2", { signature: "s", v: "n3" }], img: "data:image/png;base64,AAAA" }, obfuscation: "pad" },
      { known: true },
      (path, text, kind) => seen.push(`${path.join(".")}=${text}:${kind}`),
    );
    expect(seen).toEqual(["extra.note=n1:other", "extra.list.0=n2:other", "extra.list.1.v=n3:other"]);
  });

  it("a kind in the shape scans its subtree as that kind; an array shape applies to each element", () => {
    const seen: string[] = [];
    visitUnknownStrings({ blocks: [{ input: { q: "a", deep: ["b"] }, text: "t" }] }, { blocks: [{ input: "tool_call_arguments", text: true }] }, (path, text, kind) => seen.push(`${path.join(".")}=${text}:${kind}`));
    expect(seen).toEqual(["blocks.0.input.q=a:tool_call_arguments", "blocks.0.input.deep.0=b:tool_call_arguments"]);
  });
});

describe("non-streamed responses: unknown fields are parts, known ones are not scanned twice", () => {
  it("chat: a top-level extra field, not the choices (already text) nor usage", () => {
    const body = { id: "c", object: "chat.completion", model: "m", system_fingerprint: "fp", choices: [{ index: 0, message: { role: "assistant", content: "hi" } }], usage: { prompt_tokens: 1 }, x_debug: { echo: "v" } };
    expect(byApi["openai.chat"]?.responseParts(body).map((p) => [p.path.join("."), p.kind])).toEqual([
      ["choices.0.message.content", "text"],
      ["x_debug.echo", "other"],
    ]);
  });

  it("Responses: echoed request fields (instructions, metadata, tools) are not output; a tool output is", () => {
    const body: JsonObject = {
      id: "r",
      object: "response",
      instructions: "You are the Acme bot",
      metadata: { who: "me" },
      tools: [{ type: "function", name: "f", description: "d" }],
      output: [{ type: "mcp_call", id: "m", name: "f", arguments: "{}", output: "result text" }, { type: "image_generation_call", id: "i", result: "iVBORw0KGgo" }],
    };
    expect(unknownParts(body, { output: true }).length).toBeGreaterThan(0);
    expect(byApi["openai.responses"]?.responseParts(body).map((p) => [p.path.join("."), p.kind])).toEqual([
      ["output.0.arguments", "tool_call_arguments"],
      ["output.0.output", "other"],
    ]);
  });

  it("Anthropic: a server tool result's title is scanned, its encrypted content is not", () => {
    const body = { id: "m", type: "message", role: "assistant", content: [{ type: "web_search_tool_result", tool_use_id: "t", content: [{ type: "web_search_result", url: "https://a.example", title: "T", encrypted_content: "E" }] }], usage: { input_tokens: 1 }, container: { id: "c", expires_at: "2030-01-01" } };
    expect(byApi["anthropic.messages"]?.responseParts(body).map((p) => p.path.join("."))).toEqual(["content.0.content.0.url", "content.0.content.0.title"]);
  });
});

describe("stream events: unknown fields are whole deltas", () => {
  it("chat: an extra chunk member is a whole delta; content stays a channel; obfuscation is padding", () => {
    const e = ev({ id: "c", object: "chat.completion.chunk", created: 1, model: "m", obfuscation: "xyz", x_debug: "v", choices: [{ index: 0, delta: { content: "hi", tool_calls: [{ index: 0, id: "t", function: { name: "f", arguments: "{" } }] }, finish_reason: null }] });
    expect(texts(e, "openai.chat")).toEqual([
      { channel: "field:x_debug", kind: "other", text: "v", whole: true },
      { channel: "choice:0:content", kind: "text", text: "hi", whole: false },
      { channel: "choice:0:tool:0:arguments", kind: "tool_call_arguments", text: "{", whole: false },
    ]);
  });

  it("Anthropic: a tool call's input filled in content_block_start is scanned whole; set writes it back", () => {
    const e = ev({ type: "content_block_start", index: 1, content_block: { type: "tool_use", id: "t", name: "save", input: { note: "v", n: 2 } } });
    const deltas = byApi["anthropic.messages"]?.streamDeltas(e) ?? [];
    expect(deltas.map((d) => [d.channel, d.kind, d.text, d.whole])).toEqual([["field:content_block.input.note", "tool_call_arguments", "v", true]]);
    deltas[0]?.set("[x]");
    expect(e.json).toMatchObject({ content_block: { input: { note: "[x]", n: 2 } } });
    expect(e.dirty).toBe(true);
    // The usual events carry nothing unknown.
    expect(texts(ev({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "hi" } }), "anthropic.messages")).toEqual([{ channel: "block:0", kind: "text", text: "hi", whole: false }]);
    expect(texts(ev({ type: "message_start", message: { id: "m", type: "message", role: "assistant", model: "c", content: [], usage: { input_tokens: 1 } } }), "anthropic.messages")).toEqual([]);
  });

  it("Responses: a known event's extra field is scanned; an unknown event type in every field; echoes never", () => {
    expect(texts(ev({ type: "response.output_text.delta", sequence_number: 1, item_id: "m", output_index: 0, content_index: 0, delta: "hi", obfuscation: "p", x: "v" }), "openai.responses")).toEqual([
      { channel: "item:0:content:0", kind: "text", text: "hi", whole: false },
      { channel: "field:x", kind: "other", text: "v", whole: true },
    ]);
    expect(texts(ev({ type: "response.created", sequence_number: 0, response: { id: "r", object: "response", instructions: "sys", output: [], status: "in_progress" } }), "openai.responses")).toEqual([]);
    expect(texts(ev({ type: "response.future_thing.delta", sequence_number: 2, item_id: "m", output_index: 0, delta: "v" }), "openai.responses")).toEqual([
      { channel: "field:delta", kind: "other", text: "v", whole: true },
    ]);
  });
});
