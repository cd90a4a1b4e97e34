import { isJsonObject, type JsonObject, type JsonValue } from "../../core/json.js";

/** OpenAI `finish_reason` → Anthropic `stop_reason`. */
export function stopReason(finish: JsonValue | undefined): string {
  switch (finish) {
    case "length":
      return "max_tokens";
    case "tool_calls":
    case "function_call":
      return "tool_use";
    case "content_filter":
      return "refusal";
    default:
      return "end_turn";
  }
}

const num = (v: JsonValue | undefined): number => (typeof v === "number" ? v : 0);

/** OpenAI usage → Anthropic usage (cached prompt tokens reported as cache reads). */
export function messagesUsage(usage: JsonValue | undefined): JsonObject {
  const u = isJsonObject(usage) ? usage : {};
  const details = isJsonObject(u["prompt_tokens_details"]) ? u["prompt_tokens_details"] : {};
  const cached = num(details["cached_tokens"]);
  return { input_tokens: num(u["prompt_tokens"]) - cached, output_tokens: num(u["completion_tokens"]), cache_read_input_tokens: cached, cache_creation_input_tokens: 0 };
}

export const messageId = (chatId: JsonValue | undefined): string => `msg_${typeof chatId === "string" ? chatId.replace(/^chatcmpl-/, "") : "openai"}`;

/** Parse tool-call arguments; arguments that are not a JSON object are kept under `_raw` rather than lost. */
export function toolInput(args: JsonValue | undefined): JsonObject {
  if (isJsonObject(args)) return args;
  if (typeof args !== "string" || args.trim() === "") return {};
  try {
    const v: unknown = JSON.parse(args);
    return isJsonObject(v) ? v : { _raw: args };
  } catch {
    return { _raw: args };
  }
}

/** Translate an OpenAI chat completion (first choice) into an Anthropic Messages response. */
export function chatToMessagesResponse(res: JsonObject, requestedModel: string): JsonObject {
  const choice = Array.isArray(res["choices"]) ? res["choices"][0] : undefined;
  const c = isJsonObject(choice) ? choice : {};
  const msg = isJsonObject(c["message"]) ? c["message"] : {};
  const content: JsonObject[] = [];
  if (typeof msg["content"] === "string" && msg["content"].length > 0) content.push({ type: "text", text: msg["content"] });
  else if (typeof msg["refusal"] === "string" && msg["refusal"].length > 0) content.push({ type: "text", text: msg["refusal"] });
  for (const call of Array.isArray(msg["tool_calls"]) ? msg["tool_calls"] : []) {
    const fn = isJsonObject(call) && isJsonObject(call["function"]) ? call["function"] : undefined;
    if (!isJsonObject(call) || !fn) continue;
    content.push({ type: "tool_use", id: typeof call["id"] === "string" ? call["id"] : `toolu_${content.length}`, name: typeof fn["name"] === "string" ? fn["name"] : "", input: toolInput(fn["arguments"]) });
  }
  return {
    id: messageId(res["id"]),
    type: "message",
    role: "assistant",
    model: typeof res["model"] === "string" ? res["model"] : requestedModel,
    content,
    stop_reason: stopReason(c["finish_reason"]),
    stop_sequence: null,
    usage: messagesUsage(res["usage"]),
  };
}
