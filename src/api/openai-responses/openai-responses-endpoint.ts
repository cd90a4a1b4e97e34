import { isJsonObject, type JsonObject } from "../../core/json.js";
import type { JsonPath, StructureString } from "../../core/message-spec.js";
import type { Endpoint } from "../endpoint.js";
import { eventType, unparsedData } from "../../forward/sse/upstream-event.js";
import { jsonStringValuesLength } from "../json-string-length.js";
import { fieldDelta } from "../openai-chat/openai-chat-stream-deltas.js";
import { invalid, optionalBoolean, requireString } from "../require-field.js";
import { inlinePayloadClass } from "../inline-text-file.js";
import { unknownDeltas, unknownParts } from "../response-shape.js";
import type { StreamDelta } from "../stream-delta.js";
import { responsesResponseIdentifiers, responsesStreamIdentifiers } from "./openai-responses-identifiers.js";
import { OTHER_EVENT_SHAPE, RESPONSES_EVENT_SHAPES, RESPONSES_RESPONSE_SHAPE } from "./openai-responses-shapes.js";
import { type FieldClass, isInlineBinary, lastKey, STRUCTURAL_KEYS, toRole, UNREAD, walkText } from "../walk-text.js";

function classifyInputItem(item: JsonObject | undefined, path: JsonPath, text: string): FieldClass | null {
  const i = path[1] as number;
  const key = lastKey(path);
  if (key !== undefined && STRUCTURAL_KEYS.has(key)) return null;
  const type = item?.["type"];
  if (type === "function_call" || type === "custom_tool_call") {
    return key === "arguments" || key === "input" ? { role: "assistant", kind: "tool_call_arguments", messageIndex: i } : null;
  }
  if (typeof type === "string" && type.endsWith("_output")) return { role: "tool", kind: "tool_result", messageIndex: i };
  if (type === "reasoning") return { role: "assistant", kind: "reasoning", messageIndex: i };
  if (key === "name" || key === "filename") return key === "filename" ? { role: "user", kind: "metadata", messageIndex: i } : null;
  // A base64 text file (`input_file.file_data: data:text/plain;base64,...`) is decoded and scanned; binary media
  // (images, PDFs) is reported unscanned, for the policy to decide.
  if (isInlineBinary(key, text) || key === "file_data") return inlinePayloadClass(toRole(item?.["role"]), i, text, path);
  if (key === "image_url" || key === "file_url" || key === "url") return { role: toRole(item?.["role"]), kind: "media_url", messageIndex: i };
  const role = toRole(item?.["role"]);
  return { role, kind: role === "system" || role === "developer" ? "system" : "text", messageIndex: i };
}

function classifyRequest(body: JsonObject, path: JsonPath, text: string): FieldClass | null | typeof UNREAD {
  const top = path[0];
  if (top === "input") {
    if (path.length === 1) return { role: "user", kind: "text", messageIndex: 0 };
    const items = body["input"] as JsonObject[];
    return classifyInputItem(items[path[1] as number], path, text);
  }
  const key = lastKey(path);
  // `metadata` is a free-form map (stored by the provider): its values are text whatever their key is called.
  if (top === "metadata") return { role: "user", kind: "metadata", messageIndex: -1 };
  if (key !== undefined && STRUCTURAL_KEYS.has(key)) return null;
  if (top === "instructions") return { role: "system", kind: "instructions", messageIndex: -1 };
  if (top === "tools") {
    // The caller's credential for its own remote MCP server (`authorization`, `headers`) is sent to the provider on
    // purpose, as Anthropic's `mcp_servers[].authorization_token`: rewriting it would break the tool.
    const tool = typeof path[1] === "number" ? (body["tools"] as unknown[])[path[1]] : undefined;
    if (isJsonObject(tool) && tool["type"] === "mcp" && (path[2] === "authorization" || path[2] === "headers")) return UNREAD;
    return key === "name" ? null : { role: "tool", kind: "tool_definition", messageIndex: -1 };
  }
  if (top === "text") return key === "name" ? null : { role: "system", kind: "instructions", messageIndex: -1 };
  if (top === "prompt") return key === "id" || key === "version" ? null : { role: "user", kind: "text", messageIndex: -1 };
  if (top === "user" || top === "safety_identifier") return { role: "user", kind: "metadata", messageIndex: -1 };
  if (top === "include" || top === "prompt_cache_key" || top === "reasoning" || top === "tool_choice") return null;
  return { role: "user", kind: "other", messageIndex: -1 };
}

function classifyResponse(path: JsonPath): FieldClass | null {
  if (path[0] !== "output" || typeof path[1] !== "number") return null;
  const key = lastKey(path);
  if (key !== undefined && (STRUCTURAL_KEYS.has(key) || key === "name")) return null;
  if (key === "arguments" || key === "input" || (key === "code" && path.length === 3)) return { role: "assistant", kind: "tool_call_arguments", messageIndex: path[1] };
  if (path[2] === "summary") return { role: "assistant", kind: "reasoning", messageIndex: path[1] };
  if (path[2] === "content" && (key === "text" || key === "refusal")) return { role: "assistant", kind: key === "text" ? "text" : "refusal", messageIndex: path[1] };
  if (path.includes("annotations")) return { role: "assistant", kind: "text", messageIndex: path[1] };
  return null;
}

const num = (v: unknown): number => (typeof v === "number" ? v : 0);

/**
 * Deltas of one Responses API stream event: its channel text, then the strings of fields the adapter does not know
 * for that event type, as whole deltas.
 */
function streamDeltas(event: Parameters<typeof fieldDelta>[0]): StreamDelta[] {
  const json = event.json;
  if (!isJsonObject(json)) return [];
  const type = typeof json["type"] === "string" ? json["type"] : event.event;
  const known = channelDeltas(event, json, type);
  const extra = unknownDeltas(event, (type !== undefined ? RESPONSES_EVENT_SHAPES[type] : undefined) ?? OTHER_EVENT_SHAPE);
  return extra.length === 0 ? known : known.concat(extra);
}

const DELTA_KEY = ["delta"];
/** The events whose `delta` is streamed text (not audio). */
const TEXT_DELTA_EVENTS = new Set(["response.output_text.delta", "response.refusal.delta", "response.function_call_arguments.delta", "response.reasoning_summary_text.delta", "response.reasoning_text.delta", "response.custom_tool_call_input.delta"]);

/**
 * The text length of {@link streamDeltas}: a `*.delta` event no stage parsed is read from its raw text (the limit
 * stage counts every event of the stream until `response.completed` reports the usage).
 */
function streamTextLength(event: Parameters<typeof fieldDelta>[0]): number {
  const raw = unparsedData(event);
  if (raw !== undefined && TEXT_DELTA_EVENTS.has(eventType(event) ?? "")) return jsonStringValuesLength(raw, DELTA_KEY);
  let n = 0;
  for (const d of streamDeltas(event)) n += d.text.length;
  return n;
}

/** Channel deltas of one event. `.done` events and `response.completed` repeat whole texts (snapshots). */
function channelDeltas(event: Parameters<typeof fieldDelta>[0], json: JsonObject, type: string | undefined): StreamDelta[] {
  const o = num(json["output_index"]);
  const c = num(json["content_index"]);
  const ev = event as Parameters<typeof fieldDelta>[0];
  const one = (d: StreamDelta | null, snapshot = false): StreamDelta[] => (d ? [{ ...d, snapshot, set: d.set }] : []);
  switch (type) {
    case "response.output_text.delta":
      return one(fieldDelta(ev, json, "delta", `item:${o}:content:${c}`, "text"));
    case "response.output_text.done":
      return one(fieldDelta(ev, json, "text", `item:${o}:content:${c}`, "text"), true);
    case "response.refusal.delta":
      return one(fieldDelta(ev, json, "delta", `item:${o}:content:${c}`, "refusal"));
    case "response.refusal.done":
      return one(fieldDelta(ev, json, "refusal", `item:${o}:content:${c}`, "refusal"), true);
    case "response.function_call_arguments.delta":
      return one(fieldDelta(ev, json, "delta", `item:${o}:arguments`, "tool_call_arguments"));
    case "response.function_call_arguments.done":
      return one(fieldDelta(ev, json, "arguments", `item:${o}:arguments`, "tool_call_arguments"), true);
    case "response.reasoning_summary_text.delta":
      return one(fieldDelta(ev, json, "delta", `item:${o}:summary:${num(json["summary_index"])}`, "reasoning"));
    case "response.reasoning_summary_text.done":
      return one(fieldDelta(ev, json, "text", `item:${o}:summary:${num(json["summary_index"])}`, "reasoning"), true);
    case "response.reasoning_summary_part.added":
    case "response.reasoning_summary_part.done": {
      const part = json["part"];
      return isJsonObject(part) ? one(fieldDelta(ev, part, "text", `item:${o}:summary:${num(json["summary_index"])}`, "reasoning"), true) : [];
    }
    case "response.reasoning_text.delta":
      return one(fieldDelta(ev, json, "delta", `item:${o}:content:${c}`, "reasoning"));
    case "response.reasoning_text.done":
      return one(fieldDelta(ev, json, "text", `item:${o}:content:${c}`, "reasoning"), true);
    case "response.custom_tool_call_input.delta":
      return one(fieldDelta(ev, json, "delta", `item:${o}:input`, "tool_call_arguments"));
    case "response.custom_tool_call_input.done":
      return one(fieldDelta(ev, json, "input", `item:${o}:input`, "tool_call_arguments"), true);
    case "response.mcp_call_arguments.delta":
      return one(fieldDelta(ev, json, "delta", `item:${o}:arguments`, "tool_call_arguments"));
    case "response.mcp_call_arguments.done":
      return one(fieldDelta(ev, json, "arguments", `item:${o}:arguments`, "tool_call_arguments"), true);
    case "response.code_interpreter_call_code.delta":
      return one(fieldDelta(ev, json, "delta", `item:${o}:code`, "tool_call_arguments"));
    case "response.code_interpreter_call_code.done":
      return one(fieldDelta(ev, json, "code", `item:${o}:code`, "tool_call_arguments"), true);
    case "response.audio.transcript.delta":
      return one(fieldDelta(ev, json, "delta", "audio:transcript", "text"));
    case "response.output_text.annotation.added": {
      // A citation's title and URL are shown to the client: each is enforced whole (atomic channels).
      const a = json["annotation"];
      if (!isJsonObject(a)) return [];
      const at = `item:${o}:content:${c}:annotation:${num(json["annotation_index"])}`;
      return [...one(fieldDelta(ev, a, "title", `${at}:title:citations`, "text")), ...one(fieldDelta(ev, a, "url", `${at}:url:citations`, "media_url"))];
    }
    case "response.content_part.added":
    case "response.content_part.done": {
      const part = json["part"];
      return isJsonObject(part) ? one(fieldDelta(ev, part, "text", `item:${o}:content:${c}`, "text"), true) : [];
    }
    case "response.output_item.added":
    case "response.output_item.done": {
      const item = json["item"];
      return isJsonObject(item) ? itemSnapshots(ev, item, o) : [];
    }
    case "response.completed":
    case "response.incomplete":
    case "response.failed": {
      const resp = json["response"];
      if (!isJsonObject(resp) || !Array.isArray(resp["output"])) return [];
      return resp["output"].flatMap((item, idx) => (isJsonObject(item) ? itemSnapshots(ev, item, idx) : []));
    }
    default:
      return [];
  }
}

function itemSnapshots(ev: Parameters<typeof fieldDelta>[0], item: JsonObject, o: number): StreamDelta[] {
  const out: StreamDelta[] = [];
  const snap = (d: StreamDelta | null) => d && out.push({ ...d, snapshot: true, set: d.set });
  snap(fieldDelta(ev, item, "arguments", `item:${o}:arguments`, "tool_call_arguments"));
  snap(fieldDelta(ev, item, "input", `item:${o}:input`, "tool_call_arguments"));
  snap(fieldDelta(ev, item, "code", `item:${o}:code`, "tool_call_arguments"));
  const content = item["content"];
  if (Array.isArray(content)) {
    content.forEach((part, c) => {
      if (isJsonObject(part)) {
        snap(fieldDelta(ev, part, "text", `item:${o}:content:${c}`, part["type"] === "reasoning_text" ? "reasoning" : "text"));
        snap(fieldDelta(ev, part, "refusal", `item:${o}:content:${c}`, "refusal"));
      }
    });
  }
  // Reasoning summaries are streamed as deltas, so their snapshots must be seen too (or enforcement is bypassed).
  const summary = item["summary"];
  if (Array.isArray(summary)) {
    summary.forEach((part, i) => {
      if (isJsonObject(part)) snap(fieldDelta(ev, part, "text", `item:${o}:summary:${i}`, "reasoning"));
    });
  }
  return out;
}

/** `POST /v1/responses` */
export const openaiResponsesEndpoint: Endpoint = {
  api: "openai.responses",
  method: "POST",
  path: "/v1/responses",
  errorFormat: "openai",
  parse(body) {
    const model = requireString(body, "model");
    const input = body["input"];
    if (input !== undefined && typeof input !== "string" && !Array.isArray(input)) throw invalid("'input' must be a string or an array of items.");
    if (Array.isArray(input)) input.forEach((it, i) => {
      if (!isJsonObject(it)) throw invalid(`'input[${i}]' must be an object.`);
    });
    const stream = optionalBoolean(body, "stream");
    const structure: StructureString[] = [];
    const parts = walkText(body, (path, text) => classifyRequest(body, path, text), structure);
    return { api: "openai.responses", model, stream, parts, structure };
  },
  responseParts: (body) => [...walkText(body, classifyResponse), ...unknownParts(body, RESPONSES_RESPONSE_SHAPE)],
  responseIdentifiers: responsesResponseIdentifiers,
  streamDeltas,
  streamIdentifiers: responsesStreamIdentifiers,
  streamTextLength,
};
