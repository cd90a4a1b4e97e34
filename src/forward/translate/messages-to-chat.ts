import { isJsonObject, type JsonObject, type JsonValue } from "../../core/json.js";

/** Anthropic `stop_reason` → OpenAI `finish_reason`. */
export function finishReason(stop: JsonValue | undefined): string | null {
  switch (stop) {
    case "end_turn":
    case "stop_sequence":
    case "pause_turn":
      return "stop";
    case "max_tokens":
      return "length";
    case "tool_use":
      return "tool_calls";
    case "refusal":
      return "content_filter";
    default:
      return stop === undefined || stop === null ? null : "stop";
  }
}

const num = (v: JsonValue | undefined): number => (typeof v === "number" ? v : 0);

/** Anthropic usage → OpenAI usage (cache reads and writes count as prompt tokens, and are reported as cached). */
export function chatUsage(usage: JsonValue | undefined): JsonObject {
  const u = isJsonObject(usage) ? usage : {};
  const cached = num(u["cache_read_input_tokens"]);
  const prompt = num(u["input_tokens"]) + cached + num(u["cache_creation_input_tokens"]);
  const completion = num(u["output_tokens"]);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion, prompt_tokens_details: { cached_tokens: cached } };
}

/** Chat completion ids keep the upstream message id, so a call can be traced on both sides. */
export const chatId = (messageId: JsonValue | undefined): string => `chatcmpl-${typeof messageId === "string" ? messageId : "anthropic"}`;

/**
 * Translate an Anthropic Messages response into an OpenAI chat completion: text blocks joined into `content`,
 * `tool_use` blocks into `tool_calls` (arguments as JSON text), thinking blocks left out, usage and finish reason
 * mapped.
 */
export function messagesToChatResponse(msg: JsonObject, requestedModel: string, now = Date.now()): JsonObject {
  const blocks = Array.isArray(msg["content"]) ? msg["content"] : [];
  const text: string[] = [];
  const calls: JsonObject[] = [];
  for (const b of blocks) {
    if (!isJsonObject(b)) continue;
    if (b["type"] === "text" && typeof b["text"] === "string") text.push(b["text"]);
    else if (b["type"] === "tool_use") {
      calls.push({
        id: typeof b["id"] === "string" ? b["id"] : `call_${calls.length}`,
        type: "function",
        function: { name: typeof b["name"] === "string" ? b["name"] : "", arguments: JSON.stringify(b["input"] ?? {}) },
      });
    }
  }
  const message: JsonObject = { role: "assistant", content: text.length > 0 ? text.join("") : null, refusal: null };
  if (calls.length > 0) message["tool_calls"] = calls;
  return {
    id: chatId(msg["id"]),
    object: "chat.completion",
    created: Math.floor(now / 1000),
    model: typeof msg["model"] === "string" ? msg["model"] : requestedModel,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason(msg["stop_reason"]) }],
    usage: chatUsage(msg["usage"]),
  };
}
