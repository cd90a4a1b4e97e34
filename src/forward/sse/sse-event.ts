import type { JsonValue } from "../../core/json.js";

/**
 * One server-sent event (WHATWG HTML, "Server-sent events"). `json` is the parsed `data` when it is JSON;
 * stages that change an event set `json` and mark it `dirty` so the serializer re-encodes it.
 */
export interface SseEvent {
  event?: string;
  id?: string;
  data: string;
  json?: JsonValue;
  dirty?: boolean;
}
