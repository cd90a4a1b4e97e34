import type { JsonObject, JsonValue } from "../core/json.js";
import type { JsonPath, TextPart } from "../core/message-spec.js";
import type { SseEvent } from "../forward/sse/sse-event.js";
import { fieldDelta } from "./openai-chat/openai-chat-stream-deltas.js";
import type { StreamDelta } from "./stream-delta.js";

/**
 * The tool name or tool-call id at `obj[key]` of an answer as a part of kind `identifier` (at `path`), when it is a
 * non-empty string. Output enforcement reads it but cannot rewrite it: an action that would change it blocks the
 * answer (src/enforce/policy-guard.ts scanText).
 */
export function identifierPart(obj: JsonObject, key: string, path: JsonPath, messageIndex: number): TextPart | null {
  const text = obj[key];
  return typeof text === "string" && text.length > 0 ? { path: [...path, key], role: "assistant", kind: "identifier", text, messageIndex } : null;
}

/** The same in a stream event: a whole delta (complete in its event, never held back) on its own channel. */
export function identifierDelta(event: SseEvent, obj: JsonObject, key: string, channel: string): StreamDelta | null {
  const d = fieldDelta(event, obj, key, channel, "identifier");
  return d ? { ...d, whole: true } : null;
}

/** Elements of an array, or the members of an object an upstream sent in its place (a client indexes both alike). */
export function entriesOf(v: JsonValue | undefined): [string | number, JsonValue][] {
  if (Array.isArray(v)) return v.map((x, i) => [i, x]);
  return v !== null && typeof v === "object" ? Object.entries(v) : [];
}
