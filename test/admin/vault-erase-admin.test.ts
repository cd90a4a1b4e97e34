/**
 * `POST /admin/v1/tenants/:tenant/vault/erase`: the tenant erasure of the shared token vault through the admin API
 * (`vault.backend: sql` on the data directory's SQLite file). Roles as the RBAC matrix has them (admin for any tenant,
 * operator for its own; another tenant's answers exactly like a missing one), an explicit confirmation, an admin event
 * with its intent, and the effect: a token made before the erasure is no longer restored; another tenant's still is.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/core/principal.js";
import { chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, postJson, type TestGateway } from "../support/test-gateway.js";
import { adminCall, codeOf, startAdminGateway } from "./admin-support.js";

const POLICY = { rules: [{ id: "tokenize-email", match: { type: "EMAIL_ADDRESS", direction: "request" }, action: "tokenize" }] };
const TOKEN = /⟦EMAIL_ADDRESS_[0-9a-f]+⟧/;
const ERASE = (tenant: string) => `/admin/v1/tenants/${tenant}/vault/erase`;
let mock: MockUpstream;
let tg: TestGateway & { creds: Record<Role, string> };
let t2App = "";
let t2Operator = "";

beforeAll(async () => {
  mock = await startMockUpstream();
  tg = await startAdminGateway({ ...mockConfig(mock.url), policy: POLICY, vault: { backend: "sql" } });
  t2App = tg.gw.keys.create({ tenant: "t2", app: "bot", roles: ["app"] }).key;
  t2Operator = tg.gw.keys.create({ tenant: "t2", app: "ops", roles: ["operator"] }).key;
});
afterAll(async () => {
  await tg?.close();
  await mock?.close();
});

/** Send a value to be tokenized, then have the model echo its token: what the client gets back. */
async function roundTrip(key: string, email: string): Promise<{ token: string; restored: () => Promise<string> }> {
  mock.use(reply.json(chatCompletion("noted")));
  const headers = { "x-warden-conversation": "erase-admin" };
  const first = await postJson(`${tg.url}/v1/chat/completions`, { model: "gpt-4o-mini", messages: [{ role: "user", content: `write to ${email}` }] }, key, headers);
  expect(first.status, await first.clone().text()).toBe(200);
  const token = TOKEN.exec(mock.last.raw.toString("utf8"))?.[0] ?? "missing";
  expect(token).toMatch(TOKEN);
  const restored = async (): Promise<string> => {
    mock.use(reply.json(chatCompletion(`it is ${token}`)));
    const res = await postJson(`${tg.url}/v1/chat/completions`, { model: "gpt-4o-mini", messages: [{ role: "user", content: "which address?" }] }, key, headers);
    expect(res.status).toBe(200);
    return ((await res.json()) as { choices: { message: { content: string } }[] }).choices[0]?.message.content ?? "";
  };
  return { token, restored };
}

const adminEvents = async () => {
  await tg.gw.audit?.flush();
  return (await tg.gw.audit!.backend.search({ kind: "admin" })).map((e) => ({ tenant: e.tenant, keyId: e.keyId, meta: JSON.parse(e.meta) as Record<string, unknown> }));
};

describe("vault erasure through the admin API", () => {
  it("an operator erases its own tenant: the token is no longer restored, another tenant's is; the event records the counts", async () => {
    const t1 = await roundTrip(tg.key, "jane.doe@acme-corp.com");
    const t2 = await roundTrip(t2App, "john.roe@globex.example");
    expect(await t1.restored()).toBe("it is jane.doe@acme-corp.com");

    const a = await adminCall(tg.url, "POST", ERASE("t1"), tg.creds.operator, { confirm: true });
    expect(a.status, a.text).toBe(200);
    expect(a.json).toMatchObject({ erased: true, tenant: "t1", mappingsDeleted: 1 });
    expect(a.json?.["keysDestroyed"]).toBeGreaterThanOrEqual(1);
    expect(await t1.restored()).toBe(`it is ${t1.token}`);
    expect(await t2.restored()).toBe("it is john.roe@globex.example");

    const events = await adminEvents();
    const begin = events.find((e) => e.meta["event"] === "admin.vault.erase.begin");
    const done = events.find((e) => e.meta["event"] === "admin.vault.erase" && e.meta["outcome"] === "ok");
    expect(begin?.meta).toMatchObject({ route: "/admin/v1/tenants/:tenant/vault/erase", targetTenant: "t1" });
    expect(done).toMatchObject({ tenant: "t1", meta: { status: 200, targetTenant: "t1", tenant: "t1", mappingsDeleted: 1 } });
    expect(JSON.stringify(events)).not.toContain("jane.doe");

    // again (by a global admin): no mapping left; the key the call after the erasure made for new mappings goes too
    const again = await adminCall(tg.url, "POST", ERASE("t1"), tg.creds.admin, { confirm: true });
    expect(again.json).toMatchObject({ erased: true, mappingsDeleted: 0 });
  });

  it("refusals: roles, another tenant (as a missing one), no confirmation; nothing is erased", async () => {
    const t2 = await roundTrip(t2App, "ann.lee@globex.example");
    for (const role of ["auditor", "app"] as const) {
      const r = await adminCall(tg.url, "POST", ERASE("t1"), tg.creds[role], { confirm: true });
      expect([r.status, codeOf(r)], role).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
    }
    const foreign = await adminCall(tg.url, "POST", ERASE("t2"), tg.creds.operator, { confirm: true });
    const missing = await adminCall(tg.url, "POST", ERASE("no-such-tenant"), tg.creds.operator, { confirm: true });
    expect([foreign.status, codeOf(foreign)]).toEqual([404, "WARDEN_ADMIN_NOT_FOUND"]);
    expect(foreign.text).toBe(missing.text);
    for (const body of [{}, { confirm: false }, { confirm: "yes" }, { confirm: true, tenant: "t1" }]) {
      const r = await adminCall(tg.url, "POST", ERASE("t2"), t2Operator, body);
      expect([r.status, codeOf(r)], JSON.stringify(body)).toEqual([400, "WARDEN_ADMIN_INVALID_BODY"]);
    }
    expect(await t2.restored()).toBe("it is ann.lee@globex.example");
  });

  it("a vault in memory answers 409 WARDEN_ADMIN_VAULT_NOT_SHARED", async () => {
    const memory = await startAdminGateway({ vault: { backend: "memory" } });
    try {
      const r = await adminCall(memory.url, "POST", ERASE("t1"), memory.creds.admin, { confirm: true });
      expect([r.status, codeOf(r)]).toEqual([409, "WARDEN_ADMIN_VAULT_NOT_SHARED"]);
    } finally {
      await memory.close();
    }
  });
});
