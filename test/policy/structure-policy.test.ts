/**
 * The structure check (model name, object keys, stop sequences, tool names) protects what the call's policy scope
 * acts on: a scope that allows a type lets it through in structure, the global rules still refuse it elsewhere, and
 * a string let through for one tenant is checked again for the next.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

const POLICY = {
  rules: [
    { id: "pii", match: { category: "pii" }, action: "redact" },
    { id: "secrets", match: { category: "secret" }, action: "redact" },
  ],
  scopes: [
    // Replaces the global `pii` rule by id: every type but e-mail addresses, which no rule then acts on.
    { id: "crm", match: { tenant: "crm" }, rules: [{ id: "pii", match: { category: "pii", notType: "EMAIL_ADDRESS" }, action: "redact" }] },
    { id: "audit-only", match: { tenant: "watch" }, rules: [{ id: "pii", match: { category: "pii" }, action: "monitor" }] },
    { id: "loose-names", match: { tenant: "crm" }, thresholds: { PERSON: 1 } },
  ],
};

let mock: MockUpstream;
let t: TestGateway;
const clients: Record<string, OpenAI> = {};
beforeAll(async () => {
  mock = await startMockUpstream();
  t = await startTestGateway({ ...mockConfig(mock.url), policy: POLICY });
  for (const tenant of ["t1", "crm", "watch"]) {
    const key = tenant === "t1" ? t.key : t.gw.keys.create({ tenant, app: "a1", roles: ["app"] }).key;
    clients[tenant] = new OpenAI({ apiKey: key, baseURL: `${t.url}/v1`, maxRetries: 0 });
  }
});
afterAll(async () => {
  await t.close();
  await mock.close();
});
beforeEach(() => mock.reset());

const call = (tenant: string, extra: object): Promise<string> =>
  (clients[tenant] as OpenAI).chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: "hi" }], ...extra }).then(
    () => "ok",
    (e: { status?: number; code?: unknown }) => `${e.status} ${String(e.code)}`,
  );
const emailKey = { metadata: { "jana.novakova@example-firm.cz": "owner" }, store: true };
const secretKey = { metadata: { AKIAZ3MHQ7RT2XKPLW4N: "x" }, store: true };

describe("the structure check follows the call's policy scope", () => {
  it("an e-mail address as a metadata key is refused where the policy redacts e-mail addresses", async () => {
    expect(await call("t1", emailKey)).toBe("400 WARDEN_REQUEST_FIELD_REJECTED");
    expect(mock.requests).toHaveLength(0);
  });

  it("it passes for a tenant whose scope leaves e-mail addresses alone, and for one that only monitors personal data", async () => {
    expect(await call("crm", emailKey)).toBe("ok");
    expect(await call("watch", emailKey)).toBe("ok");
    expect(mock.requests).toHaveLength(2);
  });

  it("let through for one tenant, the same key is still refused for the next (nothing remembered as clean)", async () => {
    expect(await call("crm", emailKey)).toBe("ok");
    expect(await call("t1", emailKey)).toBe("400 WARDEN_REQUEST_FIELD_REJECTED");
  });

  it("what the scope does not allow is still refused there: an access key id as a metadata key", async () => {
    expect(await call("crm", secretKey)).toBe("400 WARDEN_REQUEST_FIELD_REJECTED");
    expect(mock.requests).toHaveLength(0);
  });

  it("a scope's raised threshold applies to structure: a person's name as a tool name", async () => {
    const tools = [{ type: "function" as const, function: { name: "email_Margaret_Thornbury", parameters: { type: "object", properties: {} } } }];
    const named = { tools, metadata: { "Margaret Thornbury": "owner" }, store: true };
    expect(await call("t1", named)).toBe("400 WARDEN_REQUEST_FIELD_REJECTED");
    expect(await call("crm", named)).toBe("ok");
  });
});
