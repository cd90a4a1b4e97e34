import { ERROR_CODES } from "../core/error-codes.js";
import type { JsonObject } from "../core/json.js";
import type { WardenError } from "../core/warden-error.js";
import type { ErrorFormat } from "../api/endpoint.js";
import type { SseEvent } from "../forward/sse/sse-event.js";

/**
 * An error body in the caller's API format, with Warden's stable code. Only curated messages and client-safe
 * details are included: never a stack trace, a cause, or an internal message.
 * OpenAI: `{"error":{"message","type","param","code"}}`; Anthropic: `{"type":"error","error":{"type","message"}}`.
 */
export function renderError(err: WardenError, format: ErrorFormat, requestId: string): JsonObject {
  const spec = ERROR_CODES[err.code];
  const details = (err.details ?? {}) as JsonObject;
  if (format === "anthropic") {
    return { type: "error", error: { type: spec.anthropicType, message: err.message, code: err.code, ...details }, request_id: requestId };
  }
  return { error: { message: err.message, type: spec.openaiType, param: null, code: err.code, ...details } };
}

/**
 * An error as a stream event, for a stream that must stop after it started. `lastSent` is the last event the client
 * received: a Responses API error event takes the sequence number after it (events are numbered from 0, and a
 * client may order or de-duplicate by that number).
 */
export function renderStreamError(err: WardenError, format: ErrorFormat, requestId: string, responsesApi: boolean, lastSent?: SseEvent): { event?: string; data: string } {
  if (format === "anthropic") return { event: "error", data: JSON.stringify(renderError(err, format, requestId)) };
  if (responsesApi) {
    return { event: "error", data: JSON.stringify({ type: "error", code: err.code, message: err.message, param: null, sequence_number: nextSequenceNumber(lastSent) }) };
  }
  return { data: JSON.stringify(renderError(err, format, requestId)) };
}

/** The `sequence_number` after the one `ev` carries (0 when it carries none). */
function nextSequenceNumber(ev: SseEvent | undefined): number {
  if (ev === undefined) return 0;
  // A stage that changed the event (renumbered it) set `json`; otherwise `data` is what was sent.
  let json: unknown = ev.json;
  if (json === undefined) {
    try {
      json = JSON.parse(ev.data);
    } catch {
      return 0;
    }
  }
  const seq = json !== null && typeof json === "object" && !Array.isArray(json) ? (json as Record<string, unknown>)["sequence_number"] : undefined;
  return typeof seq === "number" && Number.isSafeInteger(seq) && seq >= 0 ? seq + 1 : 0;
}
