import type { MessageSpec } from "../core/message-spec.js";

/**
 * A quick input-token estimate, reserved against token quotas before the call: about four characters per token
 * (the usual figure for English with BPE tokenizers) plus a few tokens of framing per message. The provider's
 * reported usage replaces it when the call ends.
 */
export function estimateInputTokens(spec: MessageSpec): number {
  let chars = 0;
  const messages = new Set<number>();
  for (const p of spec.parts) {
    chars += p.text.length;
    messages.add(p.messageIndex);
  }
  const n = Math.ceil(chars / 4) + 4 * messages.size;
  return Math.max(1, n);
}

/** Tokens for streamed output text when the provider reports no usage (OpenAI streams without `include_usage`). */
export function estimateTextTokens(chars: number): number {
  return Math.ceil(chars / 4);
}
