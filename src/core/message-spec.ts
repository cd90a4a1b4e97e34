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
 */
export type TextKind =
  | "system"
  | "instructions"
  | "text"
  | "prompt"
  | "input"
  | "tool_call_arguments"
  | "tool_result"
  | "document"
  | "tool_definition"
  | "reasoning"
  | "refusal"
  | "media_url"
  | "metadata"
  | "other";

/** One piece of text at one place in a body. Enforcement rewrites a body through these paths. */
export interface TextPart {
  path: JsonPath;
  role: MessageRole;
  kind: TextKind;
  text: string;
  /** Index of the message (conversation turn) the text belongs to; -1 for top-level fields. */
  messageIndex: number;
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
}
