import { isJsonObject } from "../core/json.js";
import type { ApiKind } from "../core/message-spec.js";
import type { SseEvent } from "./sse/sse-event.js";

/** The event that properly ends a stream of each API; a stream that stops before it was cut. */
export function isTerminalEvent(api: ApiKind, ev: SseEvent): boolean {
  if (ev.data === "[DONE]") return true;
  const type = isJsonObject(ev.json) ? ev.json["type"] : undefined;
  switch (api) {
    case "openai.responses":
      return type === "response.completed" || type === "response.failed" || type === "response.incomplete" || type === "error";
    case "anthropic.messages":
      return type === "message_stop" || type === "error";
    default:
      return false;
  }
}
