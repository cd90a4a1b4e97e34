/**
 * A request the policy rewrites keeps every field it did not touch as it came: numbers that a JavaScript double
 * cannot hold (`12345678901234567891`, `1e400`, `-0`) reach the provider byte for byte, not re-encoded from a parse
 * (README: "unknown fields pass through unchanged"). Raw HTTP against a mock upstream, default policy (acceptance
 * tester).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { anthropicMessage, chatCompletion, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, postJson, startTestGateway, type TestGateway } from "../support/test-gateway.js";
import { createPolicyGuard } from "../../src/enforce/create-policy-guard.js";
import type { MockUpstream } from "../support/mock-upstream.js";

const EMAIL = "maria.gonzalez@example-corp.com";
const NUMBERS = '"seed":12345678901234567891,"x_big":1e400,"x_neg":-0';

let mock: MockUpstream;
let t: TestGateway;
beforeAll(async () => {
  mock = await startMockUpstream();
  const routes = [
    { models: ["alias-mini"], provider: "openai", model: "gpt-4o-mini" },
    { models: ["gpt-*"], provider: "openai" },
    { models: ["claude-*"], provider: "anthropic" },
  ];
  t = await startTestGateway(mockConfig(mock.url, { routes }), { guard: createPolicyGuard() });
});
afterAll(async () => {
  await t.close();
  await mock.close();
});
beforeEach(() => mock.reset());

const sent = (): string => mock.requests.at(-1)?.raw.toString("utf8") ?? "";

describe("numbers in untouched fields of a rewritten request", () => {
  it("chat: an e-mail is redacted, the three numbers arrive as written", async () => {
    mock.use(reply.json(chatCompletion("ok")));
    const res = await postJson(`${t.url}/v1/chat/completions`, `{"model":"gpt-4o-mini",${NUMBERS},"messages":[{"role":"user","content":"write to ${EMAIL}"}]}`, t.key);
    expect(res.status).toBe(200);
    const raw = sent();
    expect(raw).not.toContain(EMAIL);
    expect(raw).toContain(NUMBERS);
  });

  it("a model alias (the body's model rewritten) keeps them too", async () => {
    mock.use(reply.json(chatCompletion("ok")));
    const res = await postJson(`${t.url}/v1/chat/completions`, `{"model":"alias-mini",${NUMBERS},"messages":[{"role":"user","content":"hello"}]}`, t.key);
    expect(res.status).toBe(200);
    const raw = sent();
    expect(raw).toContain('"model":"gpt-4o-mini"');
    expect(raw).toContain(NUMBERS);
  });

  it("Anthropic messages: the same", async () => {
    mock.use(reply.json(anthropicMessage("ok")));
    const res = await postJson(`${t.url}/v1/messages`, `{"model":"claude-mock-1","max_tokens":5,${NUMBERS},"messages":[{"role":"user","content":"write to ${EMAIL}"}]}`, t.key);
    expect(res.status).toBe(200);
    const raw = sent();
    expect(raw).not.toContain(EMAIL);
    expect(raw).toContain(NUMBERS);
  });
});
