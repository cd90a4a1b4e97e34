import type { MessageRole } from "./detector.js";

/** The API a call came in through (and, for providers, the wire format spoken upstream). */
export type ApiKind =
  | "openai.chat"
  | "openai.completions"
  | "openai.embeddings"
  | "openai.responses"
  | "anthropic.messages"
  | "anthropic.count_tokens";

/** A JSON path into a request or response body: object keys and array indices. */
export type JsonPath = readonly (string | number)[];

/**
 * What a piece of text is, so policy can treat a system prompt, a tool result or a function-call argument
 * differently. `other` marks text found by the catch-all walk in a field no adapter knows: it is still scanned.
 * `identifier` is a tool name or tool-call id a model wrote in an answer: scanned, but it cannot be rewritten (the
 * caller matches it against its tools and answers with it), so an action that would change it blocks the answer.
 */
export const TEXT_KINDS = [
  "system",
  "instructions",
  "text",
  "prompt",
  "input",
  "tool_call_arguments",
  "tool_result",
  "document",
  "tool_definition",
  "reasoning",
  "refusal",
  "media_url",
  "metadata",
  "identifier",
  "other",
] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** One piece of text at one place in a body. Enforcement rewrites a body through these paths. */
export interface TextPart {
  path: JsonPath;
  role: MessageRole;
  kind: TextKind;
  text: string;
  /** Index of the message (conversation turn) the text belongs to; -1 for top-level fields. */
  messageIndex: number;
  /**
   * Set when the field holds the text base64-encoded (an inline text file): the field is `prefix` (a data URL's
   * header, or "") followed by the base64 of the UTF-8 text. A rewritten text is encoded back the same way.
   */
  encoded?: { prefix: string };
  /**
   * Set for an inline binary payload no detector can read (a base64 image, audio clip or PDF): `text` is empty and the
   * policy decides on the payload itself (finding types `UNSCANNED_IMAGE`, `UNSCANNED_AUDIO`, `UNSCANNED_FILE`).
   */
  unscanned?: { mediaType: string };
  /**
   * Set when `text` was extracted from a binary payload (the text a base64 PDF shows): it is scanned, but the payload
   * cannot be rewritten, so an action that would change the text refuses the call.
   */
  extracted?: { mediaType: string };
}

/**
 * A string of a request that is structure, not text: a tool or function name, a tool-call id, a cache key, an enum.
 * It travels to the provider as it came and cannot be rewritten without breaking the protocol (a renamed tool no
 * longer matches its definition, a renamed call id no longer matches its result), so it is not a text part: the
 * structure check (src/enforce/structure-check.ts) refuses the call when one carries a protected value.
 */
export interface StructureString {
  /** The object key the string is the value of (or an element of), if any: names the place in a refusal. */
  key: string | undefined;
  text: string;
}

/**
 * The internal message spec: every request, whichever API or field carries its text, becomes this.
 * Later stages (detect, decide, enforce, record) see only this and the body it points into.
 */
export interface MessageSpec {
  api: ApiKind;
  model: string;
  stream: boolean;
  /** Every piece of text in the body, in document order. */
  parts: TextPart[];
  /** The body's other strings (ids, names, enums; not opaque payloads), for the structure check. */
  structure?: StructureString[];
}
