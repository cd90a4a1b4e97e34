/**
 * Acceptance hunt, structure and the policy's own detection settings: docs/policy.md ("Structure") promises that a
 * secret, personal data or custom finding in a tool name, call id, object key or stop sequence refuses the call.
 * Custom rules a policy brings (`detection.customRules`) are custom findings: they must be found there too, also
 * when they arrive with a reloaded policy after the same names were seen clean.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { adminCall } from "../admin/admin-support.js";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const POLICY = {
  detection: { customRules: [{ id: "codenames", keywords: ["bluebird"], dataClass: "CONFIDENTIAL" }] },
  rules: [{ id: "no-codenames", match: { detector: "custom.codenames" }, action: "block" }],
};

let mock: MockUpstream;
let t: TestGateway;
let client: OpenAI;
beforeAll(async () => {
  mock = await startMockUpstream();
  t = await startTestGateway({ ...mockConfig(mock.url), policy: POLICY });
  client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
});
afterAll(async () => {
  await t.close();
  await mock.close();
});
beforeEach(() => mock.reset());

const tool = (name: string) => ({ type: "function" as const, function: { name, description: "look up", parameters: { type: "object", properties: {} } } });
const codeOf = (p: Promise<unknown>): Promise<unknown> => p.then(() => "ok", (e: { status?: number; code?: unknown }) => `${e.status} ${String(e.code)}`);

describe("a policy's custom rule in structure", () => {
  it("as text, the codename is blocked (the rule works)", async () => {
    expect(await codeOf(client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "status of bluebird?" }] }))).toBe("400 WARDEN_POLICY_BLOCKED");
  });

  it.each([
    ["a tool name", { tools: [tool("bluebird-lookup")] }],
    ["a metadata key", { metadata: { bluebird: "1" }, store: true }],
    ["a stop sequence", { stop: ["bluebird"] }],
  ])("in %s, the call is refused and nothing is forwarded", async (_name, extra) => {
    const r = await codeOf(client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }], ...extra }));
    expect(r).toBe("400 WARDEN_REQUEST_FIELD_REJECTED");
    expect(mock.requests).toHaveLength(0);
  });
});

describe("a custom rule arriving with a reload", () => {
  it("a name seen clean before the reload is checked again after it", async () => {
    const admin = t.gw.keys.create({ tenant: "root", app: "admin", roles: ["admin"] }).key;
    expect(await codeOf(client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }], tools: [tool("osprey-lookup")] }))).toBe("ok");
    const doc = { ...POLICY, detection: { customRules: [{ id: "codenames", keywords: ["bluebird", "osprey"], dataClass: "CONFIDENTIAL" }] } };
    expect((await adminCall(t.url, "PUT", "/admin/v1/policy", admin, doc)).status).toBe(200);
    mock.reset();
    expect(await codeOf(client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }], tools: [tool("osprey-lookup")] }))).toBe("400 WARDEN_REQUEST_FIELD_REJECTED");
    expect(mock.requests).toHaveLength(0);
  });
});
