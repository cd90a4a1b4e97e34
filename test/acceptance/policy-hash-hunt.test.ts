/**
 * Acceptance hunt, the `hash` action: "equal values hash equally", with a random per-process key when the policy
 * sets no `hashKey` (docs/policy.md). Within one process that must hold across policy reloads: an operator of
 * another tenant changing its own policy through the admin API must not change the hashes this tenant's calls get.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminCall } from "../admin/admin-support.js";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";
import { VALUES } from "./acceptance-support.js";

const EMAIL = VALUES["email"]?.value ?? "";
let mock: MockUpstream;
let t: TestGateway;
let client: OpenAI;
beforeAll(async () => {
  mock = await startMockUpstream();
  t = await startTestGateway({ ...mockConfig(mock.url), policy: { rules: [{ id: "hash-email", match: { type: "EMAIL_ADDRESS", direction: "request" }, action: "hash" }] } });
  client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
});
afterAll(async () => {
  await t.close();
  await mock.close();
});

const hashed = async (): Promise<string> => {
  mock.reset();
  await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `mail ${EMAIL}` }] });
  const sent = (mock.last.body?.["messages"] as { content: string }[])[0]?.content ?? "";
  expect(sent).toMatch(/^mail \[EMAIL_ADDRESS:[0-9a-f]{12}\]$/);
  return sent;
};

describe("hash without a hashKey", () => {
  it("the same value hashes the same before and after another tenant's operator changes its policy", async () => {
    const before = await hashed();
    expect(await hashed()).toBe(before);
    const operator = t.gw.keys.create({ tenant: "other", app: "ops", roles: ["operator"] }).key;
    const put = await adminCall(t.url, "PUT", "/admin/v1/tenants/other/policy", operator, { scopes: [{ id: "x", rules: [{ id: "block-cards", match: { type: "CREDIT_CARD" }, action: "block" }] }] });
    expect(put.status).toBe(200);
    expect(put.json?.["version"]).not.toBe(put.json?.["previous"]);
    expect(await hashed()).toBe(before);
  });
});
