import type { Endpoint } from "../../src/api/endpoint.js";
import { anthropicMessagesEndpoint } from "../../src/api/anthropic-messages/anthropic-messages-endpoint.js";
import { openaiChatEndpoint } from "../../src/api/openai-chat/openai-chat-endpoint.js";
import { openaiCompletionsEndpoint } from "../../src/api/openai-completions/openai-completions-endpoint.js";
import { openaiResponsesEndpoint } from "../../src/api/openai-responses/openai-responses-endpoint.js";
import type { JsonObject } from "../../src/core/json.js";
import { StageChain, type EventStage } from "../../src/forward/sse/event-stage.js";
import type { SseEvent } from "../../src/forward/sse/sse-event.js";
import { serializeSse } from "../../src/forward/sse/sse-serialize.js";

const ev = (json: JsonObject, event?: string): SseEvent => ({ ...(event ? { event } : {}), data: JSON.stringify(json), json });

/** A wire event as a client parses it. */
export interface WireEvent {
  event?: string;
  data: string;
  json?: any;
}

/** One API's stream shape (like the demo provider's), and how a client reassembles text from it. */
export interface StreamFormat {
  name: string;
  endpoint: Endpoint;
  /** Events streaming `pieces` as assistant text, or as one tool call's arguments. */
  build(pieces: string[], tool: boolean): SseEvent[];
  /** The text a client accumulates from the deltas. */
  text(events: WireEvent[], tool: boolean): string;
  /** Whole-text snapshots the stream repeats (must equal the accumulated text). */
  snapshots(events: WireEvent[], tool: boolean): string[];
  /** Whether `e` is the API's error event with `code`. */
  isError(e: WireEvent, code: string): boolean;
}

const chat: StreamFormat = {
  name: "openai.chat",
  endpoint: openaiChatEndpoint,
  build(pieces, tool) {
    const base = { id: "chatcmpl-1", object: "chat.completion.chunk", created: 1, model: "m" };
    const chunk = (delta: JsonObject, finish: string | null = null) => ev({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });
    const out = [chunk({ role: "assistant", content: "", refusal: null })];
    if (tool) {
      out.push(chunk({ tool_calls: [{ index: 0, id: "call_1", type: "function", function: { name: "lookup", arguments: "" } }] }));
      for (const p of pieces) out.push(chunk({ tool_calls: [{ index: 0, function: { arguments: p } }] }));
    } else for (const p of pieces) out.push(chunk({ content: p }));
    out.push(chunk({}, tool ? "tool_calls" : "stop"));
    out.push(ev({ ...base, choices: [], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } }));
    out.push({ data: "[DONE]" });
    return out;
  },
  text(events, tool) {
    let s = "";
    let finished = false;
    for (const e of events) {
      for (const c of e.json?.choices ?? []) {
        if (finished) throw new Error("text after finish_reason");
        if (tool) for (const t of c.delta?.tool_calls ?? []) s += t.function?.arguments ?? "";
        else s += c.delta?.content ?? "";
        if (c.finish_reason) finished = true;
      }
    }
    return s;
  },
  snapshots: () => [],
  isError: (e, code) => e.event === undefined && e.json?.error?.code === code,
};

const completions: StreamFormat = {
  name: "openai.completions",
  endpoint: openaiCompletionsEndpoint,
  build(pieces) {
    const chunk = (text: string, finish: string | null) =>
      ev({ id: "cmpl-1", object: "text_completion", created: 1, model: "m", choices: [{ index: 0, text, logprobs: null, finish_reason: finish }] });
    return [...pieces.map((p) => chunk(p, null)), chunk("", "stop"), { data: "[DONE]" }];
  },
  text: (events) => events.flatMap((e) => (e.json?.choices ?? []).map((c: any) => c.text ?? "")).join(""),
  snapshots: () => [],
  isError: chat.isError,
};

const anthropic: StreamFormat = {
  name: "anthropic.messages",
  endpoint: anthropicMessagesEndpoint,
  build(pieces, tool) {
    const out: SseEvent[] = [];
    const push = (type: string, body: JsonObject) => out.push(ev({ type, ...body }, type));
    push("message_start", { message: { id: "msg_1", type: "message", role: "assistant", model: "m", content: [], stop_reason: null, usage: { input_tokens: 1, output_tokens: 1 } } });
    push("content_block_start", { index: 0, content_block: tool ? { type: "tool_use", id: "toolu_1", name: "lookup", input: {} } : { type: "text", text: "" } });
    push("ping", {});
    for (const p of pieces) push("content_block_delta", { index: 0, delta: tool ? { type: "input_json_delta", partial_json: p } : { type: "text_delta", text: p } });
    push("content_block_stop", { index: 0 });
    push("message_delta", { delta: { stop_reason: tool ? "tool_use" : "end_turn", stop_sequence: null }, usage: { output_tokens: 3 } });
    push("message_stop", {});
    return out;
  },
  text(events, tool) {
    let s = "";
    let stopped = false;
    for (const e of events) {
      if (e.json?.type === "content_block_stop") stopped = true;
      if (e.json?.type !== "content_block_delta") continue;
      if (stopped) throw new Error("delta after content_block_stop");
      if (e.event !== "content_block_delta") throw new Error("event name mismatch");
      s += tool ? e.json.delta.partial_json : e.json.delta.text;
    }
    return s;
  },
  snapshots: () => [],
  isError: (e, code) => e.event === "error" && e.json?.type === "error" && e.json?.error?.code === code,
};

const responses: StreamFormat = {
  name: "openai.responses",
  endpoint: openaiResponsesEndpoint,
  build(pieces, tool) {
    const out: SseEvent[] = [];
    let seq = 0;
    const push = (type: string, body: JsonObject) => out.push(ev({ type, sequence_number: seq++, ...body }, type));
    const whole = pieces.join("");
    const resp = (status: string, output: JsonObject[]) => ({ id: "resp_1", object: "response", status, model: "m", output });
    const item = (status: string, text: string): JsonObject =>
      tool
        ? { type: "function_call", id: "fc_1", call_id: "call_1", name: "lookup", arguments: text, status }
        : { type: "message", id: "msg_1", status, role: "assistant", content: text === "" ? [] : [{ type: "output_text", text, annotations: [] }] };
    push("response.created", { response: resp("in_progress", []) });
    push("response.output_item.added", { output_index: 0, item: item("in_progress", "") });
    if (tool) {
      for (const p of pieces) push("response.function_call_arguments.delta", { item_id: "fc_1", output_index: 0, delta: p });
      push("response.function_call_arguments.done", { item_id: "fc_1", output_index: 0, arguments: whole });
    } else {
      push("response.content_part.added", { item_id: "msg_1", output_index: 0, content_index: 0, part: { type: "output_text", text: "", annotations: [] } });
      for (const p of pieces) push("response.output_text.delta", { item_id: "msg_1", output_index: 0, content_index: 0, delta: p, logprobs: [] });
      push("response.output_text.done", { item_id: "msg_1", output_index: 0, content_index: 0, text: whole, logprobs: [] });
      push("response.content_part.done", { item_id: "msg_1", output_index: 0, content_index: 0, part: { type: "output_text", text: whole, annotations: [] } });
    }
    push("response.output_item.done", { output_index: 0, item: item("completed", whole) });
    push("response.completed", { response: resp("completed", [item("completed", whole)]) });
    return out;
  },
  text(events, tool) {
    let s = "";
    let done = false;
    for (const e of events) {
      const t = e.json?.type;
      if (t === (tool ? "response.function_call_arguments.done" : "response.output_text.done")) done = true;
      if (t === (tool ? "response.function_call_arguments.delta" : "response.output_text.delta")) {
        if (done) throw new Error("delta after done");
        if (e.event !== t) throw new Error("event name mismatch");
        s += e.json.delta;
      }
    }
    return s;
  },
  snapshots(events, tool) {
    const out: string[] = [];
    for (const e of events) {
      const j = e.json;
      if (!j) continue;
      if (j.type === "response.output_text.done") out.push(j.text);
      if (j.type === "response.function_call_arguments.done") out.push(j.arguments);
      if (j.type === "response.content_part.done") out.push(j.part.text);
      const items = j.type === "response.output_item.done" ? [j.item] : j.type === "response.completed" ? j.response.output : [];
      for (const it of items) out.push(tool ? it.arguments : it.content[0]?.text ?? "");
    }
    return out;
  },
  isError: (e, code) => e.event === "error" && e.json?.type === "error" && e.json?.code === code,
};

export const FORMATS: readonly StreamFormat[] = [chat, completions, anthropic, responses];

/** Run `events` through `stage` in batches of `batch` events (as the gateway does) and parse the wire output. */
export async function runStage(stage: EventStage, events: SseEvent[], batch = 1): Promise<{ wire: string; events: WireEvent[] }> {
  const chain = new StageChain([stage]);
  const out: SseEvent[] = [];
  for (let i = 0; i < events.length && !chain.terminated; i += batch) out.push(...(await chain.push(events.slice(i, i + batch))));
  if (!chain.terminated) out.push(...(await chain.flush()));
  const wire = out.map(serializeSse).join("");
  return { wire, events: parseWire(wire) };
}

/** Parse serialized SSE as a client does. */
export function parseWire(wire: string): WireEvent[] {
  const out: WireEvent[] = [];
  for (const block of wire.split("\n\n")) {
    if (block === "") continue;
    let event: string | undefined;
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event: ")) event = line.slice(7);
      else if (line.startsWith("data: ")) data.push(line.slice(6));
    }
    const d = data.join("\n");
    let json: unknown;
    try {
      json = JSON.parse(d);
    } catch {
      json = undefined;
    }
    out.push({ ...(event !== undefined ? { event } : {}), data: d, ...(json !== undefined ? { json } : {}) });
  }
  return out;
}

/** Responses API sequence numbers must stay 0, 1, 2, ... after carriers are inserted. */
export function sequenceNumbers(events: WireEvent[]): number[] {
  return events.flatMap((e) => (typeof e.json?.sequence_number === "number" ? [e.json.sequence_number] : []));
}
