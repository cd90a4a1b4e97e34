import { isJsonObject, type JsonObject, type JsonValue } from "../../core/json.js";
import type { TextPart } from "../../core/message-spec.js";
import type { SseEvent } from "../../forward/sse/sse-event.js";
import { identifierDelta, identifierPart } from "../identifier-field.js";
import type { StreamDelta } from "../stream-delta.js";

/** Blocks that are a tool call the model made: client tools, server tools, MCP tools. */
const TOOL_USE = new Set(["tool_use", "server_tool_use", "mcp_tool_use"]);

const toolUse = (b: JsonValue | undefined): b is JsonObject => isJsonObject(b) && typeof b["type"] === "string" && TOOL_USE.has(b["type"]);

/** The ids and names of the tool calls (`tool_use` blocks) of a Messages response. */
export function messagesResponseIdentifiers(body: JsonObject): TextPart[] {
  const content = body["content"];
  if (!Array.isArray(content)) return [];
  const out: TextPart[] = [];
  content.forEach((b, i) => {
    if (!toolUse(b)) return;
    for (const key of ["id", "name"]) {
      const p = identifierPart(b, key, ["content", i], i);
      if (p) out.push(p);
    }
  });
  return out;
}

/** The same in one stream event: a tool call's block is given whole in `content_block_start` (or in `message_start`). */
export function messagesStreamIdentifiers(event: SseEvent): StreamDelta[] {
  const json = event.json;
  if (!isJsonObject(json)) return [];
  const out: StreamDelta[] = [];
  const block = (b: JsonValue | undefined, channel: string) => {
    if (!toolUse(b)) return;
    for (const key of ["id", "name"]) {
      const d = identifierDelta(event, b, key, `${channel}:${key}`);
      if (d) out.push(d);
    }
  };
  if (json["type"] === "content_block_start") block(json["content_block"], `block:${typeof json["index"] === "number" ? json["index"] : 0}`);
  else if (json["type"] === "message_start" && isJsonObject(json["message"]) && Array.isArray(json["message"]["content"])) {
    json["message"]["content"].forEach((b, i) => block(b, `message:${i}`));
  }
  return out;
}
