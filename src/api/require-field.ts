import type { JsonObject, JsonValue } from "../core/json.js";
import { WardenError } from "../core/warden-error.js";

/** Raise the standard invalid-request error with a client-safe message naming the field. */
export function invalid(message: string): WardenError {
  return new WardenError("WARDEN_REQUEST_INVALID", { message });
}

export function requireString(body: JsonObject, key: string): string {
  const v = body[key];
  if (typeof v !== "string" || v.length === 0) throw invalid(`'${key}' is required and must be a non-empty string.`);
  return v;
}

export function requireArray(body: JsonObject, key: string): JsonValue[] {
  const v = body[key];
  if (!Array.isArray(v)) throw invalid(`'${key}' is required and must be an array.`);
  return v;
}

export function optionalBoolean(body: JsonObject, key: string): boolean {
  const v = body[key];
  if (v === undefined || v === null) return false;
  if (typeof v !== "boolean") throw invalid(`'${key}' must be a boolean.`);
  return v;
}

/** Each message must be an object with a string role. */
export function requireMessages(body: JsonObject, key = "messages"): JsonObject[] {
  const arr = requireArray(body, key);
  return arr.map((m, i) => {
    if (typeof m !== "object" || m === null || Array.isArray(m)) throw invalid(`'${key}[${i}]' must be an object.`);
    if (typeof m["role"] !== "string") throw invalid(`'${key}[${i}].role' must be a string.`);
    const c = m["content"];
    if (c !== undefined && c !== null && typeof c !== "string" && !Array.isArray(c)) {
      throw invalid(`'${key}[${i}].content' must be a string or an array of content parts.`);
    }
    return m;
  });
}

/**
 * Token-id prompts (arrays of integers) cannot be inspected by text detectors, so they are refused rather than
 * let through unscanned (fail closed).
 */
export function rejectTokenArrays(value: JsonValue | undefined, key: string): void {
  const isTokens = (v: JsonValue | undefined): boolean => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "number");
  if (isTokens(value) || (Array.isArray(value) && value.some((v) => isTokens(v)))) {
    throw invalid(`'${key}' as token ids cannot be inspected by the gateway's controls; send text instead.`);
  }
}
