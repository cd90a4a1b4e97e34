/**
 * Acceptance hunt 20, policy versions through the admin API: `GET /admin/v1/policy` lists the last 20 changes (from
 * and to which version, when, why), but no route brought an earlier version back. `DELETE /admin/v1/policy` only
 * returns to the config's policy, and putting an earlier document back needed the document itself: the API never
 * shows the hash key and canaries (`[hidden]`, refused on PUT), so an admin who did not keep the file could not
 * restore the version the change list names. Every applied document is now kept per change in the policy store
 * (SQLite `admin_policy_versions`, PostgreSQL `warden_admin_policy_versions`): `GET …/policy/versions` lists them and
 * `POST …/policy/versions/:version/activate` brings one back, for the global policy (admin) and a tenant's scopes
 * (its operators, admins).
 */
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminCall, codeOf } from "../admin/admin-support.js";
import { chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

let t: TestGateway;
let mock: MockUpstream;
let openai: OpenAI;
let admin: string;
let operator: string;
let otherOperator: string;
beforeAll(async () => {
  mock = await startMockUpstream();
  t = await startTestGateway({ ...mockConfig(mock.url), policy: { rules: [] } });
  admin = t.gw.keys.create({ tenant: "root", app: "adm", roles: ["admin"] }).key;
  operator = t.gw.keys.create({ tenant: "t1", app: "ops", roles: ["operator"] }).key;
  otherOperator = t.gw.keys.create({ tenant: "t2", app: "ops", roles: ["operator"] }).key;
  openai = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
});
afterAll(async () => {
  await t.close();
  await mock.close();
});

const EMAIL = "jane.roe@example.org";
const LEAKS = { id: "leaks", match: { category: "leakage" }, action: "block" };
const blocksEmail = (canary: string) => ({ hashKey: "a-hash-key-of-16+chars", leakage: { canaries: [canary] }, rules: [LEAKS, { id: "no-email", match: { type: "EMAIL_ADDRESS" }, action: "block" }] });
const monitorsEmail = (canary: string) => ({ hashKey: "a-hash-key-of-16+chars", leakage: { canaries: [canary] }, rules: [LEAKS, { id: "watch-email", match: { type: "EMAIL_ADDRESS" }, action: "monitor" }] });

/** Whether a model answer carrying `canary` reaches the caller (a configured canary is a leakage finding). */
async function canaryReachesCaller(canary: string): Promise<boolean> {
  mock.use(reply.json(chatCompletion(`the marker is ${canary} here`)));
  try {
    const r = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
    return (r.choices[0]?.message.content ?? "").includes(canary);
  } catch (err) {
    if (!(err instanceof OpenAI.APIError)) throw err;
    return false;
  } finally {
    mock.reset();
  }
}

/** Whether a chat call carrying an e-mail address (tenant t1) reaches the upstream. */
async function emailReachesUpstream(): Promise<boolean> {
  mock.reset();
  try {
    await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `write to ${EMAIL}` }] });
  } catch (err) {
    if (!(err instanceof OpenAI.APIError)) throw err;
  }
  return mock.requests.some((r) => r.raw.toString("utf8").includes(EMAIL));
}

async function adminEvents(event: string): Promise<Record<string, unknown>[]> {
  await t.gw.audit?.flush();
  return (await t.gw.audit!.backend.search({ kind: "admin" })).map((e) => JSON.parse(e.meta) as Record<string, unknown>).filter((m) => m["event"] === event);
}

describe("rolling the global policy back to a version the change list names", () => {
  it("an admin lists the versions and restores version 1 after version 2 by its version hash", async () => {
    const v1 = await adminCall(t.url, "PUT", "/admin/v1/policy", admin, blocksEmail("CANARY-ONE-1111"));
    expect(v1.status, v1.text).toBe(200);
    expect(await emailReachesUpstream()).toBe(false);
    const v2 = await adminCall(t.url, "PUT", "/admin/v1/policy", admin, monitorsEmail("CANARY-TWO-2222"));
    expect(v2.json?.["previous"]).toBe(v1.json?.["version"]);
    expect(await emailReachesUpstream()).toBe(true);

    const list = await adminCall(t.url, "GET", "/admin/v1/policy/versions", admin);
    expect(list.status, list.text).toBe(200);
    const versions = list.json?.["versions"] as Record<string, unknown>[];
    expect(versions.map((v) => [v["version"], v["action"], v["active"]])).toEqual([
      [v2.json?.["version"], "apply", true],
      [v1.json?.["version"], "apply", false],
    ]);
    expect(versions[0]?.["appliedBy"]).toEqual(expect.any(String));
    expect(Date.parse(String(versions[0]?.["appliedAt"]))).toBeGreaterThan(0);
    // the documents (hash key, canaries) are never shown
    expect(list.text).not.toContain("CANARY");
    expect(list.text).not.toContain("a-hash-key");

    const back = await adminCall(t.url, "POST", `/admin/v1/policy/versions/${String(v1.json?.["version"])}/activate`, admin);
    expect(back.status, back.text).toBe(200);
    expect(back.json).toEqual({ activated: v1.json?.["version"], version: v1.json?.["version"], previous: v2.json?.["version"] });
    const now = await adminCall(t.url, "GET", "/admin/v1/policy", admin);
    expect(now.json?.["version"]).toBe(v1.json?.["version"]);
    expect(await emailReachesUpstream()).toBe(false);
    // the restored document is the one applied, its canary included (not the `[hidden]` placeholder GET shows)
    expect(await canaryReachesCaller("CANARY-ONE-1111")).toBe(false);
    expect(await canaryReachesCaller("CANARY-TWO-2222")).toBe(true);

    const events = await adminEvents("admin.policy.activate");
    expect(events.at(-1)).toMatchObject({ outcome: "ok", activated: v1.json?.["version"], from: v2.json?.["version"], to: v1.json?.["version"] });
    expect((await adminEvents("admin.policy.activate.begin")).length).toBeGreaterThan(0);
    const after = await adminCall(t.url, "GET", "/admin/v1/policy/versions", admin);
    expect((after.json?.["versions"] as Record<string, unknown>[])[0]).toMatchObject({ version: v1.json?.["version"], action: "activate", active: true });
  });

  it("a 12-digit prefix (as x-warden-decision shows it) names a version; the config's policy after a reset is one too", async () => {
    const v2 = (await adminCall(t.url, "PUT", "/admin/v1/policy", admin, monitorsEmail("CANARY-TWO-2222"))).json?.["version"] as string;
    const reset = await adminCall(t.url, "DELETE", "/admin/v1/policy", admin);
    const config = reset.json?.["version"] as string;
    expect(await emailReachesUpstream()).toBe(true);
    const list = (await adminCall(t.url, "GET", "/admin/v1/policy/versions", admin)).json?.["versions"] as Record<string, unknown>[];
    expect(list[0]).toMatchObject({ version: config, action: "reset", source: "config", active: true });
    const again = await adminCall(t.url, "POST", `/admin/v1/policy/versions/${v2.slice(0, 12)}/activate`, admin);
    expect(again.status, again.text).toBe(200);
    expect(again.json?.["version"]).toBe(v2);
    const toConfig = await adminCall(t.url, "POST", `/admin/v1/policy/versions/${config}/activate`, admin);
    expect(toConfig.json?.["version"]).toBe(config);
    expect((await adminCall(t.url, "GET", "/admin/v1/policy", admin)).json?.["source"]).toBe("config");
  });

  it("an unknown, too short or malformed version is 404, and nothing changes", async () => {
    const before = (await adminCall(t.url, "GET", "/admin/v1/policy", admin)).json?.["version"] as string;
    for (const v of ["0".repeat(64), "abc", "not-a-version-at-all", before.slice(0, 11)]) {
      const r = await adminCall(t.url, "POST", `/admin/v1/policy/versions/${v}/activate`, admin);
      expect([r.status, codeOf(r)]).toEqual([404, "WARDEN_ADMIN_NOT_FOUND"]);
    }
    expect((await adminCall(t.url, "GET", "/admin/v1/policy", admin)).json?.["version"]).toBe(before);
  });

  it("operators may not list or activate global versions", async () => {
    expect((await adminCall(t.url, "GET", "/admin/v1/policy/versions", operator)).status).toBe(403);
    expect((await adminCall(t.url, "POST", `/admin/v1/policy/versions/${"0".repeat(64)}/activate`, operator)).status).toBe(403);
  });
});

describe("a tenant's operators roll its own scopes back", () => {
  const scopes = (action: string) => ({ scopes: [{ id: "mail", match: {}, rules: [{ id: "t1-email", match: { type: "EMAIL_ADDRESS" }, action }] }] });

  it("lists and activates its versions; another tenant's operator sees 404 for both", async () => {
    const s1 = await adminCall(t.url, "PUT", "/admin/v1/tenants/t1/policy", operator, scopes("block"));
    expect(s1.status, s1.text).toBe(200);
    const s2 = await adminCall(t.url, "PUT", "/admin/v1/tenants/t1/policy", operator, scopes("monitor"));
    expect(await emailReachesUpstream()).toBe(true);
    const list = await adminCall(t.url, "GET", "/admin/v1/tenants/t1/policy/versions", operator);
    expect(list.status, list.text).toBe(200);
    expect((list.json?.["versions"] as Record<string, unknown>[]).map((v) => v["version"])).toEqual([s2.json?.["version"], s1.json?.["version"]]);

    const path = `/admin/v1/tenants/t1/policy/versions/${String(s1.json?.["version"])}/activate`;
    for (const r of [await adminCall(t.url, "GET", "/admin/v1/tenants/t1/policy/versions", otherOperator), await adminCall(t.url, "POST", path, otherOperator)]) {
      expect([r.status, codeOf(r)]).toEqual([404, "WARDEN_ADMIN_NOT_FOUND"]);
    }
    expect(await emailReachesUpstream()).toBe(true);
    // a version of another scope (the global one) is not this tenant's to activate
    const global = (await adminCall(t.url, "GET", "/admin/v1/policy/versions", admin)).json?.["versions"] as Record<string, unknown>[];
    const foreign = await adminCall(t.url, "POST", `/admin/v1/tenants/t1/policy/versions/${String(global.at(-1)?.["version"])}/activate`, operator);
    expect(foreign.status).toBe(404);

    const back = await adminCall(t.url, "POST", path, operator);
    expect(back.status, back.text).toBe(200);
    expect(back.json?.["version"]).toBe(s1.json?.["version"]);
    expect(await emailReachesUpstream()).toBe(false);
    const events = await adminEvents("admin.policy.tenant.activate");
    expect(events.at(-1)).toMatchObject({ outcome: "ok", targetTenant: "t1", activated: s1.json?.["version"], to: s1.json?.["version"] });
  });
});
