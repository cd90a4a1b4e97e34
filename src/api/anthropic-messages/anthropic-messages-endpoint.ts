import { isJsonObject, type JsonObject } from "../../core/json.js";
import type { ApiKind, JsonPath, MessageSpec, StructureString } from "../../core/message-spec.js";
import type { Endpoint } from "../endpoint.js";
import { fieldDelta } from "../openai-chat/openai-chat-stream-deltas.js";
import { invalid, optionalBoolean, requireMessages, requireString } from "../require-field.js";
import { inlinePayloadClass } from "../inline-text-file.js";
import { unknownDeltas, unknownParts } from "../response-shape.js";
import type { StreamDelta } from "../stream-delta.js";
import { messagesResponseIdentifiers, messagesStreamIdentifiers } from "./anthropic-messages-identifiers.js";
import { MESSAGES_EVENT_SHAPES, MESSAGES_RESPONSE_SHAPE, UNKNOWN_EVENT_SHAPE } from "./anthropic-messages-shapes.js";
import { type FieldClass, isInlineBinary, lastKey, STRUCTURAL_KEYS, toRole, UNREAD, walkText } from "../walk-text.js";

/** The content block (path[2] === "content", path[3] = index) a path points into, if any. */
function blockAt(body: JsonObject, path: JsonPath): JsonObject | undefined {
  const msgs = body["messages"] as JsonObject[];
  const msg = msgs[path[1] as number];
  const content = msg?.["content"];
  if (!Array.isArray(content) || typeof path[3] !== "number") return undefined;
  const block = content[path[3]];
  return isJsonObject(block) ? block : undefined;
}

function classifyRequest(body: JsonObject, path: JsonPath, text: string): FieldClass | null | typeof UNREAD {
  const top = path[0];
  const key = lastKey(path);
  if (top === "system") {
    if (key !== undefined && STRUCTURAL_KEYS.has(key)) return null;
    return { role: "system", kind: "system", messageIndex: -1 };
  }
  if (top === "messages") {
    const i = path[1] as number;
    if (path.length === 3 && key === "role") return null;
    const role = toRole((body["messages"] as JsonObject[])[i]?.["role"]);
    const block = blockAt(body, path);
    const btype = block?.["type"];
    // A tool call in the history: its input is text; its id and name (and an MCP call's server name) are structure.
    if (btype === "tool_use" || btype === "server_tool_use" || btype === "mcp_tool_use") {
      return path[4] === "input" ? { role: "assistant", kind: "tool_call_arguments", messageIndex: i } : null;
    }
    if (key !== undefined && STRUCTURAL_KEYS.has(key)) return null;
    if (isInlineBinary(key, text)) return inlinePayloadClass(role, i, text, path);
    if (btype === "tool_result" || (typeof btype === "string" && btype.endsWith("_tool_result"))) {
      return { role: "tool", kind: "tool_result", messageIndex: i };
    }
    if (btype === "image" || btype === "document") {
      const source = block?.["source"];
      if (key === "url") return { role, kind: "media_url", messageIndex: i };
      if (key === "data" && isJsonObject(source) && source["type"] !== "text") {
        // `source: { type: "base64", media_type: "text/plain", data }` is decoded and scanned; binary media (images,
        // PDFs) is reported unscanned, for the policy to decide.
        return source["type"] === "base64" ? inlinePayloadClass(role, i, text, path, source["media_type"] ?? "") : null;
      }
      if (key === "title" || key === "context" || key === "data" || key === "text") return { role, kind: "document", messageIndex: i };
      return null;
    }
    // A redacted thinking block's `data` is encrypted by the provider (and a thinking block's signature is opaque).
    if (btype === "redacted_thinking") return key === "data" ? UNREAD : null;
    if (btype === "thinking") return key === "thinking" ? { role, kind: "reasoning", messageIndex: i } : null;
    return { role, kind: "text", messageIndex: i };
  }
  // `metadata`: its values are text whatever their key is called (checked before the identifier keys).
  if (top === "metadata") return { role: "user", kind: "metadata", messageIndex: -1 };
  if (key !== undefined && STRUCTURAL_KEYS.has(key)) return null;
  if (top === "tools") return key === "name" ? null : { role: "tool", kind: "tool_definition", messageIndex: -1 };
  // The caller's credential for its own MCP server is sent to the provider on purpose.
  if (top === "mcp_servers") return key === "authorization_token" ? UNREAD : null;
  if (top === "thinking" || top === "tool_choice") return null;
  return { role: "user", kind: "other", messageIndex: -1 };
}

function classifyResponse(path: JsonPath): FieldClass | null {
  if (path[0] !== "content" || typeof path[1] !== "number") return null;
  const key = lastKey(path);
  if (path[2] === "input") return { role: "assistant", kind: "tool_call_arguments", messageIndex: path[1] };
  if (key !== undefined && (STRUCTURAL_KEYS.has(key) || key === "name")) return null;
  if (key === "thinking") return { role: "assistant", kind: "reasoning", messageIndex: path[1] };
  if (key === "text" || path.includes("citations")) return { role: "assistant", kind: "text", messageIndex: path[1] };
  return null;
}

/**
 * Deltas of one Anthropic Messages stream event: its channel text, then the strings of fields the adapter does not
 * know (and a tool call's input given whole in `content_block_start`), as whole deltas.
 */
function streamDeltas(event: Parameters<typeof fieldDelta>[0]): StreamDelta[] {
  const json = event.json;
  if (!isJsonObject(json)) return [];
  const known = channelDeltas(event, json);
  const type = json["type"];
  const extra = unknownDeltas(event, (typeof type === "string" ? MESSAGES_EVENT_SHAPES[type] : undefined) ?? UNKNOWN_EVENT_SHAPE);
  return extra.length === 0 ? known : known.concat(extra);
}

/** The channel deltas of one event (text, tool-call argument JSON, thinking, citation quotes). */
function channelDeltas(event: Parameters<typeof fieldDelta>[0], json: JsonObject): StreamDelta[] {
  const idx = typeof json["index"] === "number" ? json["index"] : 0;
  if (json["type"] === "content_block_delta" && isJsonObject(json["delta"])) {
    const d = json["delta"];
    const ch = `block:${idx}`;
    const citation = d["citation"];
    const one =
      fieldDelta(event, d, "text", ch, "text") ??
      fieldDelta(event, d, "partial_json", ch, "tool_call_arguments") ??
      fieldDelta(event, d, "thinking", ch, "reasoning") ??
      // citations_delta: quoted source text shown to the client (non-streamed responses report it too).
      (isJsonObject(citation) ? fieldDelta(event, citation, "cited_text", `${ch}:citations`, "text") : null);
    return one ? [one] : [];
  }
  if (json["type"] === "content_block_start" && isJsonObject(json["content_block"])) {
    const b = json["content_block"];
    const one = fieldDelta(event, b, "text", `block:${idx}`, "text") ?? fieldDelta(event, b, "thinking", `block:${idx}`, "reasoning");
    return one ? [one] : [];
  }
  return [];
}

function parseMessages(api: ApiKind, body: JsonObject): MessageSpec {
  const model = requireString(body, "model");
  requireMessages(body);
  const system = body["system"];
  if (system !== undefined && typeof system !== "string" && !Array.isArray(system)) throw invalid("'system' must be a string or an array of text blocks.");
  const stream = api === "anthropic.messages" && optionalBoolean(body, "stream");
  const structure: StructureString[] = [];
  const parts = walkText(body, (path, text) => classifyRequest(body, path, text), structure);
  return { api, model, stream, parts, structure };
}

/** `POST /v1/messages` */
export const anthropicMessagesEndpoint: Endpoint = {
  api: "anthropic.messages",
  method: "POST",
  path: "/v1/messages",
  errorFormat: "anthropic",
  parse: (body) => parseMessages("anthropic.messages", body),
  responseParts: (body) => [...walkText(body, classifyResponse), ...unknownParts(body, MESSAGES_RESPONSE_SHAPE)],
  responseIdentifiers: messagesResponseIdentifiers,
  streamDeltas,
  streamIdentifiers: messagesStreamIdentifiers,
};

/** `POST /v1/messages/count_tokens`: inspected like a message request (its text goes to the provider too). */
export const anthropicCountTokensEndpoint: Endpoint = {
  api: "anthropic.count_tokens",
  method: "POST",
  path: "/v1/messages/count_tokens",
  errorFormat: "anthropic",
  parse: (body) => parseMessages("anthropic.count_tokens", body),
  responseParts: () => [],
  streamDeltas: () => [],
};
