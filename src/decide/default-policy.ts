import type { PolicyInput } from "./policy-schema.js";

/**
 * The policy used when none is configured (see docs/policy.md):
 * - requests: secrets redacted, PII tokenized (restored for the caller in the response), prompt injection and
 *   jailbreaks blocked (in user, tool and assistant turns: the operator's own system prompt is trusted);
 * - responses: secrets redacted, PII the caller did not send redacted, system-prompt leakage and canaries blocked.
 * URLs and domain names are not personal data on their own and pass.
 */
export const DEFAULT_POLICY: PolicyInput = {
  name: "warden-default",
  failMode: "closed",
  rules: [
    {
      id: "default.block-injection",
      match: { category: "injection", direction: "request", role: ["user", "tool", "assistant"] },
      action: "block",
      reason: "prompt injection or jailbreak attempt",
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
    { id: "default.block-leakage", match: { category: "leakage", direction: "response" }, action: "block", reason: "output reproduces the system prompt or a canary" },
  ],
};
