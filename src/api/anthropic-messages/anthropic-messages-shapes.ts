import type { ObjectShape, ResponseShape } from "../response-shape.js";

/**
 * A content block whose text `classifyResponse` already hands to output scanning (text, thinking, citations, a
 * tool call's input); `data` is a redacted_thinking block's encrypted payload. Other keys (a server tool result's
 * `content`, `url`, `title`...) are scanned as `other`.
 */
const BLOCK: ResponseShape = { text: true, thinking: true, citations: true, input: true, name: true, data: true };

/** The fields of a Messages response the adapter knows (`usage`, and `container` with its `expires_at`). */
export const MESSAGES_RESPONSE_SHAPE: ResponseShape = { content: [BLOCK], usage: true, container: true };

/** A block carried whole by a stream event (not as deltas): each string is one text of its kind. */
const WHOLE_BLOCK: ObjectShape = { text: "text", thinking: "reasoning", citations: "text", input: "tool_call_arguments", name: true, data: true };

/**
 * The fields of each Messages stream event the adapter knows. `content_block_start` hands its text and thinking to
 * the block's channel; a tool call's `input` there (a real API sends `{}`) is scanned whole, as are blocks inside
 * `message_start`. Any event type not listed is scanned in every field.
 */
export const MESSAGES_EVENT_SHAPES: Readonly<Record<string, ResponseShape>> = {
  message_start: { message: { content: [WHOLE_BLOCK], usage: true, container: true } },
  content_block_start: { index: true, content_block: { ...WHOLE_BLOCK, text: true, thinking: true } },
  content_block_delta: { index: true, delta: { text: true, partial_json: true, thinking: true, citation: { cited_text: true } } },
  content_block_stop: { index: true },
  message_delta: { delta: { container: true }, usage: true },
  message_stop: true,
  ping: true,
};

/** Shape of an event type no adapter knows: every string but its structural keys is scanned. */
export const UNKNOWN_EVENT_SHAPE: ResponseShape = {};
