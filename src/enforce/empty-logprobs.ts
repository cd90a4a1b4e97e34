import { isJsonObject, type JsonValue } from "../core/json.js";

/**
 * Empty every `logprobs` in a response body or stream event: token log-probabilities repeat the text of the answer
 * token by token, so once that text is redacted or held they would spell it back. Arrays become `[]` (Responses
 * deltas, parts, items), anything else `null` (chat and completions choices). Walks at most 8 levels deep.
 */
export function emptyLogprobs(v: JsonValue, depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(v)) {
    for (const x of v) emptyLogprobs(x, depth + 1);
    return;
  }
  if (!isJsonObject(v)) return;
  for (const k in v) {
    const x = v[k];
    if (k === "logprobs") {
      if (Array.isArray(x)) v[k] = [];
      else if (x !== null) v[k] = null;
    } else if (typeof x === "object" && x !== null) emptyLogprobs(x, depth + 1);
  }
}
