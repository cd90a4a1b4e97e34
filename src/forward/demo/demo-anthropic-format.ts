import type { JsonObject } from "../../core/json.js";
import type { SseEvent } from "../sse/sse-event.js";
import { type DemoTurn, demoTokens, estimateTokens } from "./demo-model.js";

function block(id: string, turn: DemoTurn, empty: boolean): JsonObject {
  if (turn.toolCall) {
    let input: JsonObject = {};
    if (!empty) {
      try {
        input = JSON.parse(turn.toolCall.arguments) as JsonObject;
      } catch {
        input = {};
      }
    }
    return { type: "tool_use", id: `toolu_${id}`, name: turn.toolCall.name, input };
  }
  return { type: "text", text: empty ? "" : turn.text };
}

/** An Anthropic `message` body. */
export function anthropicJson(id: string, model: string, turn: DemoTurn): JsonObject {
  return {
    id: `msg_${id}`,
    type: "message",
    role: "assistant",
    model,
    content: [block(id, turn, false)],
    stop_reason: turn.toolCall ? "tool_use" : turn.finish === "length" ? "max_tokens" : turn.finish === "stop_sequence" ? "stop_sequence" : "end_turn",
    stop_sequence: turn.stopSequence ?? null,
    usage: { input_tokens: turn.promptTokens, output_tokens: estimateTokens(turn.text + (turn.toolCall?.arguments ?? "")) },
  };
}

/** The Messages streaming event sequence: message_start … content_block_* … message_delta, message_stop. */
export function anthropicEvents(id: string, model: string, turn: DemoTurn): SseEvent[] {
  const out: SseEvent[] = [];
  const push = (type: string, body: JsonObject) => {
    const json: JsonObject = { type, ...body };
    out.push({ event: type, data: JSON.stringify(json), json });
  };
  const start = anthropicJson(id, model, turn);
  push("message_start", { message: { ...start, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: turn.promptTokens, output_tokens: 1 } } });
  push("content_block_start", { index: 0, content_block: block(id, turn, true) });
  push("ping", {});
  if (turn.toolCall) {
    for (const t of demoTokens(turn.toolCall.arguments)) push("content_block_delta", { index: 0, delta: { type: "input_json_delta", partial_json: t } });
  } else {
    for (const t of demoTokens(turn.text)) push("content_block_delta", { index: 0, delta: { type: "text_delta", text: t } });
  }
  push("content_block_stop", { index: 0 });
  push("message_delta", { delta: { stop_reason: start["stop_reason"] ?? null, stop_sequence: start["stop_sequence"] ?? null }, usage: { output_tokens: (start["usage"] as JsonObject)["output_tokens"] ?? 0 } });
  push("message_stop", {});
  return out;
}
