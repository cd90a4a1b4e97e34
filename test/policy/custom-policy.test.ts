/** Configured policies end to end: each action's operator, scopes, shadow mode and fail modes through the gateway. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { ConfigError } from "../../src/core/config-error.js";
import { createPolicyGuard } from "../../src/enforce/create-policy-guard.js";
import type { DetectionEngine } from "../../src/detect/engine.js";
import { expectErrorResponse } from "../support/expect-error.js";
import { chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, postJson, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const CARD = "4111 1111 1111 1111";
const EMAIL = "jane.doe@acme-corp.com";
const AWS = "AKIAZ3MHQ7RT2XKPLW4N";

const POLICY = {
  rules: [
    { id: "mask-cards", match: { type: "CREDIT_CARD" }, action: "mask" },
    { id: "hash-email", match: { type: "EMAIL_ADDRESS" }, action: "hash" },
    { id: "number-people", match: { type: "PERSON" }, action: "redact", style: "numbered" },
    { id: "shadow-secrets", match: { category: "secret" }, action: "block", mode: "shadow" },
  ],
  scopes: [{ id: "claude", match: { tenant: "t1", model: "claude-*" }, rules: [{ id: "hash-email", match: { type: "EMAIL_ADDRESS" }, action: "block" }] }],
};

let mock: MockUpstream;
let t: TestGateway;

beforeAll(async () => {
  mock = await startMockUpstream();
  t = await startTestGateway({ ...mockConfig(mock.url), policy: POLICY });
});
afterAll(async () => {
  await t.close();
  await mock.close();
});
beforeEach(() => mock.reset());

const chat = (content: string, model = "gpt-4o-mini") => ({ model, messages: [{ role: "user", content }] });

describe("configured policy through the gateway", () => {
  it("mask, hash and numbered redaction rewrite the request; a shadow block changes nothing but is recorded", async () => {
    const res = await postJson(`${t.url}/v1/chat/completions`, chat(`Card ${CARD}, mail ${EMAIL}. Maria Garcia told John Smith to call Maria Garcia. Key ${AWS}`), t.key);
    expect(res.status).toBe(200);
    const sent = (mock.last.body?.["messages"] as { content: string }[])[0]?.content ?? "";
    expect(sent).toMatch(/^Card \*\*\*\* \*\*\*\* \*\*\*\* 1111, mail \[EMAIL_ADDRESS:[0-9a-f]{12}\]\. \[PERSON_1\] told \[PERSON_2\] to call \[PERSON_1\]\. Key AKIAZ3MHQ7RT2XKPLW4N$/);
    expect(res.headers.get("x-warden-decision")).toMatch(/request=mask:CREDIT_CARDx1,hash:EMAIL_ADDRESSx1,redact:PERSONx3,shadowx1/);
  });

  it("shadow mode alone relays the caller's bytes unchanged", async () => {
    const raw = JSON.stringify(chat(`deploy with ${AWS}`));
    const res = await postJson(`${t.url}/v1/chat/completions`, raw, t.key);
    expect(res.status).toBe(200);
    expect(mock.last.raw.toString()).toBe(raw);
    expect(res.headers.get("x-warden-decision")).toMatch(/request=shadowx1/);
  });

  it("a scope for tenant t1 on claude-* turns the email rule into a block", async () => {
    const res = await postJson(`${t.url}/v1/messages`, { model: "claude-mock-1", max_tokens: 5, messages: [{ role: "user", content: `mail ${EMAIL}` }] }, t.key);
    const body = await expectErrorResponse(res, 400, "WARDEN_POLICY_BLOCKED", "anthropic");
    expect((body["error"] as Record<string, unknown>)["reasons"]).toEqual([{ rule: "hash-email", type: "EMAIL_ADDRESS", category: "pii" }]);
    expect(JSON.stringify(body)).not.toContain(EMAIL);
    expect(mock.requests).toHaveLength(0);
  });

  it("responses are enforced with the same rules (direction response)", async () => {
    mock.use(reply.json(chatCompletion(`Your card ${CARD} is on file.`)));
    const res = await postJson(`${t.url}/v1/chat/completions`, chat("which card?"), t.key);
    const body = (await res.json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0]?.message.content).toBe("Your card **** **** **** 1111 is on file.");
  });
});

describe("config validation", () => {
  it("reports every policy problem with its config path", () => {
    let err: unknown;
    try {
      parseConfig({ policy: { rules: [{ id: "x", action: "zap" }, { id: "y", action: "block", match: { direction: "sideways" } }] } }, {}, "test");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).issues.map((i) => i.path).sort()).toEqual(["policy.rules.0.action", "policy.rules.1.match.direction"]);
  });

  it("a file reference cannot carry inline fields", () => {
    expect(() => parseConfig({ policy: { file: "p.yaml", rules: [] } }, {}, "test")).toThrow(/policy\.rules/);
  });
});

describe("fail mode", () => {
  /** An engine whose detectors fail on every text. */
  const failing: DetectionEngine = {
    detectors: [],
    thresholds: {},
    detect: () => ({ findings: [], dataClasses: [], errors: [{ detector: "pii.broken", message: "TypeError: boom" }] }),
    isActionable: () => true,
  };

  it("closed (default): a detector error refuses the call with WARDEN_POLICY_CONTROL_FAILED", async () => {
    const g = await startTestGateway(mockConfig(mock.url), { guard: createPolicyGuard({ engine: failing }) });
    try {
      const res = await postJson(`${g.url}/v1/chat/completions`, chat("hello"), g.key);
      const body = await expectErrorResponse(res, 503, "WARDEN_POLICY_CONTROL_FAILED", "openai");
      expect(JSON.stringify(body)).not.toContain("boom");
      expect(mock.requests).toHaveLength(0);
    } finally {
      await g.close();
    }
  });

  it("open, where the policy says so: forwarded unchanged and recorded as fail-open", async () => {
    const g = await startTestGateway(mockConfig(mock.url), { guard: createPolicyGuard({ engine: failing, policyConfig: { failMode: "open" } }) });
    try {
      const res = await postJson(`${g.url}/v1/chat/completions`, chat("hello"), g.key);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-warden-decision")).toMatch(/request=fail-open; response=fail-open/);
    } finally {
      await g.close();
    }
  });
});
