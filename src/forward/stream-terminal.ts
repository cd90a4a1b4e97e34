import type { ApiKind } from "../core/message-spec.js";
import type { SseEvent } from "./sse/sse-event.js";
import { eventType } from "./sse/upstream-event.js";

/** The event that properly ends a stream of each API; a stream that stops before it was cut. */
export function isTerminalEvent(api: ApiKind, ev: SseEvent): boolean {
  if (ev.data === "[DONE]") return true;
  // The other APIs end with `[DONE]` alone: their events are not read (nor parsed, for a scanned upstream event).
  switch (api) {
    case "openai.responses": {
      const type = eventType(ev);
      return type === "response.completed" || type === "response.failed" || type === "response.incomplete" || type === "error";
    }
    case "anthropic.messages": {
      const type = eventType(ev);
      return type === "message_stop" || type === "error";
    }
    default:
      return false;
  }
}
