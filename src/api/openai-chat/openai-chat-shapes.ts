import type { ResponseShape } from "../response-shape.js";

/**
 * The fields of a chat completion the adapter knows (docs: API reference, "The chat completion object"): every
 * string under `choices` is already output text (see `classifyResponse`); any other top-level field is scanned.
 */
export const CHAT_RESPONSE_SHAPE: ResponseShape = { choices: true, usage: true, prompt_filter_results: true };

const FUNCTION: ResponseShape = { name: true, arguments: true };

/**
 * The fields of a `chat.completion.chunk` the adapter knows: those {@link openaiChatStreamDeltas} hands to the
 * stream enforcer as channels, and non-text ones (log-probabilities, Azure content-filter results, base64 audio).
 */
export const CHAT_CHUNK_SHAPE: ResponseShape = {
  usage: true,
  prompt_filter_results: true,
  choices: [
    {
      logprobs: true,
      content_filter_results: true,
      content_filter_offsets: true,
      delta: {
        content: true,
        refusal: true,
        reasoning_content: true,
        reasoning: true,
        audio: { transcript: true, data: true },
        function_call: FUNCTION,
        tool_calls: [{ function: FUNCTION }],
      },
    },
  ],
};
