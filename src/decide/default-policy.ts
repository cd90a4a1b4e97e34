import type { PolicyInput } from "./policy-schema.js";

/**
 * The policy used when none is configured (see docs/policy.md):
 * - requests: secrets redacted, PII tokenized (restored for the caller in the response), prompt injection and
 *   jailbreaks blocked (in user, tool and assistant turns: the operator's own system prompt is trusted), attached
 *   files whose content cannot be read (binary, or a PDF without readable text) blocked;
 * - responses: secrets redacted, PII the caller did not send redacted, system-prompt leakage, canaries and secrets
 *   from the system prompt blocked; auto-loading images whose URL carries data to a host not on the allowlist
 *   redacted (links carrying data monitored); a tool call after an indirect injection blocked.
 * URLs and domain names are not personal data on their own and pass. So does a place named without a tie to
 * someone ("the capital of France", "the weather in Paris"): LOCATION is acted on from 0.85, which the detector
 * reaches with residence and travel cues ("lives in", "born in", "moved to", "flew to"); street addresses are ADDRESS.
 */
export const DEFAULT_POLICY: PolicyInput = {
  name: "warden-default",
  failMode: "closed",
  thresholds: { LOCATION: 0.85 },
  rules: [
    {
      id: "default.block-injection",
      match: { category: "injection", direction: "request", role: ["user", "tool", "assistant"] },
      action: "block",
      reason: "prompt injection or jailbreak attempt",
    },
    {
      // Fail closed: an attached file whose text Warden cannot read (not a text type, not a PDF with readable text)
      // would reach the model uninspected. Inline images and audio pass (a policy can name UNSCANNED_IMAGE/_AUDIO).
      id: "default.block-unreadable-files",
      match: { category: "evasion", type: "UNSCANNED_FILE", direction: "request" },
      action: "block",
      reason: "an attached file whose content Warden cannot read would reach the model uninspected",
    },
    { id: "default.redact-secrets", match: { category: "secret" }, action: "redact", reason: "credentials never reach a model or a caller" },
    {
      id: "default.tokenize-pii",
      match: { category: "pii", direction: "request", notType: ["URL", "DOMAIN_NAME"] },
      action: "tokenize",
      reason: "personal data is replaced by reversible tokens before the model sees it",
    },
    {
      id: "default.redact-model-pii",
      match: { category: "pii", direction: "response", origin: "model", notType: ["URL", "DOMAIN_NAME"] },
      action: "redact",
      reason: "personal data the caller did not supply is not disclosed",
    },
    { id: "default.block-leakage", match: { category: "leakage", direction: "response" }, action: "block", reason: "output reproduces the system prompt, a canary or a secret from the system prompt" },
    {
      id: "default.redact-exfil-images",
      match: { category: "exfiltration", type: "EXFIL_IMAGE", direction: "response", minScore: 0.6 },
      action: "redact",
      reason: "an image or other auto-loading resource whose URL carries data to a host not on the allowlist",
    },
    { id: "default.monitor-exfil-links", match: { category: "exfiltration", type: "EXFIL_LINK", direction: "response" }, action: "monitor", reason: "a link whose URL carries data to a host not on the allowlist" },
    {
      // Score 1 is reserved for sinks carrying a vault token: restored, the caller's own value would be in the URL.
      id: "default.redact-exfil-links-with-conversation-data",
      match: { category: "exfiltration", type: "EXFIL_LINK", direction: "response", minScore: 1 },
      action: "redact",
      reason: "a link whose URL carries a tokenized value of the conversation to a host not on the allowlist",
    },
    {
      id: "default.redact-injected-links",
      match: { category: "exfiltration", type: "INJECTED_LINK", direction: "response" },
      action: "redact",
      reason: "a link or image to a host that a document, e-mail or tool result asked the model to include (phishing through the model)",
    },
    {
      id: "default.block-injected-tool-calls",
      match: { category: "injection", type: "INJECTED_TOOL_CALL", direction: "response" },
      action: "block",
      reason: "a tool call right after a tool result or document tried to steer the model",
    },
  ],
};
