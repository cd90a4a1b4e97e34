import { describe, expect, it } from "vitest";
import { openaiChatEndpoint } from "../../src/api/openai-chat/openai-chat-endpoint.js";
import type { CallContext } from "../../src/core/call-context.js";
import { CancelSignal } from "../../src/core/cancel-signal.js";
import type { JsonObject } from "../../src/core/json.js";
import { createPolicyGuard } from "../../src/enforce/create-policy-guard.js";
import { containsWord } from "../../src/enforce/contains-word.js";
import type { DetectionEngine } from "../../src/detect/engine.js";
import { chatCompletion } from "../support/mock-upstream.js";

const EMAIL = "jane.doe@acme-corp.com";

function ctxFor(body: JsonObject, headers: Record<string, string> = {}): CallContext {
  return {
    requestId: "r1",
    receivedAt: Date.now(),
    principal: { keyId: "k1", tenant: "t1", app: "a1", roles: ["app"] },
    api: "openai.chat",
    original: body,
    spec: openaiChatEndpoint.parse(body),
    providerName: "openai",
    upstreamModel: "gpt-4o-mini",
    clientHeaders: headers,
    signal: new CancelSignal(),
    responseHeaders: {},
  };
}

describe("policy guard", () => {
  const guard = createPolicyGuard();

  it("rewrites a deep copy (never ctx.original), records a value-free decision path and the header", async () => {
    const body = { model: "gpt-4o-mini", messages: [{ role: "user", content: `mail ${EMAIL}` }] };
    const before = JSON.stringify(body);
    const ctx = ctxFor(body);
    const v = await guard.request(ctx);
    expect(JSON.stringify(ctx.original)).toBe(before);
    expect(v.kind).toBe("forward");
    if (v.kind !== "forward") return;
    expect(v.changed).toBe(true);
    expect(JSON.stringify(v.body)).not.toContain(EMAIL);
    const path = ctx.decisions?.[0];
    expect(path).toMatchObject({
      direction: "request",
      policyVersion: expect.stringMatching(/^[0-9a-f]{64}$/),
      scopes: ["global"],
      outcome: "transform",
      entries: [{ path: "messages.0.content", role: "user", kind: "text", category: "pii", type: "EMAIL_ADDRESS", start: 5, end: 5 + EMAIL.length, ruleId: "default.tokenize-pii", action: "tokenize" }],
    });
    expect(JSON.stringify(ctx.decisions)).not.toContain(EMAIL);
    expect(ctx.responseHeaders["x-warden-decision"]).toMatch(/^v=[0-9a-f]{12}; request=tokenize:EMAIL_ADDRESSx1$/);

    // The response side restores the token for the caller and adds its own path.
    const token = (v.body["messages"] as { content: string }[])[0]?.content.slice(5) ?? "";
    const out = await guard.response(ctx, chatCompletion(`ok ${token}`) as JsonObject);
    expect(out.changed).toBe(true);
    expect(JSON.stringify(out.body)).toContain(`ok ${EMAIL}`);
    expect(ctx.decisions?.[1]).toMatchObject({ direction: "response", outcome: "allow", restored: 1 });
    expect(ctx.responseHeaders["x-warden-decision"]).toMatch(/; response=allow$/);
  });

  it("tokens are per conversation: another conversation header cannot restore them", async () => {
    const body = { model: "gpt-4o-mini", messages: [{ role: "user", content: `mail ${EMAIL}` }] };
    const a = ctxFor(body, { "x-warden-conversation": "conv-a" });
    const v = await guard.request(a);
    if (v.kind !== "forward") throw new Error("expected forward");
    const token = (v.body["messages"] as { content: string }[])[0]?.content.slice(5) ?? "";
    const b = ctxFor({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }, { "x-warden-conversation": "conv-b" });
    await guard.request(b);
    const out = await guard.response(b, chatCompletion(`ok ${token}`) as JsonObject);
    expect(JSON.stringify(out.body)).not.toContain(EMAIL);
  });

  it("a clean request is forwarded as is (changed: false, same object)", async () => {
    const body = { model: "gpt-4o-mini", messages: [{ role: "user", content: "What is 2 + 2?" }] };
    const ctx = ctxFor(body);
    const v = await guard.request(ctx);
    expect(v).toEqual({ kind: "forward", body, changed: false });
    if (v.kind === "forward") expect(v.body).toBe(body);
  });
});

describe("containsWord (did the caller send this value?)", () => {
  it.each([
    ["my name is ann lee", "ann lee", true],
    ["annual report", "ann", false],
    ["mail jane@x.io, thanks", "jane@x.io", true],
    ["xjane@x.io", "jane@x.io", false],
    ["call +44 20 7946 0958", "+44 20 7946 0958", true],
    ["", "a", false],
  ] as const)("%s ∋ %s → %s", (hay, needle, want) => {
    expect(containsWord(hay, needle)).toBe(want);
  });
});

describe("fail-open", () => {
  it("still enforces what the working detectors found, and records the failure", async () => {
    const partial: DetectionEngine = {
      detectors: [],
      thresholds: {},
      detect: (text) => {
        const i = text.indexOf(EMAIL);
        const findings = i < 0 ? [] : [{ detector: "pii.email", category: "pii" as const, type: "EMAIL_ADDRESS", start: i, end: i + EMAIL.length, score: 1, explanation: "email" }];
        return { findings, dataClasses: [], errors: [{ detector: "pii.phone", message: "RangeError: x" }] };
      },
      isActionable: () => true,
    };
    const guard = createPolicyGuard({ engine: partial, policyConfig: { failMode: "open", rules: [{ id: "r", match: { type: "EMAIL_ADDRESS" }, action: "redact" }] } });
    const ctx = ctxFor({ model: "gpt-4o-mini", messages: [{ role: "user", content: `mail ${EMAIL}` }] });
    const v = await guard.request(ctx);
    expect(v.kind === "forward" && JSON.stringify(v.body)).toContain("mail [EMAIL_ADDRESS]");
    expect(ctx.decisions?.[0]).toMatchObject({ outcome: "transform", failure: { reason: "detector-error", failMode: "open", detail: ["pii.phone: RangeError: x"] } });
    expect(ctx.responseHeaders["x-warden-decision"]).toMatch(/request=fail-open,redact:EMAIL_ADDRESSx1$/);
  });
});
