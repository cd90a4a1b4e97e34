import { ERROR_CODES } from "../core/error-codes.js";
import type { JsonObject } from "../core/json.js";
import type { WardenError } from "../core/warden-error.js";
import type { ErrorFormat } from "../api/endpoint.js";

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

/** An error as a stream event, for a stream that must stop after it started. */
export function renderStreamError(err: WardenError, format: ErrorFormat, requestId: string, responsesApi: boolean): { event?: string; data: string } {
  if (format === "anthropic") return { event: "error", data: JSON.stringify(renderError(err, format, requestId)) };
  if (responsesApi) {
    return { event: "error", data: JSON.stringify({ type: "error", code: err.code, message: err.message, param: null, sequence_number: 0 }) };
  }
  return { data: JSON.stringify(renderError(err, format, requestId)) };
}
