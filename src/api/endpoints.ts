import type { Endpoint } from "./endpoint.js";
import { anthropicCountTokensEndpoint, anthropicMessagesEndpoint } from "./anthropic-messages/anthropic-messages-endpoint.js";
import { openaiChatEndpoint } from "./openai-chat/openai-chat-endpoint.js";
import { openaiCompletionsEndpoint } from "./openai-completions/openai-completions-endpoint.js";
import { openaiEmbeddingsEndpoint } from "./openai-embeddings/openai-embeddings-endpoint.js";
import { openaiResponsesEndpoint } from "./openai-responses/openai-responses-endpoint.js";

/** Every model-traffic endpoint Warden serves. */
export const ENDPOINTS: readonly Endpoint[] = [
  openaiChatEndpoint,
  openaiCompletionsEndpoint,
  openaiEmbeddingsEndpoint,
  openaiResponsesEndpoint,
  anthropicMessagesEndpoint,
  anthropicCountTokensEndpoint,
];
