import { isJsonObject, type JsonObject, type JsonValue } from "../core/json.js";

const num = (o: JsonObject, k: string): number => {
  const v = o[k];
  return typeof v === "number" && Number.isFinite(v) && v > 0 ? v : 0;
};

const FIELDS = ["total_tokens", "prompt_tokens", "completion_tokens", "input_tokens", "output_tokens", "cache_creation_input_tokens", "cache_read_input_tokens"] as const;

/**
 * Token usage as the provider reports it, accumulated over a response or a stream's events. Fields are
 * overwritten, not added: Anthropic's `message_delta` carries the cumulative output count and `message_start`
 * the input count, OpenAI sends one usage object at the end.
 */
export class UsageTally {
  private readonly fields: Record<string, number> = {};
  seen = false;

  /** Note the `usage` a response body or stream event carries (OpenAI top level or `response`; Anthropic `message`). */
  add(body: JsonValue | undefined): void {
    if (!isJsonObject(body)) return;
    this.take(body["usage"]);
    const response = body["response"];
    if (isJsonObject(response)) this.take(response["usage"]);
    const message = body["message"];
    if (isJsonObject(message)) this.take(message["usage"]);
  }

  private take(u: JsonValue | undefined): void {
    if (!isJsonObject(u)) return;
    for (const k of FIELDS) {
      const v = num(u, k);
      if (v > 0 || k in u) {
        this.fields[k] = v;
        this.seen = true;
      }
    }
  }

  /** Total tokens (input + output, cached input included), or undefined when no usage was reported. */
  total(): number | undefined {
    if (!this.seen) return undefined;
    const f = this.fields;
    if (f["total_tokens"]) return f["total_tokens"];
    const input = (f["input_tokens"] ?? 0) + (f["cache_creation_input_tokens"] ?? 0) + (f["cache_read_input_tokens"] ?? 0) + (f["prompt_tokens"] ?? 0);
    return input + (f["output_tokens"] ?? 0) + (f["completion_tokens"] ?? 0);
  }
}
