/**
 * Acceptance hunt 20, an empty global policy through the admin API: `PUT /admin/v1/policy {}` applied a policy with
 * no rules, so every finding was allowed (a secret went to the provider) — the trap an empty policy file was already
 * closed against. A global document without `rules` or `scopes` is now refused (400 `WARDEN_ADMIN_INVALID_POLICY`,
 * issue at `rules`); `rules: []` says "no rules" explicitly, and DELETE goes back to the config's policy. An inline
 * `policy: {}` in the config is refused the same way (leaving `policy:` out is how the default policy is chosen).
 */
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import { ConfigError } from "../../src/core/config-error.js";
import { adminCall, codeOf } from "../admin/admin-support.js";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";
import { upstreamText } from "./acceptance-support.js";

const AWS = "AKIAZ3MHQ7RT2XKPLW4N";
let mock: MockUpstream;
let t: TestGateway;
let admin: string;
let client: OpenAI;
beforeAll(async () => {
  mock = await startMockUpstream();
  t = await startTestGateway({ ...mockConfig(mock.url), policy: { rules: [{ id: "secrets", match: { category: "secret" }, action: "redact" }] } });
  admin = t.gw.keys.create({ tenant: "root", app: "adm", roles: ["admin"] }).key;
  client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
});
afterAll(async () => {
  await t.close();
  await mock.close();
});

async function secretReachesUpstream(): Promise<boolean> {
  mock.reset();
  await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `key ${AWS}` }] });
  return upstreamText(mock).includes(AWS);
}

describe("a global policy document that says nothing about rules", () => {
  it.each([
    ["an empty object", {}],
    ["only a hash key", { hashKey: "a-hash-key-of-16+chars" }],
    ["only settings", { failMode: "closed", stream: { holdBack: 1024 } }],
  ])("%s is refused by validate and PUT (400, issue at rules), and the policy in force stays", async (_name, doc) => {
    const before = (await adminCall(t.url, "GET", "/admin/v1/policy", admin)).json?.["version"];
    for (const [method, path] of [["POST", "/admin/v1/policy/validate"], ["PUT", "/admin/v1/policy"]] as const) {
      const r = await adminCall(t.url, method, path, admin, doc);
      expect([r.status, codeOf(r)], r.text).toEqual([400, "WARDEN_ADMIN_INVALID_POLICY"]);
      const issues = (r.json?.["error"] as { issues: { path: string; message: string }[] }).issues;
      expect(issues).toContainEqual({ path: "rules", message: expect.stringContaining("rules: []") });
    }
    expect((await adminCall(t.url, "GET", "/admin/v1/policy", admin)).json?.["version"]).toBe(before);
    expect(await secretReachesUpstream()).toBe(false);
  });

  it("`rules: []` is applied as a policy without rules (said explicitly), and DELETE returns to the config's", async () => {
    const none = await adminCall(t.url, "PUT", "/admin/v1/policy", admin, { rules: [] });
    expect(none.status, none.text).toBe(200);
    expect(await secretReachesUpstream()).toBe(true);
    const scopesOnly = await adminCall(t.url, "PUT", "/admin/v1/policy", admin, { scopes: [{ id: "s", match: {}, rules: [{ id: "x", match: { category: "secret" }, action: "redact" }] }] });
    expect(scopesOnly.status, scopesOnly.text).toBe(200);
    expect(await secretReachesUpstream()).toBe(false);
    expect((await adminCall(t.url, "DELETE", "/admin/v1/policy", admin)).status).toBe(200);
    expect(await secretReachesUpstream()).toBe(false);
  });
});

describe("an inline `policy: {}` in the config", () => {
  it("is a config error at policy.rules; `rules: []` and no `policy:` at all load", () => {
    let err: unknown;
    try {
      parseConfig({ dataDir: "/tmp/warden-h-policy-unused", policy: {} }, {}, "test config");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).issues).toContainEqual({ path: "policy.rules", message: expect.stringContaining("leave 'policy:' out") });
    expect(parseConfig({ dataDir: "/tmp/warden-h-policy-unused", policy: { rules: [] } }, {}, "test config").config.policy).toEqual({ rules: [] });
    expect(parseConfig({ dataDir: "/tmp/warden-h-policy-unused" }, {}, "test config").config.policy).toBeUndefined();
  });
});
