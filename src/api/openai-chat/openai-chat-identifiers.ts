import { isJsonObject, type JsonObject } from "../../core/json.js";
import type { TextPart } from "../../core/message-spec.js";
import type { SseEvent } from "../../forward/sse/sse-event.js";
import { entriesOf, identifierDelta, identifierPart } from "../identifier-field.js";
import type { StreamDelta } from "../stream-delta.js";

/** The tool-call ids and function names of a chat completion (`tool_calls[]`, the legacy `function_call`). */
export function chatResponseIdentifiers(body: JsonObject): TextPart[] {
  const out: TextPart[] = [];
  const push = (p: TextPart | null) => p && out.push(p);
  for (const [i, choice] of entriesOf(body["choices"])) {
    const msg = isJsonObject(choice) ? choice["message"] : undefined;
    if (!isJsonObject(msg)) continue;
    const at = ["choices", i, "message"];
    const n = typeof i === "number" ? i : -1;
    for (const [j, call] of entriesOf(msg["tool_calls"])) {
      if (!isJsonObject(call)) continue;
      push(identifierPart(call, "id", [...at, "tool_calls", j], n));
      const fn = call["function"];
      if (isJsonObject(fn)) push(identifierPart(fn, "name", [...at, "tool_calls", j, "function"], n));
    }
    const legacy = msg["function_call"];
    if (isJsonObject(legacy)) push(identifierPart(legacy, "name", [...at, "function_call"], n));
  }
  return out;
}

/** The same in one `chat.completion.chunk` (a tool call's id and name arrive in its first delta). */
export function chatStreamIdentifiers(event: SseEvent): StreamDelta[] {
  const json = event.json;
  if (!isJsonObject(json) || !Array.isArray(json["choices"])) return [];
  const out: StreamDelta[] = [];
  const push = (d: StreamDelta | null) => d && out.push(d);
  for (const choice of json["choices"]) {
    const delta = isJsonObject(choice) ? choice["delta"] : undefined;
    if (!isJsonObject(choice) || !isJsonObject(delta)) continue;
    const idx = typeof choice["index"] === "number" ? choice["index"] : 0;
    const calls = delta["tool_calls"];
    if (Array.isArray(calls)) {
      for (const call of calls) {
        if (!isJsonObject(call)) continue;
        const t = typeof call["index"] === "number" ? call["index"] : 0;
        push(identifierDelta(event, call, "id", `choice:${idx}:tool:${t}:id`));
        const fn = call["function"];
        if (isJsonObject(fn)) push(identifierDelta(event, fn, "name", `choice:${idx}:tool:${t}:name`));
      }
    }
    const legacy = delta["function_call"];
    if (isJsonObject(legacy)) push(identifierDelta(event, legacy, "name", `choice:${idx}:function_call:name`));
  }
  return out;
}
