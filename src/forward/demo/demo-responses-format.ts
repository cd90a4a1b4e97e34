import type { JsonObject, JsonValue } from "../../core/json.js";
import type { SseEvent } from "../sse/sse-event.js";
import { type DemoTurn, demoTokens, estimateTokens } from "./demo-model.js";

function outputItem(id: string, turn: DemoTurn, status: string): JsonObject {
  if (turn.toolCall) {
    return { type: "function_call", id: `fc_${id}`, call_id: `call_${id}`, name: turn.toolCall.name, arguments: turn.toolCall.arguments, status };
  }
  return { type: "message", id: `msg_${id}`, status, role: "assistant", content: [{ type: "output_text", text: turn.text, annotations: [] }] };
}

/** How a finished answer ends: `incomplete` when `max_output_tokens` cut it (as the API reports it), else `completed`. */
const endStatus = (turn: DemoTurn): string => (turn.finish === "length" ? "incomplete" : "completed");

/** A Responses API `response` object (by default a finished one: `completed`, or `incomplete` when cut short). */
export function responsesJson(id: string, model: string, turn: DemoTurn, status = endStatus(turn), output?: JsonValue[]): JsonObject {
  const out = estimateTokens(turn.text + (turn.toolCall?.arguments ?? ""));
  return {
    id: `resp_${id}`,
    object: "response",
    created_at: Math.floor(Date.now() / 1000),
    status,
    error: null,
    incomplete_details: status === "incomplete" ? { reason: "max_output_tokens" } : null,
    model,
    output: output ?? [outputItem(id, turn, endStatus(turn))],
    parallel_tool_calls: true,
    tool_choice: "auto",
    tools: [],
    usage: {
      input_tokens: turn.promptTokens,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: out,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: turn.promptTokens + out,
    },
  };
}

/**
 * The Responses API event sequence, with `sequence_number`s, ending in `response.completed`, or in
 * `response.incomplete` when `max_output_tokens` cut the answer (the message item's status is then `incomplete`).
 */
export function responsesEvents(id: string, model: string, turn: DemoTurn): SseEvent[] {
  const out: SseEvent[] = [];
  let seq = 0;
  const push = (type: string, body: JsonObject) => {
    const json: JsonObject = { type, sequence_number: seq++, ...body };
    out.push({ event: type, data: JSON.stringify(json), json });
  };
  push("response.created", { response: responsesJson(id, model, turn, "in_progress", []) });
  push("response.in_progress", { response: responsesJson(id, model, turn, "in_progress", []) });
  const item = outputItem(id, turn, "in_progress");
  const itemId = item["id"] as string;
  if (turn.toolCall) {
    push("response.output_item.added", { output_index: 0, item: { ...item, arguments: "" } });
    for (const t of demoTokens(turn.toolCall.arguments)) push("response.function_call_arguments.delta", { item_id: itemId, output_index: 0, delta: t });
    push("response.function_call_arguments.done", { item_id: itemId, output_index: 0, arguments: turn.toolCall.arguments });
  } else {
    push("response.output_item.added", { output_index: 0, item: { ...item, content: [] } });
    const part = { type: "output_text", text: "", annotations: [] };
    push("response.content_part.added", { item_id: itemId, output_index: 0, content_index: 0, part });
    for (const t of demoTokens(turn.text)) push("response.output_text.delta", { item_id: itemId, output_index: 0, content_index: 0, delta: t, logprobs: [] });
    push("response.output_text.done", { item_id: itemId, output_index: 0, content_index: 0, text: turn.text, logprobs: [] });
    push("response.content_part.done", { item_id: itemId, output_index: 0, content_index: 0, part: { ...part, text: turn.text } });
  }
  const status = endStatus(turn);
  push("response.output_item.done", { output_index: 0, item: outputItem(id, turn, status) });
  push(`response.${status}`, { response: responsesJson(id, model, turn) });
  return out;
}
