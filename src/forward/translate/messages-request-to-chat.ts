import { isJsonObject, type JsonObject, type JsonValue } from "../../core/json.js";
import { WardenError } from "../../core/warden-error.js";

/** A Messages request the Chat Completions API cannot express: the message names the feature (safe for clients). */
const invalid = (detail: string) =>
  new WardenError("WARDEN_ROUTE_TRANSLATION", { message: `This request cannot be translated for the model's provider: ${detail.slice(0, 200)}.`, detail });

/** Text of an Anthropic system prompt or tool result (string or text blocks). */
function blockText(content: JsonValue | undefined, what: string): string {
  if (content === undefined || content === null) return "";
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) throw invalid(`${what} must be a string or an array of blocks`);
  return content
    .map((b) => {
      if (!isJsonObject(b)) throw invalid(`${what} blocks must be objects`);
      if (b["type"] === "text" && typeof b["text"] === "string") return b["text"];
      throw invalid(`${what} block type '${String(b["type"])}' has no OpenAI equivalent`);
    })
    .join("\n");
}

function imagePart(block: JsonObject): JsonObject {
  const src = isJsonObject(block["source"]) ? block["source"] : {};
  if (src["type"] === "base64" && typeof src["media_type"] === "string" && typeof src["data"] === "string") {
    return { type: "image_url", image_url: { url: `data:${src["media_type"]};base64,${src["data"]}` } };
  }
  if (src["type"] === "url" && typeof src["url"] === "string") return { type: "image_url", image_url: { url: src["url"] } };
  throw invalid("image source must be base64 or url");
}

/** One Anthropic turn as OpenAI messages: tool results become `tool` messages before the user's own content. */
function turnToMessages(m: JsonObject): JsonObject[] {
  const role = m["role"];
  if (role !== "user" && role !== "assistant") throw invalid(`message role '${String(role)}' has no OpenAI equivalent`);
  const content = m["content"];
  if (typeof content === "string") return [{ role, content }];
  if (!Array.isArray(content)) throw invalid("message content must be a string or an array of blocks");
  const out: JsonObject[] = [];
  const parts: JsonObject[] = [];
  const calls: JsonObject[] = [];
  for (const b of content) {
    if (!isJsonObject(b)) throw invalid("content blocks must be objects");
    const type = b["type"];
    if (type === "text" && typeof b["text"] === "string") parts.push({ type: "text", text: b["text"] });
    else if (type === "image" && role === "user") parts.push(imagePart(b));
    else if (type === "tool_result" && role === "user") {
      if (typeof b["tool_use_id"] !== "string") throw invalid("tool_result without tool_use_id");
      const text = blockText(b["content"], "tool_result");
      out.push({ role: "tool", tool_call_id: b["tool_use_id"], content: b["is_error"] === true ? `Error: ${text}` : text });
    } else if (type === "tool_use" && role === "assistant") {
      if (typeof b["name"] !== "string") throw invalid("tool_use without a name");
      calls.push({ id: typeof b["id"] === "string" ? b["id"] : `call_${calls.length}`, type: "function", function: { name: b["name"], arguments: JSON.stringify(b["input"] ?? {}) } });
    } else if ((type === "thinking" || type === "redacted_thinking") && role === "assistant") {
      // earlier reasoning of a Claude model: not replayable to another provider
    } else throw invalid(`content block type '${String(type)}' has no OpenAI equivalent`);
  }
  if (role === "assistant") {
    // Blocks were inspected one by one: joined with nothing, two clean halves would reach the provider as one value
    // no control saw (`AKIA…` + `…4N`), so they are set apart by a line break, as a user turn's blocks are below.
    const text = parts.map((p) => p["text"]).join("\n");
    const msg: JsonObject = { role, content: text.length > 0 ? text : null };
    if (calls.length > 0) msg["tool_calls"] = calls;
    if (text.length > 0 || calls.length > 0) out.push(msg);
  } else if (parts.length > 0) {
    out.push({ role, content: parts.every((p) => p["type"] === "text") ? parts.map((p) => p["text"]).join("\n") : parts });
  }
  return out;
}

function toolChoice(choice: JsonValue | undefined): { choice?: JsonValue; parallel?: boolean } {
  if (choice === undefined || choice === null) return {};
  if (!isJsonObject(choice)) throw invalid("tool_choice must be an object");
  const parallel = choice["disable_parallel_tool_use"] === true ? { parallel: false } : {};
  switch (choice["type"]) {
    case "auto":
      return { choice: "auto", ...parallel };
    case "any":
      return { choice: "required", ...parallel };
    case "none":
      return { choice: "none" };
    case "tool":
      if (typeof choice["name"] !== "string") throw invalid("tool_choice of type tool needs a name");
      return { choice: { type: "function", function: { name: choice["name"] } }, ...parallel };
    default:
      throw invalid("unsupported tool_choice");
  }
}

/** OpenAI's reasoning models take `max_completion_tokens`; other OpenAI-compatible servers take `max_tokens`. */
const REASONING_MODEL = /^(o\d|gpt-5)/;

/**
 * Translate an Anthropic Messages request into an OpenAI Chat Completions request, so that Anthropic clients can use
 * models behind an `openai` provider. `system` becomes a system message, `tool_use` blocks tool calls, `tool_result`
 * blocks `tool` messages; `stop_sequences`, `temperature`, `top_p`, `tools`, `tool_choice` and `metadata.user_id` map
 * to their equivalents, and streams ask for usage so that the Anthropic events can report it. Features with no
 * equivalent (documents, extended thinking, server tools) are refused rather than dropped; `top_k` is ignored.
 */
export function messagesToChatRequest(body: JsonObject, stream: boolean): JsonObject {
  const msgs = body["messages"];
  if (!Array.isArray(msgs)) throw invalid("messages must be an array");
  if (isJsonObject(body["thinking"]) && body["thinking"]["type"] === "enabled") throw invalid("extended thinking is not supported by this provider");
  const messages: JsonObject[] = [];
  const system = blockText(body["system"], "system");
  if (system.length > 0) messages.push({ role: "system", content: system });
  for (const m of msgs) {
    if (!isJsonObject(m)) throw invalid("messages must be objects");
    messages.push(...turnToMessages(m));
  }
  const model = typeof body["model"] === "string" ? body["model"] : "";
  const out: JsonObject = { model, messages };
  if (typeof body["max_tokens"] === "number") out[REASONING_MODEL.test(model) ? "max_completion_tokens" : "max_tokens"] = body["max_tokens"];
  if (typeof body["temperature"] === "number") out["temperature"] = body["temperature"];
  if (typeof body["top_p"] === "number") out["top_p"] = body["top_p"];
  const stop = body["stop_sequences"];
  if (Array.isArray(stop) && stop.length > 0) out["stop"] = stop.filter((s): s is string => typeof s === "string");
  const tools = body["tools"];
  if (Array.isArray(tools) && tools.length > 0) {
    out["tools"] = tools.map((t) => {
      if (!isJsonObject(t) || typeof t["name"] !== "string" || (t["type"] !== undefined && t["type"] !== "custom")) {
        throw invalid("only client tools with an input_schema can be translated");
      }
      const fn: JsonObject = { name: t["name"], parameters: isJsonObject(t["input_schema"]) ? t["input_schema"] : { type: "object", properties: {} } };
      if (typeof t["description"] === "string") fn["description"] = t["description"];
      return { type: "function", function: fn };
    });
  }
  const tc = toolChoice(body["tool_choice"]);
  if (tc.choice !== undefined) out["tool_choice"] = tc.choice;
  if (tc.parallel === false) out["parallel_tool_calls"] = false;
  const meta = body["metadata"];
  if (isJsonObject(meta) && typeof meta["user_id"] === "string") out["user"] = meta["user_id"];
  if (stream) {
    out["stream"] = true;
    out["stream_options"] = { include_usage: true };
  }
  return out;
}
