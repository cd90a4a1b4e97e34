import { isJsonObject, type JsonObject } from "../../core/json.js";
import type { TextKind } from "../../core/message-spec.js";
import type { SseEvent } from "../../forward/sse/sse-event.js";
import { unparsedData } from "../../forward/sse/upstream-event.js";
import { jsonStringValuesLength } from "../json-string-length.js";
import { unknownDeltas } from "../response-shape.js";
import type { StreamDelta } from "../stream-delta.js";
import { CHAT_CHUNK_SHAPE } from "./openai-chat-shapes.js";

/** A delta that rewrites `obj[key]` in its event when set. */
export function fieldDelta(event: SseEvent, obj: JsonObject, key: string, channel: string, kind: TextKind): StreamDelta | null {
  const text = obj[key];
  if (typeof text !== "string" || text.length === 0) return null;
  return {
    channel,
    kind,
    text,
    set(next: string) {
      obj[key] = next;
      event.dirty = true;
    },
  };
}

/**
 * Text deltas of one `chat.completion.chunk` event, and the strings of fields the adapter does not know (whole
 * deltas: each is enforced on its own).
 */
export function openaiChatStreamDeltas(event: SseEvent): StreamDelta[] {
  const json = event.json;
  if (!isJsonObject(json)) return [];
  const out: StreamDelta[] = unknownDeltas(event, CHAT_CHUNK_SHAPE);
  if (!Array.isArray(json["choices"])) return out;
  for (const choice of json["choices"]) {
    if (!isJsonObject(choice)) continue;
    const idx = typeof choice["index"] === "number" ? choice["index"] : 0;
    const delta = choice["delta"];
    if (!isJsonObject(delta)) continue;
    const push = (d: StreamDelta | null) => d && out.push(d);
    push(fieldDelta(event, delta, "content", `choice:${idx}:content`, "text"));
    // Mistral-style servers stream `content` as parts: text parts extend the content channel, thinking parts the
    // reasoning one (a value split across two chunks' parts is still whole for the enforcer).
    const parts = delta["content"];
    if (Array.isArray(parts)) for (const part of parts) if (isJsonObject(part)) pushContentPart(event, part, idx, push);
    push(fieldDelta(event, delta, "refusal", `choice:${idx}:refusal`, "refusal"));
    push(fieldDelta(event, delta, "reasoning_content", `choice:${idx}:reasoning`, "reasoning"));
    // Some OpenAI-compatible servers (OpenRouter, newer vLLM) stream reasoning as `delta.reasoning`.
    push(fieldDelta(event, delta, "reasoning", `choice:${idx}:field:reasoning`, "reasoning"));
    // Audio answers stream their text as `delta.audio.transcript`.
    const audio = delta["audio"];
    if (isJsonObject(audio)) push(fieldDelta(event, audio, "transcript", `choice:${idx}:audio`, "text"));
    // The legacy `functions` API streams its call as `delta.function_call` (still served by OpenAI and Azure).
    const legacy = delta["function_call"];
    if (isJsonObject(legacy)) push(fieldDelta(event, legacy, "arguments", `choice:${idx}:function_call`, "tool_call_arguments"));
    const calls = delta["tool_calls"];
    if (Array.isArray(calls)) {
      for (const call of calls) {
        if (!isJsonObject(call)) continue;
        const fn = call["function"];
        const tIdx = typeof call["index"] === "number" ? call["index"] : 0;
        if (isJsonObject(fn)) push(fieldDelta(event, fn, "arguments", `choice:${idx}:tool:${tIdx}:arguments`, "tool_call_arguments"));
      }
    }
  }
  return out;
}

/** The text of one content part (`{type:"text",text}`, or `{type:"thinking",thinking}` with a string or text parts). */
function pushContentPart(event: SseEvent, part: JsonObject, idx: number, push: (d: StreamDelta | null) => void): void {
  push(fieldDelta(event, part, "text", `choice:${idx}:content`, "text"));
  const thinking = part["thinking"];
  if (typeof thinking === "string") push(fieldDelta(event, part, "thinking", `choice:${idx}:reasoning`, "reasoning"));
  else if (Array.isArray(thinking)) for (const t of thinking) if (isJsonObject(t)) push(fieldDelta(event, t, "text", `choice:${idx}:reasoning`, "reasoning"));
}

const len = (v: unknown): number => (typeof v === "string" ? v.length : 0);

/** The text length of a content-parts array (see {@link pushContentPart}). */
function partsLength(v: unknown): number {
  if (!Array.isArray(v)) return 0;
  let n = 0;
  for (const p of v) {
    if (!isJsonObject(p)) continue;
    n += len(p["text"]) + len(p["thinking"]);
    const t = p["thinking"];
    if (Array.isArray(t)) for (const x of t) if (isJsonObject(x)) n += len(x["text"]);
  }
  return n;
}

/** Content given as parts (an array), also as Python's json.dumps writes it (`"content": [`). */
const CONTENT_PARTS = /"content"\s*:\s*\[/;

/** The string fields whose text {@link openaiChatStreamTextLength} counts (delta text, tool arguments, audio transcript). */
const CHAT_TEXT_KEYS = ["content", "refusal", "reasoning_content", "reasoning", "arguments", "transcript"];

/**
 * The text length {@link openaiChatStreamDeltas} finds in an event, without allocating the deltas; read from the
 * raw text when no stage parsed the event (the limit stage alone, no output controls).
 */
export function openaiChatStreamTextLength(event: SseEvent): number {
  const raw = unparsedData(event);
  // Content given as parts (an array) is rare in streams: those events are parsed.
  if (raw !== undefined && !CONTENT_PARTS.test(raw)) return jsonStringValuesLength(raw, CHAT_TEXT_KEYS);
  const json = event.json;
  if (!isJsonObject(json)) return 0;
  const choices = json["choices"];
  if (!Array.isArray(choices)) return 0;
  let n = 0;
  for (const choice of choices) {
    if (!isJsonObject(choice)) continue;
    const delta = choice["delta"];
    if (!isJsonObject(delta)) continue;
    n += len(delta["content"]) + partsLength(delta["content"]) + len(delta["refusal"]) + len(delta["reasoning_content"]) + len(delta["reasoning"]);
    const legacy = delta["function_call"];
    if (isJsonObject(legacy)) n += len(legacy["arguments"]);
    const audio = delta["audio"];
    if (isJsonObject(audio)) n += len(audio["transcript"]);
    const calls = delta["tool_calls"];
    if (Array.isArray(calls)) {
      for (const call of calls) {
        if (isJsonObject(call) && isJsonObject(call["function"])) n += len(call["function"]["arguments"]);
      }
    }
  }
  return n;
}
