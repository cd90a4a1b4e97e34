import type { JsonObject } from "../../core/json.js";
import type { SseEvent } from "../sse/sse-event.js";
import { type DemoTurn, demoTokens, estimateTokens } from "./demo-model.js";

const ev = (json: JsonObject): SseEvent => ({ data: JSON.stringify(json), json });
const done: SseEvent = { data: "[DONE]" };

/** Usage of `n` choices of the same turn. */
function usage(turn: DemoTurn, n = 1): JsonObject {
  const completion = n * estimateTokens(turn.text + (turn.toolCall?.arguments ?? ""));
  return { prompt_tokens: turn.promptTokens, completion_tokens: completion, total_tokens: turn.promptTokens + completion };
}

/** OpenAI's `finish_reason`: a stop sequence met is a plain `stop`. */
const finishReason = (turn: DemoTurn): string => (turn.toolCall ? "tool_calls" : turn.finish === "length" ? "length" : "stop");

/** `n` choice indices. */
const indices = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** A `chat.completion` body, with `n` choices (the demo model answers the same each time). */
export function chatJson(id: string, model: string, turn: DemoTurn, n = 1): JsonObject {
  const message: JsonObject = { role: "assistant", content: turn.toolCall ? null : turn.text, refusal: null };
  if (turn.toolCall) {
    message["tool_calls"] = [{ id: `call_${id}`, type: "function", function: { name: turn.toolCall.name, arguments: turn.toolCall.arguments } }];
  }
  return {
    id: `chatcmpl-${id}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: indices(n).map((index) => ({ index, message: structuredClone(message), logprobs: null, finish_reason: finishReason(turn) })),
    usage: usage(turn, n),
  };
}

/** `chat.completion.chunk` events, token by token, then the usage chunk when asked for, then `[DONE]`. */
export function chatEvents(id: string, model: string, turn: DemoTurn, includeUsage: boolean, n = 1): SseEvent[] {
  const created = Math.floor(Date.now() / 1000);
  const out: SseEvent[] = [];
  for (const index of indices(n)) {
    const chunk = (delta: JsonObject, finish: string | null = null): SseEvent =>
      ev({ id: `chatcmpl-${id}`, object: "chat.completion.chunk", created, model, choices: [{ index, delta, logprobs: null, finish_reason: finish }] });
    out.push(chunk({ role: "assistant", content: "", refusal: null }));
    if (turn.toolCall) {
      out.push(chunk({ tool_calls: [{ index: 0, id: `call_${id}`, type: "function", function: { name: turn.toolCall.name, arguments: "" } }] }));
      for (const t of demoTokens(turn.toolCall.arguments)) out.push(chunk({ tool_calls: [{ index: 0, function: { arguments: t } }] }));
    } else {
      for (const t of demoTokens(turn.text)) out.push(chunk({ content: t }));
    }
    out.push(chunk({}, finishReason(turn)));
  }
  if (includeUsage) out.push(ev({ id: `chatcmpl-${id}`, object: "chat.completion.chunk", created, model, choices: [], usage: usage(turn, n) }));
  out.push(done);
  return out;
}

/** A `text_completion` body. */
export function completionsJson(id: string, model: string, turn: DemoTurn, n = 1): JsonObject {
  return {
    id: `cmpl-${id}`,
    object: "text_completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: indices(n).map((index) => ({ index, text: turn.text, logprobs: null, finish_reason: finishReason(turn) })),
    usage: usage(turn, n),
  };
}

export function completionsEvents(id: string, model: string, turn: DemoTurn, includeUsage: boolean, n = 1): SseEvent[] {
  const created = Math.floor(Date.now() / 1000);
  const out: SseEvent[] = [];
  for (const index of indices(n)) {
    const chunk = (text: string, finish: string | null): SseEvent =>
      ev({ id: `cmpl-${id}`, object: "text_completion", created, model, choices: [{ index, text, logprobs: null, finish_reason: finish }] });
    for (const t of demoTokens(turn.text)) out.push(chunk(t, null));
    out.push(chunk("", finishReason(turn)));
  }
  if (includeUsage) out.push(ev({ id: `cmpl-${id}`, object: "text_completion", created, model, choices: [], usage: usage(turn, n) }));
  out.push(done);
  return out;
}
