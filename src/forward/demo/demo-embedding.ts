import { createHash } from "node:crypto";
import type { JsonObject, JsonValue } from "../../core/json.js";
import { estimateTokens } from "./demo-model.js";

/** A deterministic unit vector for a text (SHA-256 in counter mode mapped to [-1, 1]). */
export function demoVector(text: string, dims: number): Float32Array {
  const v = new Float32Array(dims);
  let norm = 0;
  for (let block = 0; block * 8 < dims; block++) {
    const h = createHash("sha256").update(`${block}:`).update(text).digest();
    for (let j = 0; j < 8 && block * 8 + j < dims; j++) {
      const x = h.readInt32LE(j * 4) / 2 ** 31;
      v[block * 8 + j] = x;
      norm += x * x;
    }
  }
  const n = Math.sqrt(norm) || 1;
  for (let i = 0; i < dims; i++) v[i] = (v[i] as number) / n;
  return v;
}

/** An embeddings response body (float arrays, or base64 as the OpenAI SDK requests by default). */
export function embeddingsJson(model: string, body: JsonObject): JsonObject {
  const input = body["input"];
  const texts: string[] = typeof input === "string" ? [input] : Array.isArray(input) ? input.map((x) => String(x)) : [];
  const dims = typeof body["dimensions"] === "number" && body["dimensions"] > 0 ? Math.min(4096, Math.floor(body["dimensions"])) : 256;
  const base64 = body["encoding_format"] === "base64";
  const data: JsonValue[] = texts.map((t, index) => {
    const v = demoVector(t, dims);
    const embedding: JsonValue = base64 ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("base64") : Array.from(v);
    return { object: "embedding", index, embedding };
  });
  const tokens = texts.reduce((n, t) => n + estimateTokens(t), 0);
  return { object: "list", data, model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}
