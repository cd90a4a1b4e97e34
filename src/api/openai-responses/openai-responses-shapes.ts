import type { ObjectShape, ResponseShape } from "../response-shape.js";

/**
 * Fields of a response object that echo the request (the caller's own instructions, tools, metadata) or are not
 * text: never scanned as output (the system prompt echoed in `instructions` is not a leak).
 */
const ECHOES: ObjectShape = {
  usage: true,
  error: true,
  incomplete_details: true,
  instructions: true,
  tools: true,
  text: true,
  reasoning: true,
  metadata: true,
  prompt: true,
  conversation: true,
  user: true,
  safety_identifier: true,
  prompt_cache_key: true,
  max_output_tokens: true,
  max_tool_calls: true,
  parallel_tool_calls: true,
  temperature: true,
  top_p: true,
  top_logprobs: true,
  store: true,
  background: true,
  billing: true,
  created_at: true,
  completed_at: true,
};

/** Output item keys that are not text: a tool's name, an MCP server's label, a generated image (base64). */
const ITEM_OPAQUE: ObjectShape = { name: true, server_label: true, container_id: true, result: true };

/** An output item as `classifyResponse` reads it: these texts are already scanned; other keys (tool outputs, search results...) as `other`. */
const ITEM: ObjectShape = { ...ITEM_OPAQUE, arguments: true, input: true, code: true, summary: true, content: [{ text: true, refusal: true, annotations: true, logprobs: true }] };

/** The fields of a Responses API response object the adapter knows. */
export const RESPONSES_RESPONSE_SHAPE: ResponseShape = { ...ECHOES, output: [ITEM] };

/** An output item inside a stream event whose texts `itemSnapshots` hands to the channels (annotations are scanned whole). */
const STREAM_ITEM: ObjectShape = {
  ...ITEM_OPAQUE,
  arguments: true,
  input: true,
  code: true,
  summary: [{ text: true }],
  content: [{ text: true, refusal: true, annotations: "text", logprobs: true }],
};

/** An output item in an event that no channel reads (`response.created`...): every text scanned whole. */
const WHOLE_ITEM: ObjectShape = {
  ...ITEM_OPAQUE,
  arguments: "tool_call_arguments",
  input: "tool_call_arguments",
  code: "tool_call_arguments",
  summary: "reasoning",
  content: [{ text: "text", refusal: "refusal", annotations: "text", logprobs: true }],
};

/** Numbering fields of every stream event. */
const INDICES: ObjectShape = { sequence_number: true, output_index: true, content_index: true, summary_index: true, annotation_index: true, logprobs: true };

/** Shape of a delta or `.done` event whose one text field `streamDeltas` hands to a channel. */
const fieldEvent = (field: string): ObjectShape => ({ ...INDICES, [field]: true });

/**
 * The fields of each Responses stream event type the adapter knows. Event types not listed (new ones, the
 * `response.created` family) are scanned in every field but their numbering, with their items' texts whole.
 */
export const RESPONSES_EVENT_SHAPES: Readonly<Record<string, ResponseShape>> = {
  "response.output_text.delta": fieldEvent("delta"),
  "response.output_text.done": fieldEvent("text"),
  "response.refusal.delta": fieldEvent("delta"),
  "response.refusal.done": fieldEvent("refusal"),
  "response.function_call_arguments.delta": fieldEvent("delta"),
  "response.function_call_arguments.done": fieldEvent("arguments"),
  "response.reasoning_summary_text.delta": fieldEvent("delta"),
  "response.reasoning_summary_text.done": fieldEvent("text"),
  "response.reasoning_text.delta": fieldEvent("delta"),
  "response.reasoning_text.done": fieldEvent("text"),
  "response.custom_tool_call_input.delta": fieldEvent("delta"),
  "response.custom_tool_call_input.done": fieldEvent("input"),
  "response.mcp_call_arguments.delta": fieldEvent("delta"),
  "response.mcp_call_arguments.done": fieldEvent("arguments"),
  "response.code_interpreter_call_code.delta": fieldEvent("delta"),
  "response.code_interpreter_call_code.done": fieldEvent("code"),
  "response.audio.transcript.delta": fieldEvent("delta"),
  // Base64 audio and image pieces: not text.
  "response.audio.delta": fieldEvent("delta"),
  "response.output_text.annotation.added": { ...INDICES, annotation: { title: true, url: true } },
  "response.content_part.added": { ...INDICES, part: { text: true, annotations: "text", logprobs: true } },
  "response.content_part.done": { ...INDICES, part: { text: true, annotations: "text", logprobs: true } },
  "response.reasoning_summary_part.added": { ...INDICES, part: { text: true } },
  "response.reasoning_summary_part.done": { ...INDICES, part: { text: true } },
  "response.output_item.added": { ...INDICES, item: STREAM_ITEM },
  "response.output_item.done": { ...INDICES, item: STREAM_ITEM },
  "response.completed": { ...INDICES, response: { ...ECHOES, output: [STREAM_ITEM] } },
  "response.incomplete": { ...INDICES, response: { ...ECHOES, output: [STREAM_ITEM] } },
  "response.failed": { ...INDICES, response: { ...ECHOES, output: [STREAM_ITEM] } },
};

/** Shape of an event type not listed above. */
export const OTHER_EVENT_SHAPE: ResponseShape = { ...INDICES, item: WHOLE_ITEM, response: { ...ECHOES, output: [WHOLE_ITEM] }, part: { text: "text", annotations: "text", logprobs: true } };
