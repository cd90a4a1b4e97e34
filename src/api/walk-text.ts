import type { MessageRole } from "../core/detector.js";
import type { JsonValue } from "../core/json.js";
import type { JsonPath, StructureString, TextKind, TextPart } from "../core/message-spec.js";

/**
 * How one string field is treated: as text of a role and kind; `null` for a structural field (ids, names, enums),
 * which is not text but is still read by the structure check; or {@link UNREAD} for a value no control may read.
 */
export interface FieldClass {
  role: MessageRole;
  kind: TextKind;
  messageIndex: number;
  /** The text to scan when it is not the field's string itself (a decoded inline text file), and how it is encoded. */
  decoded?: { text: string; prefix: string };
  /** The media type of an inline binary payload no detector reads (reported as an empty part to the policy). */
  unscanned?: string;
  /** Text extracted from an inline binary payload (read-only: it cannot be written back), and its media type. */
  extracted?: { text: string; mediaType: string };
}
/**
 * A classifier's answer for a value the caller hands the provider on purpose and that no control reads: a credential
 * for the caller's own MCP server (Anthropic `mcp_servers[].authorization_token`, a Responses `mcp` tool's
 * `authorization` and `headers`), an encrypted thinking block.
 */
export const UNREAD = "unread";
export type FieldClassifier = (path: JsonPath, text: string) => FieldClass | null | typeof UNREAD;

/**
 * Payloads that are never a value a person writes: provider-signed or encrypted blobs, base64 media, stream padding.
 * Not text, and not structure either: scanning them costs much and can only corrupt them (a forged one is refused
 * by the provider, which verifies it). By name in answers (response-shape.ts); in requests only in the places a
 * provider puts them ({@link REQUEST_OPAQUE_PLACES}), since a caller can name a field of its own anything.
 */
export const OPAQUE_KEYS: ReadonlySet<string> = new Set(["encrypted_content", "encrypted_index", "signature", "obfuscation", "b64_json", "partial_image_b64"]);

/**
 * Where a request carries back a payload a provider signed or encrypted: the key, and the `type` of the block or item
 * that holds it (an Anthropic thinking block's `signature`, a search result's `encrypted_content` or a citation's
 * `encrypted_index`, a Responses reasoning or compaction item's `encrypted_content`). Only there is it left unread: the
 * same key elsewhere (a `signature` beside a chat message's content) is the caller's own field and is checked.
 */
const REQUEST_OPAQUE_PLACES: Readonly<Record<string, ReadonlySet<string>>> = {
  signature: new Set(["thinking"]),
  encrypted_content: new Set(["reasoning", "compaction", "web_search_result"]),
  encrypted_index: new Set(["web_search_result_location"]),
};

/** Whether `key` of `parent` is a provider's opaque payload (see {@link REQUEST_OPAQUE_PLACES}). */
function opaqueInRequest(key: string, parent: JsonValue | undefined): boolean {
  const types = REQUEST_OPAQUE_PLACES[key];
  if (!types || parent === null || typeof parent !== "object" || Array.isArray(parent)) return false;
  const type = parent["type"];
  return typeof type === "string" && types.has(type);
}

/**
 * Collect every string leaf of a body that the classifier does not call structural.
 * The walk is deliberately exhaustive: a field no adapter knows is still returned (as `other`), so no control can be
 * bypassed by putting text where the adapter does not look. With `structure`, the structural strings are collected
 * there (all but a provider's opaque payloads in their own places and {@link UNREAD} values), for the structure check:
 * what is not text is still read.
 */
export function walkText(root: JsonValue, classify: FieldClassifier, structure?: StructureString[]): TextPart[] {
  const parts: TextPart[] = [];
  const path: (string | number)[] = [];
  const visit = (value: JsonValue, parent?: JsonValue): void => {
    if (typeof value === "string") {
      if (value.length === 0) return;
      const cls = classify(path, value);
      if (cls === UNREAD) return;
      if (!cls) {
        const key = lastKey(path);
        const own = path[path.length - 1];
        if (structure && !(typeof own === "string" && opaqueInRequest(own, parent))) structure.push({ key, text: value });
        return;
      }
      const { decoded, unscanned, extracted } = cls;
      if (extracted !== undefined) parts.push({ path: [...path], role: cls.role, kind: cls.kind, messageIndex: cls.messageIndex, text: extracted.text, extracted: { mediaType: extracted.mediaType } });
      else if (decoded !== undefined) parts.push({ path: [...path], role: cls.role, kind: cls.kind, messageIndex: cls.messageIndex, text: decoded.text, encoded: { prefix: decoded.prefix } });
      else if (unscanned !== undefined) parts.push({ path: [...path], role: cls.role, kind: cls.kind, messageIndex: cls.messageIndex, text: "", unscanned: { mediaType: unscanned } });
      else parts.push({ path: [...path], text: value, role: cls.role, kind: cls.kind, messageIndex: cls.messageIndex });
      return;
    }
    if (value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i] as JsonValue, value);
        path.pop();
      }
      return;
    }
    for (const key of Object.keys(value)) {
      path.push(key);
      visit(value[key] as JsonValue, value);
      path.pop();
    }
  };
  visit(root);
  return parts;
}

/** The last object key on a path (skipping array indices). */
export function lastKey(path: JsonPath): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === "string") return seg;
  }
  return undefined;
}

/** Keys whose string values are identifiers or enums, never text a model reads. */
export const STRUCTURAL_KEYS: ReadonlySet<string> = new Set([
  "type",
  "role",
  "id",
  "model",
  "object",
  "tool_call_id",
  "call_id",
  "tool_use_id",
  "format",
  "encoding_format",
  "detail",
  "media_type",
  "mime_type",
  "required",
  "$schema",
  "$ref",
  "$id",
  "pattern",
  "status",
  "finish_reason",
  "stop_reason",
  "stop_sequence",
  "stop_sequences",
  "stop",
  "service_tier",
  "reasoning_effort",
  "effort",
  "tool_choice",
  "modalities",
  "voice",
  "signature",
  "previous_response_id",
  "approval_request_id",
  "item_id",
  "vector_store_ids",
  "truncation",
  "verbosity",
  "file_id",
  "container",
  "cache_control",
  "system_fingerprint",
]);

/** True for inline binary payloads (base64 images, audio, files) that text detectors cannot read. */
export function isInlineBinary(key: string | undefined, text: string): boolean {
  if (key === "data" || key === "file_data" || key === "image_url" || key === "url") {
    return text.startsWith("data:") && text.includes(";base64,");
  }
  return false;
}

/** Map an API's role string to the internal role set; unknown roles are treated as `user` (untrusted). */
export function toRole(value: JsonValue | undefined): MessageRole {
  switch (value) {
    case "system":
      return "system";
    case "developer":
      return "developer";
    case "assistant":
    case "model":
      return "assistant";
    case "tool":
    case "function":
      return "tool";
    default:
      return "user";
  }
}
