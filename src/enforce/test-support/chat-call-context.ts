import { openaiChatEndpoint } from "../../api/openai-chat/openai-chat-endpoint.js";
import type { CallContext } from "../../core/call-context.js";
import { CancelSignal } from "../../core/cancel-signal.js";
import type { JsonObject } from "../../core/json.js";

/** A call context for an OpenAI chat body, as the pipeline builds it, for tests of the policy guard. */
export function chatCallContext(body: JsonObject): CallContext {
  return {
    requestId: "r1",
    receivedAt: Date.now(),
    principal: { keyId: "k1", tenant: "t1", app: "a1", roles: ["app"] },
    api: "openai.chat",
    original: body,
    spec: openaiChatEndpoint.parse(body),
    providerName: "openai",
    upstreamModel: "gpt-4o-mini",
    clientHeaders: {},
    signal: new CancelSignal(),
    responseHeaders: {},
  };
}
