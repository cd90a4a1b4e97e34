import { isJsonObject, type JsonObject } from "../core/json.js";
import type { MessageSpec } from "../core/message-spec.js";

/**
 * A quick input-token estimate, reserved against token quotas before the call: about four characters per token
 * (the usual figure for English with BPE tokenizers) plus a few tokens of framing per message. The provider's
 * reported usage replaces it when the call ends.
 */
export function estimateInputTokens(spec: MessageSpec): number {
  let chars = 0;
  const messages = new Set<number>();
  for (const p of spec.parts) {
    chars += p.text.length;
    messages.add(p.messageIndex);
  }
  const n = Math.ceil(chars / 4) + 4 * messages.size;
  return Math.max(1, n);
}

/** Tokens for streamed output text when the provider reports no usage (OpenAI streams without `include_usage`). */
export function estimateTextTokens(chars: number): number {
  return Math.ceil(chars / 4);
}

/** Output tokens a call may produce, when it says (`max_completion_tokens`, `max_tokens`, `max_output_tokens`). */
const OUTPUT_LIMIT_FIELDS = ["max_completion_tokens", "max_tokens", "max_output_tokens"] as const;

/**
 * The output tokens a call asks for at most: reserved with its input at admission (as providers count quotas), so
 * that calls admitted together cannot each pass the check and then overshoot the quota with their outputs. The
 * reported usage replaces the reservation when the call ends. 0 when the request sets no limit.
 */
export function requestedOutputTokens(body: JsonObject | undefined): number {
  if (!isJsonObject(body)) return 0;
  for (const f of OUTPUT_LIMIT_FIELDS) {
    const v = body[f];
    if (typeof v === "number" && Number.isFinite(v) && v > 0) return Math.min(Math.floor(v), 10_000_000);
  }
  return 0;
}
