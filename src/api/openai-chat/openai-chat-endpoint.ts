import type { JsonObject } from "../../core/json.js";
import type { JsonPath, StructureString } from "../../core/message-spec.js";
import type { Endpoint } from "../endpoint.js";
import { optionalBoolean, requireMessages, requireString } from "../require-field.js";
import { type FieldClass, isInlineBinary, lastKey, STRUCTURAL_KEYS, toRole, walkText } from "../walk-text.js";
import { inlinePayloadClass } from "../inline-text-file.js";
import { unknownParts } from "../response-shape.js";
import { CHAT_RESPONSE_SHAPE } from "./openai-chat-shapes.js";
import { chatResponseIdentifiers, chatStreamIdentifiers } from "./openai-chat-identifiers.js";
import { openaiChatStreamDeltas, openaiChatStreamTextLength } from "./openai-chat-stream-deltas.js";

/** Classify a string field of a chat.completions request. */
function classifyRequest(body: JsonObject, path: JsonPath, text: string): FieldClass | null {
  const top = path[0];
  const key = lastKey(path);
  // `metadata` is a free-form map (stored by the provider with `store: true`): its values are text whatever their key
  // is called, so `{"id": …}`, `{"status": …}` or `{"type": …}` there are scanned, not skipped as identifiers.
  if (top === "metadata") return { role: "user", kind: "metadata", messageIndex: -1 };
  if (key !== undefined && STRUCTURAL_KEYS.has(key) && !(path.length === 2 && top === "messages")) return null;
  if (top === "messages") {
    const i = path[1];
    if (typeof i !== "number") return null;
    const msg = (body["messages"] as JsonObject[])[i];
    const role = toRole(msg?.["role"]);
    if (path.length === 3 && key === "role") return null;
    if (path[2] === "tool_calls") {
      if (key === "arguments") return { role, kind: "tool_call_arguments", messageIndex: i };
      if (key === "name") return null;
    }
    if (path[2] === "function_call" && key === "name") return null;
    if (key === "arguments") return { role, kind: "tool_call_arguments", messageIndex: i };
    // A base64 text file (`file.file_data: data:text/plain;base64,...`) is decoded and scanned; binary media
    // (images, audio, PDFs) is reported unscanned, for the policy to decide.
    if (isInlineBinary(key, text)) return inlinePayloadClass(role, i, text, path);
    if (key === "data" && path.includes("input_audio")) return inlinePayloadClass(role, i, text, path, "audio/*");
    if (key === "url") return { role, kind: "media_url", messageIndex: i };
    if (key === "refusal") return { role, kind: "refusal", messageIndex: i };
    if (key === "reasoning_content" || key === "reasoning") return { role, kind: "reasoning", messageIndex: i };
    if (key === "name" && path.length === 3) return { role, kind: "metadata", messageIndex: i };
    const kind = role === "system" || role === "developer" ? "system" : role === "tool" ? "tool_result" : "text";
    return { role, kind, messageIndex: i };
  }
  if (top === "tools" || top === "functions") return key === "name" ? null : { role: "tool", kind: "tool_definition", messageIndex: -1 };
  if (top === "response_format") return key === "name" ? null : { role: "system", kind: "instructions", messageIndex: -1 };
  if (top === "prediction") return { role: "assistant", kind: "text", messageIndex: -1 };
  // Caller-set identifiers that can be rewritten without breaking the call (a token stands for the same end user).
  if (top === "user" || top === "safety_identifier") return { role: "user", kind: "metadata", messageIndex: -1 };
  // A named tool choice must name an offered tool; the cache key routes to the provider's cache: structure.
  if (top === "logit_bias" || top === "prompt_cache_key" || top === "tool_choice") return null;
  return { role: "user", kind: "other", messageIndex: -1 };
}

function classifyResponse(path: JsonPath): FieldClass | null {
  const key = lastKey(path);
  // Every string under `choices` is output, also when an upstream sends `choices` as an object (`{"0": {…}}`, which a
  // JavaScript client indexes like an array) or a string: the shape says `choices` is known, so nothing else scans it.
  if (path[0] !== "choices") return null;
  if (key !== undefined && STRUCTURAL_KEYS.has(key)) return null;
  if (path[2] === "logprobs") return null;
  const messageIndex = typeof path[1] === "number" ? path[1] : -1;
  if (key === "arguments") return { role: "assistant", kind: "tool_call_arguments", messageIndex };
  if (key === "name") return null;
  if (key === "refusal") return { role: "assistant", kind: "refusal", messageIndex };
  if (key === "reasoning_content" || key === "reasoning") return { role: "assistant", kind: "reasoning", messageIndex };
  return { role: "assistant", kind: "text", messageIndex };
}

/** `POST /v1/chat/completions` */
export const openaiChatEndpoint: Endpoint = {
  api: "openai.chat",
  method: "POST",
  path: "/v1/chat/completions",
  errorFormat: "openai",
  parse(body) {
    const model = requireString(body, "model");
    requireMessages(body);
    const stream = optionalBoolean(body, "stream");
    const structure: StructureString[] = [];
    const parts = walkText(body, (path, text) => classifyRequest(body, path, text), structure);
    return { api: "openai.chat", model, stream, parts, structure };
  },
  // Fields the adapter does not know are scanned too (as `other`): nothing of a response passes unenforced.
  responseParts: (body) => [...walkText(body, classifyResponse), ...unknownParts(body, CHAT_RESPONSE_SHAPE)],
  responseIdentifiers: chatResponseIdentifiers,
  streamDeltas: openaiChatStreamDeltas,
  streamIdentifiers: chatStreamIdentifiers,
  streamTextLength: openaiChatStreamTextLength,
};
