import { isJsonObject, type JsonObject, type JsonValue } from "../../core/json.js";
import { WardenError } from "../../core/warden-error.js";

/** Anthropic requires `max_tokens`; an OpenAI caller that sets none gets this. */
export const DEFAULT_MAX_TOKENS = 4096;

/** A request the Anthropic API cannot express: the message names the feature (our text, safe for clients). */
const invalid = (detail: string) =>
  new WardenError("WARDEN_ROUTE_TRANSLATION", { message: `This request cannot be translated for the model's provider: ${detail.slice(0, 200)}.`, detail });

/** Text of an OpenAI `content` (string or parts) for places that take text only (system prompt, tool results). */
function textOf(content: JsonValue | undefined): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((p) => (isJsonObject(p) && typeof p["text"] === "string" ? p["text"] : ""))
    .filter((t) => t.length > 0)
    .join("\n");
}

/** An OpenAI image part as an Anthropic image block: data URLs become base64 sources, other URLs `url` sources. */
function imageBlock(part: JsonObject): JsonObject {
  const ref = part["image_url"];
  const url = typeof ref === "string" ? ref : isJsonObject(ref) && typeof ref["url"] === "string" ? ref["url"] : undefined;
  if (url === undefined) throw invalid("image_url part without a url");
  const m = /^data:([^;,]+);base64,(.*)$/s.exec(url);
  if (m) return { type: "image", source: { type: "base64", media_type: m[1] as string, data: m[2] as string } };
  return { type: "image", source: { type: "url", url } };
}

/** OpenAI user/assistant `content` as Anthropic content blocks. */
function contentBlocks(content: JsonValue | undefined): JsonObject[] {
  if (content === undefined || content === null) return [];
  if (typeof content === "string") return content.length > 0 ? [{ type: "text", text: content }] : [];
  if (!Array.isArray(content)) throw invalid("content must be a string or an array of parts");
  const out: JsonObject[] = [];
  for (const part of content) {
    if (!isJsonObject(part)) throw invalid("content parts must be objects");
    const type = part["type"];
    if (type === "text" && typeof part["text"] === "string") out.push({ type: "text", text: part["text"] });
    else if (type === "image_url") out.push(imageBlock(part));
    else if (type === "refusal" && typeof part["refusal"] === "string") out.push({ type: "text", text: part["refusal"] });
    else throw invalid(`content part type '${String(type)}' has no Anthropic equivalent`);
  }
  return out;
}

function parseArguments(raw: JsonValue | undefined): JsonObject {
  if (isJsonObject(raw)) return raw;
  if (typeof raw !== "string" || raw.trim() === "") return {};
  try {
    const v: unknown = JSON.parse(raw);
    if (isJsonObject(v)) return v;
  } catch {
    /* fall through */
  }
  throw invalid("tool call arguments are not a JSON object");
}

function toolUseBlocks(calls: JsonValue | undefined): JsonObject[] {
  if (calls === undefined || calls === null) return [];
  if (!Array.isArray(calls)) throw invalid("tool_calls must be an array");
  return calls.map((c) => {
    const fn = isJsonObject(c) ? c["function"] : undefined;
    if (!isJsonObject(c) || !isJsonObject(fn) || typeof fn["name"] !== "string") throw invalid("tool call without a function name");
    return { type: "tool_use", id: typeof c["id"] === "string" ? c["id"] : "", name: fn["name"], input: parseArguments(fn["arguments"]) };
  });
}

function toolChoice(choice: JsonValue | undefined, parallel: JsonValue | undefined): JsonObject | undefined {
  let out: JsonObject | undefined;
  if (choice === "auto") out = { type: "auto" };
  else if (choice === "required") out = { type: "any" };
  else if (choice === "none") out = { type: "none" };
  else if (isJsonObject(choice) && isJsonObject(choice["function"]) && typeof choice["function"]["name"] === "string") {
    out = { type: "tool", name: choice["function"]["name"] };
  } else if (choice !== undefined && choice !== null) throw invalid("unsupported tool_choice");
  if (parallel === false) {
    out ??= { type: "auto" };
    if (out["type"] !== "none") out["disable_parallel_tool_use"] = true;
  }
  return out;
}

function tools(list: JsonValue | undefined): JsonObject[] | undefined {
  if (list === undefined || list === null) return undefined;
  if (!Array.isArray(list)) throw invalid("tools must be an array");
  return list.map((t) => {
    const fn = isJsonObject(t) ? t["function"] : undefined;
    if (!isJsonObject(t) || t["type"] !== "function" || !isJsonObject(fn) || typeof fn["name"] !== "string") {
      throw invalid("only function tools can be translated");
    }
    const tool: JsonObject = { name: fn["name"], input_schema: isJsonObject(fn["parameters"]) ? fn["parameters"] : { type: "object", properties: {} } };
    if (typeof fn["description"] === "string") tool["description"] = fn["description"];
    return tool;
  });
}

/** Append blocks as a turn of `role`, merging with the previous turn when it has the same role (Anthropic alternates). */
function pushTurn(messages: JsonObject[], role: "user" | "assistant", blocks: JsonObject[]): void {
  if (blocks.length === 0) return;
  const last = messages.at(-1);
  if (last && last["role"] === role && Array.isArray(last["content"])) last["content"].push(...blocks);
  else messages.push({ role, content: blocks });
}

/**
 * Translate an OpenAI Chat Completions request into an Anthropic Messages request, so that OpenAI clients can use
 * Claude models through a route to an `anthropic` provider. System and developer messages become `system`; tool
 * calls become `tool_use` blocks and tool messages `tool_result` blocks; `stop`, `max_(completion_)tokens`,
 * `temperature` (clamped to Anthropic's 0..1), `top_p`, `tools`, `tool_choice`, `parallel_tool_calls` and `user` map
 * to their equivalents. Features with no equivalent (`n` > 1, logprobs, audio) are refused rather than dropped.
 */
export function chatToMessagesRequest(body: JsonObject, stream: boolean): JsonObject {
  const msgs = body["messages"];
  if (!Array.isArray(msgs)) throw invalid("messages must be an array");
  if (typeof body["n"] === "number" && body["n"] > 1) throw invalid("n > 1 is not supported by Anthropic models");
  if (body["logprobs"] === true) throw invalid("logprobs are not supported by Anthropic models");
  if (body["audio"] !== undefined && body["audio"] !== null) throw invalid("audio output is not supported by Anthropic models");
  const system: string[] = [];
  const messages: JsonObject[] = [];
  for (const m of msgs) {
    if (!isJsonObject(m)) throw invalid("messages must be objects");
    const role = m["role"];
    if (role === "system" || role === "developer") system.push(textOf(m["content"]));
    else if (role === "user") pushTurn(messages, "user", contentBlocks(m["content"]));
    else if (role === "assistant") pushTurn(messages, "assistant", [...contentBlocks(m["content"]), ...toolUseBlocks(m["tool_calls"])]);
    else if (role === "tool") {
      const id = m["tool_call_id"];
      if (typeof id !== "string") throw invalid("tool message without tool_call_id");
      pushTurn(messages, "user", [{ type: "tool_result", tool_use_id: id, content: textOf(m["content"]) }]);
    } else throw invalid(`message role '${String(role)}' has no Anthropic equivalent`);
  }
  const out: JsonObject = {
    model: body["model"] ?? null,
    messages,
    max_tokens: [body["max_completion_tokens"], body["max_tokens"]].find((v): v is number => typeof v === "number") ?? DEFAULT_MAX_TOKENS,
  };
  const sys = system.filter((s) => s.length > 0);
  if (sys.length > 0) out["system"] = sys.join("\n\n");
  if (typeof body["temperature"] === "number") out["temperature"] = Math.min(1, Math.max(0, body["temperature"]));
  if (typeof body["top_p"] === "number") out["top_p"] = body["top_p"];
  const stop = body["stop"];
  if (typeof stop === "string") out["stop_sequences"] = [stop];
  else if (Array.isArray(stop)) out["stop_sequences"] = stop.filter((s): s is string => typeof s === "string");
  const t = tools(body["tools"]);
  if (t) out["tools"] = t;
  const tc = toolChoice(body["tool_choice"], body["parallel_tool_calls"]);
  if (tc) out["tool_choice"] = tc;
  if (typeof body["user"] === "string") out["metadata"] = { user_id: body["user"] };
  if (stream) out["stream"] = true;
  return out;
}
