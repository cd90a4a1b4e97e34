import type { StructureString } from "../../core/message-spec.js";
import type { Endpoint } from "../endpoint.js";
import { invalid, rejectTokenArrays, requireString } from "../require-field.js";
import { lastKey, STRUCTURAL_KEYS, walkText } from "../walk-text.js";

/** `POST /v1/embeddings` */
export const openaiEmbeddingsEndpoint: Endpoint = {
  api: "openai.embeddings",
  method: "POST",
  path: "/v1/embeddings",
  errorFormat: "openai",
  parse(body) {
    const model = requireString(body, "model");
    const input = body["input"];
    if (input === undefined || input === null) throw invalid("'input' is required.");
    if (body["stream"] !== undefined && body["stream"] !== false) throw invalid("'stream' is not supported for embeddings.");
    rejectTokenArrays(input, "input");
    const structure: StructureString[] = [];
    const parts = walkText(body, (path) => {
      const key = lastKey(path);
      if (key !== undefined && STRUCTURAL_KEYS.has(key)) return null;
      if (path[0] === "input") return { role: "user", kind: "input", messageIndex: -1 };
      if (path[0] === "user") return { role: "user", kind: "metadata", messageIndex: -1 };
      return { role: "user", kind: "other", messageIndex: -1 };
    }, structure);
    return { api: "openai.embeddings", model, stream: false, parts, structure };
  },
  responseParts: () => [],
  streamDeltas: () => [],
};
