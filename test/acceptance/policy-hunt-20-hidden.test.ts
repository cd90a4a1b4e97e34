/**
 * Acceptance hunt 20, the admin API's policy round trip: `GET /admin/v1/policy` shows the active document with the
 * hash key and leakage canaries replaced by `[hidden]` (docs/admin-api.md). An admin who edits that document and
 * `PUT`s it back (the usual read-modify-write) must not turn the placeholders into the policy's values: a canary
 * `[hidden]` would stop the real canary from being found, and the answer reproducing it would reach the caller.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminCall, codeOf } from "../admin/admin-support.js";
import { chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const CANARY = "ZETA-CANARY-77Q";
let mock: MockUpstream;
let t: TestGateway;
let client: OpenAI;
let admin: string;
beforeAll(async () => {
  mock = await startMockUpstream();
  t = await startTestGateway({
    ...mockConfig(mock.url),
    policy: {
      hashKey: "0123456789abcdef-hash-key",
      leakage: { canaries: [CANARY] },
      rules: [
        { id: "leaks", match: { category: "leakage" }, action: "block" },
        { id: "secrets", match: { category: "secret" }, action: "redact" },
      ],
    },
  });
  admin = t.gw.keys.create({ tenant: "root", app: "adm", roles: ["admin"] }).key;
  client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
});
afterAll(async () => {
  await t.close();
  await mock.close();
});

/** What the caller gets when the model answers with the canary: its text, or the refusal's code. */
async function canaryAnswer(): Promise<string> {
  mock.use(reply.json(chatCompletion(`the code is ${CANARY}`)));
  try {
    const r = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "what is the code?" }] });
    return r.choices[0]?.message.content ?? "";
  } catch (err) {
    return String((err as { code?: unknown }).code);
  }
}

describe("GET /admin/v1/policy then PUT it back", () => {
  it("the placeholders are refused by path, and the canary is still blocked", async () => {
    expect(await canaryAnswer()).toBe("WARDEN_POLICY_RESPONSE_BLOCKED");
    const got = await adminCall(t.url, "GET", "/admin/v1/policy", admin);
    expect(got.status).toBe(200);
    const doc = (got.json as { document: Record<string, unknown> }).document;
    expect(doc["hashKey"]).toBe("[hidden]");
    expect(JSON.stringify(doc)).not.toContain(CANARY);

    // Was a defect: with the refused hash key left out, the document was applied with `[hidden]` as its canary,
    // and the model's answer carrying the real canary went to the caller.
    const { hashKey: _dropped, ...withoutKey } = doc;
    for (const method of ["POST", "PUT"] as const) {
      const path = method === "POST" ? "/admin/v1/policy/validate" : "/admin/v1/policy";
      const put = await adminCall(t.url, method, path, admin, withoutKey);
      expect(put.status).toBe(400);
      expect(codeOf(put)).toBe("WARDEN_ADMIN_INVALID_POLICY");
      const issues = (put.json?.["error"] as { issues: { path: string; message: string }[] }).issues;
      expect(issues).toEqual([{ path: "leakage.canaries.0", message: expect.stringContaining("[hidden]") }]);
    }
    expect(await canaryAnswer()).toBe("WARDEN_POLICY_RESPONSE_BLOCKED");

    // The whole document as shown: the hash key's placeholder is named as such, not as a key too short.
    const whole = await adminCall(t.url, "PUT", "/admin/v1/policy", admin, doc);
    expect(whole.status).toBe(400);
    const paths = (whole.json?.["error"] as { issues: { path: string; message: string }[] }).issues;
    expect(paths.map((i) => i.path).sort()).toEqual(["hashKey", "leakage.canaries.0"]);
    for (const i of paths) expect(i.message).toContain("[hidden]");

    // With the values given again, the same document applies and the canary is still found.
    const fixed = await adminCall(t.url, "PUT", "/admin/v1/policy", admin, { ...doc, hashKey: "another-hash-key-0123", leakage: { ...(doc["leakage"] as object), canaries: [CANARY] } });
    expect(fixed.status).toBe(200);
    expect(await canaryAnswer()).toBe("WARDEN_POLICY_RESPONSE_BLOCKED");
  });
});
