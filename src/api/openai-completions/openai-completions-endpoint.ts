import { isJsonObject } from "../../core/json.js";
import type { StructureString } from "../../core/message-spec.js";
import type { Endpoint } from "../endpoint.js";
import { fieldDelta } from "../openai-chat/openai-chat-stream-deltas.js";
import type { StreamDelta } from "../stream-delta.js";
import { invalid, optionalBoolean, rejectTokenArrays, requireString } from "../require-field.js";
import { type ResponseShape, unknownDeltas, unknownParts } from "../response-shape.js";
import { lastKey, STRUCTURAL_KEYS, walkText } from "../walk-text.js";

/** The fields of a completion (and of its stream chunks) the adapter knows; any other is scanned as `other`. */
const COMPLETION_SHAPE: ResponseShape = { usage: true, choices: [{ text: true, logprobs: true }] };

/** `POST /v1/completions` (legacy text completions). */
export const openaiCompletionsEndpoint: Endpoint = {
  api: "openai.completions",
  method: "POST",
  path: "/v1/completions",
  errorFormat: "openai",
  parse(body) {
    const model = requireString(body, "model");
    const prompt = body["prompt"];
    if (prompt === undefined) throw invalid("'prompt' is required.");
    rejectTokenArrays(prompt, "prompt");
    const stream = optionalBoolean(body, "stream");
    const structure: StructureString[] = [];
    const parts = walkText(body, (path) => {
      const key = lastKey(path);
      if (key !== undefined && STRUCTURAL_KEYS.has(key)) return null;
      if (path[0] === "prompt" || path[0] === "suffix") return { role: "user", kind: "prompt", messageIndex: -1 };
      if (path[0] === "user") return { role: "user", kind: "metadata", messageIndex: -1 };
      if (path[0] === "logit_bias") return null;
      return { role: "user", kind: "other", messageIndex: -1 };
    }, structure);
    return { api: "openai.completions", model, stream, parts, structure };
  },
  responseParts: (body) => [
    ...walkText(body, (path) =>
      path[0] === "choices" && typeof path[1] === "number" && path[2] === "text" && path.length === 3
        ? { role: "assistant", kind: "text", messageIndex: path[1] }
        : null,
    ),
    ...unknownParts(body, COMPLETION_SHAPE),
  ],
  streamDeltas(event) {
    const json = event.json;
    if (!isJsonObject(json)) return [];
    const out: StreamDelta[] = unknownDeltas(event, COMPLETION_SHAPE);
    if (!Array.isArray(json["choices"])) return out;
    for (const c of json["choices"]) {
      if (!isJsonObject(c)) continue;
      const d = fieldDelta(event, c, "text", `choice:${typeof c["index"] === "number" ? c["index"] : 0}:text`, "text");
      if (d) out.push(d);
    }
    return out;
  },
};
