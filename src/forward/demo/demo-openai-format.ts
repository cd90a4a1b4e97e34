import type { JsonObject } from "../../core/json.js";
import type { SseEvent } from "../sse/sse-event.js";
import { type DemoTurn, demoTokens, estimateTokens } from "./demo-model.js";

const ev = (json: JsonObject): SseEvent => ({ data: JSON.stringify(json), json });
const done: SseEvent = { data: "[DONE]" };

function usage(turn: DemoTurn): JsonObject {
  const completion = estimateTokens(turn.text + (turn.toolCall?.arguments ?? ""));
  return { prompt_tokens: turn.promptTokens, completion_tokens: completion, total_tokens: turn.promptTokens + completion };
}

/** A `chat.completion` body. */
export function chatJson(id: string, model: string, turn: DemoTurn): JsonObject {
  const message: JsonObject = { role: "assistant", content: turn.toolCall ? null : turn.text, refusal: null };
  if (turn.toolCall) {
    message["tool_calls"] = [{ id: `call_${id}`, type: "function", function: { name: turn.toolCall.name, arguments: turn.toolCall.arguments } }];
  }
  return {
    id: `chatcmpl-${id}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: turn.toolCall ? "tool_calls" : "stop" }],
    usage: usage(turn),
  };
}

/** `chat.completion.chunk` events, token by token, then the usage chunk when asked for, then `[DONE]`. */
export function chatEvents(id: string, model: string, turn: DemoTurn, includeUsage: boolean): SseEvent[] {
  const created = Math.floor(Date.now() / 1000);
  const chunk = (delta: JsonObject, finish: string | null = null): SseEvent =>
    ev({ id: `chatcmpl-${id}`, object: "chat.completion.chunk", created, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });
  const out: SseEvent[] = [chunk({ role: "assistant", content: "", refusal: null })];
  if (turn.toolCall) {
    out.push(chunk({ tool_calls: [{ index: 0, id: `call_${id}`, type: "function", function: { name: turn.toolCall.name, arguments: "" } }] }));
    for (const t of demoTokens(turn.toolCall.arguments)) out.push(chunk({ tool_calls: [{ index: 0, function: { arguments: t } }] }));
  } else {
    for (const t of demoTokens(turn.text)) out.push(chunk({ content: t }));
  }
  out.push(chunk({}, turn.toolCall ? "tool_calls" : "stop"));
  if (includeUsage) out.push(ev({ id: `chatcmpl-${id}`, object: "chat.completion.chunk", created, model, choices: [], usage: usage(turn) }));
  out.push(done);
  return out;
}

/** A `text_completion` body. */
export function completionsJson(id: string, model: string, turn: DemoTurn): JsonObject {
  return {
    id: `cmpl-${id}`,
    object: "text_completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, text: turn.text, logprobs: null, finish_reason: "stop" }],
    usage: usage(turn),
  };
}

export function completionsEvents(id: string, model: string, turn: DemoTurn, includeUsage: boolean): SseEvent[] {
  const created = Math.floor(Date.now() / 1000);
  const chunk = (text: string, finish: string | null): SseEvent =>
    ev({ id: `cmpl-${id}`, object: "text_completion", created, model, choices: [{ index: 0, text, logprobs: null, finish_reason: finish }] });
  const out = demoTokens(turn.text).map((t) => chunk(t, null));
  out.push(chunk("", "stop"));
  if (includeUsage) out.push(ev({ id: `cmpl-${id}`, object: "text_completion", created, model, choices: [], usage: usage(turn) }));
  out.push(done);
  return out;
}
