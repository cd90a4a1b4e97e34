import { rmSync } from "node:fs";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/core/principal.js";
import { mockConfig, startTestGateway, tempDir, type TestGateway } from "../support/test-gateway.js";
import { adminCall, codeOf, startAdminGateway } from "./admin-support.js";

let tg: TestGateway & { creds: Record<Role, string> };

beforeAll(async () => {
  tg = await startAdminGateway();
});
afterAll(async () => {
  await tg?.close();
});

const adminEvents = async () => {
  await tg.gw.audit?.flush();
  return (await tg.gw.audit!.backend.search({ kind: "admin" })).map((e) => ({ tenant: e.tenant, keyId: e.keyId, meta: JSON.parse(e.meta) as Record<string, unknown> }));
};

describe("keys through the admin API", () => {
  it("create returns the key text once; get and list never do; the key works for model traffic", async () => {
    const created = await adminCall(tg.url, "POST", "/admin/v1/tenants/t1/keys", tg.creds.operator, { app: "support-bot", name: "prod", expiresInSeconds: 3600, models: ["demo*"] });
    expect(created.status, created.text).toBe(201);
    const secret = created.json?.["secret"] as string;
    const key = created.json?.["key"] as Record<string, unknown>;
    expect(secret).toMatch(/^wdn_/);
    expect(key).toMatchObject({ tenant: "t1", app: "support-bot", roles: ["app"], name: "prod", state: "active", models: ["demo*"] });
    expect(key).not.toHaveProperty("hash");
    const got = await adminCall(tg.url, "GET", `/admin/v1/tenants/t1/keys/${key["id"] as string}`, tg.creds.operator);
    const list = await adminCall(tg.url, "GET", "/admin/v1/tenants/t1/keys", tg.creds.operator);
    for (const a of [got, list]) expect(a.text).not.toContain(secret.slice(17, 57));
    const client = new OpenAI({ baseURL: `${tg.url}/v1`, apiKey: secret, maxRetries: 0 });
    const out = await client.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "hi" }] });
    expect(out.choices.length).toBe(1);
  });

  it("rotate gives a new key and keeps the old one for the overlap; revoke takes effect at once", async () => {
    const { record, key: oldKey } = tg.gw.keys.create({ tenant: "t1", app: "rot", roles: ["app"] });
    const rot = await adminCall(tg.url, "POST", `/admin/v1/tenants/t1/keys/${record.id}/rotate`, tg.creds.operator, { overlapSeconds: 600 });
    expect(rot.status, rot.text).toBe(201);
    const newKey = rot.json?.["secret"] as string;
    expect((rot.json?.["previous"] as Record<string, unknown>)["replacedBy"]).toBe((rot.json?.["key"] as Record<string, unknown>)["id"]);
    // During the overlap the old key is `rotating`, as `warden keys list` names it; the new one is `active`.
    expect((rot.json?.["previous"] as Record<string, unknown>)["state"]).toBe("rotating");
    expect((rot.json?.["key"] as Record<string, unknown>)["state"]).toBe("active");
    const models = (k: string) => fetch(`${tg.url}/v1/models`, { headers: { authorization: `Bearer ${k}` } }).then((r) => r.status);
    expect(await models(oldKey)).toBe(200);
    expect(await models(newKey)).toBe(200);
    const rev = await adminCall(tg.url, "POST", `/admin/v1/tenants/t1/keys/${record.id}/revoke`, tg.creds.operator);
    expect(rev.status).toBe(200);
    expect(await models(oldKey)).toBe(401);
    const again = await adminCall(tg.url, "POST", `/admin/v1/tenants/t1/keys/${record.id}/rotate`, tg.creds.operator, {});
    expect([again.status, codeOf(again)]).toEqual([409, "WARDEN_ADMIN_CONFLICT"]);
  });
});

describe("tenants", () => {
  it("create, conflict, get, list, disable and re-enable", async () => {
    const c = await adminCall(tg.url, "POST", "/admin/v1/tenants", tg.creds.admin, { id: "globex", name: "Globex" });
    expect(c.status, c.text).toBe(201);
    expect(codeOf(await adminCall(tg.url, "POST", "/admin/v1/tenants", tg.creds.admin, { id: "globex" }))).toBe("WARDEN_ADMIN_CONFLICT");
    const list = await adminCall(tg.url, "GET", "/admin/v1/tenants", tg.creds.admin);
    const ids = (list.json?.["tenants"] as { id: string }[]).map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(["globex", "t1", "root"]));
    const own = await adminCall(tg.url, "GET", "/admin/v1/tenants/t1", tg.creds.auditor);
    expect(own.json?.["tenant"]).toMatchObject({ id: "t1", registered: false, disabled: false });
    const off = await adminCall(tg.url, "PATCH", "/admin/v1/tenants/globex", tg.creds.admin, { disabled: true });
    expect(off.json?.["tenant"]).toMatchObject({ disabled: true });
    const key = await adminCall(tg.url, "POST", "/admin/v1/tenants/globex/keys", tg.creds.admin, { app: "x" });
    expect(codeOf(key)).toBe("WARDEN_ADMIN_CONFLICT");
    await adminCall(tg.url, "PATCH", "/admin/v1/tenants/globex", tg.creds.admin, { disabled: false });
    expect((await adminCall(tg.url, "POST", "/admin/v1/tenants/globex/keys", tg.creds.admin, { app: "x" })).status).toBe(201);
  });
});

describe("bad input: 400 with a stable code, never a crash", () => {
  const path = "/admin/v1/tenants/t1/keys";
  it.each([
    { name: "invalid JSON", body: "{not json", code: "WARDEN_REQUEST_INVALID_JSON", status: 400 },
    { name: "a JSON array", body: "[1,2]", code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
    { name: "wrong type", body: { app: 42 }, code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
    { name: "unknown field", body: { app: "a", isAdmin: true }, code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
    { name: "unknown role", body: { app: "a", roles: ["root"] }, code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
    { name: "bad CIDR", body: { app: "a", cidrs: ["10.0.0.0/33"] }, code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
    { name: "negative expiry", body: { app: "a", expiresInSeconds: -5 }, code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
    { name: "__proto__ key", body: '{"app":"a","__proto__":{"roles":["admin"]}}', code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
    { name: "huge body", body: JSON.stringify({ app: "a", name: "x".repeat(2 * 1024 * 1024) }), code: "WARDEN_REQUEST_TOO_LARGE", status: 413 },
    { name: "invalid UTF-8", body: Buffer.from([0x7b, 0x22, 0x61, 0x70, 0x70, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), code: "WARDEN_REQUEST_INVALID_UTF8", status: 400 },
  ])("$name → $status $code", async ({ body, code, status }) => {
    const res = await fetch(`${tg.url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${tg.creds.operator}`, "content-type": "application/json" },
      body: typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });
    const text = await res.text();
    expect([res.status, (JSON.parse(text) as { error: { code: string } }).error.code]).toEqual([status, code]);
    expect(text).not.toMatch(/stack|at .*\.ts:\d+|SyntaxError|Unexpected token/);
  });

  it("wrong content type → 415; bad query → 400; percent-garbage path → 404", async () => {
    const ct = await adminCall(tg.url, "POST", path, tg.creds.operator, undefined, { "content-type": "text/plain" });
    expect([ct.status, codeOf(ct)]).toEqual([415, "WARDEN_REQUEST_CONTENT_TYPE"]);
    const q = await adminCall(tg.url, "GET", "/admin/v1/tenants/t1/audit/records?limit=lots", tg.creds.auditor);
    expect([q.status, codeOf(q)]).toEqual([400, "WARDEN_ADMIN_INVALID_QUERY"]);
    const unknownQ = await adminCall(tg.url, "GET", "/admin/v1/tenants/t1/audit/records?tenant=t2", tg.creds.auditor);
    expect([unknownQ.status, codeOf(unknownQ)]).toEqual([400, "WARDEN_ADMIN_INVALID_QUERY"]);
    const pct = await adminCall(tg.url, "GET", "/admin/v1/tenants/%E0%A4%A/keys", tg.creds.admin);
    expect(pct.status).toBe(404);
  });

  it("routes without filters refuse any query parameter, unknown or repeated", async () => {
    for (const p of ["/admin/v1/tenants/t1/keys?bogus=1", "/admin/v1/whoami?bogus=1&bogus=2", "/admin/v1/audit/verify?bogus=1", "/admin/v1/tenants/t1?x"]) {
      const a = await adminCall(tg.url, "GET", p, tg.creds.admin);
      expect([a.status, codeOf(a)], p).toEqual([400, "WARDEN_ADMIN_INVALID_QUERY"]);
    }
    const plain = await adminCall(tg.url, "GET", "/admin/v1/whoami?", tg.creds.admin);
    expect(plain.status).toBe(200);
    // a caller the route does not admit learns nothing from its query: still 403
    const app = await adminCall(tg.url, "GET", "/admin/v1/tenants/t1/keys?bogus=1", tg.creds.auditor);
    expect(app.status).toBe(403);
  });
});

describe("policies through the admin API", () => {
  const post = (key: string, content: string) =>
    fetch(`${tg.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify({ model: "demo", messages: [{ role: "user", content }] }),
    });

  it("an operator's tenant policy applies to its tenant only, and shows in its view", async () => {
    const other = tg.gw.keys.create({ tenant: "t2", app: "bot", roles: ["app"] }).key;
    const text = "Please mail jane.doe@example.com about the invoice";
    expect((await post(tg.key, text)).status).toBe(200);
    const candidate = { scopes: [{ id: "no-email", match: {}, rules: [{ id: "block-email", match: { type: "EMAIL_ADDRESS" }, action: "block" }] }] };
    const v = await adminCall(tg.url, "POST", "/admin/v1/tenants/t1/policy/validate", tg.creds.operator, candidate);
    expect(v.json).toMatchObject({ valid: true, version: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const bad = await adminCall(tg.url, "POST", "/admin/v1/tenants/t1/policy/validate", tg.creds.operator, { scopes: [{ match: {}, rules: [{ id: "x", action: "explode" }] }] });
    expect([bad.status, codeOf(bad)]).toEqual([400, "WARDEN_ADMIN_INVALID_POLICY"]);
    expect(JSON.stringify(bad.json)).toContain("scopes.0.rules.0.action");
    const applied = await adminCall(tg.url, "PUT", "/admin/v1/tenants/t1/policy", tg.creds.operator, candidate);
    expect(applied.status, applied.text).toBe(200);
    expect(applied.json?.["version"]).toBe(v.json?.["version"]);
    expect(tg.gw.policy ? true : false).toBe(true);
    const blocked = await post(tg.key, text);
    expect(blocked.status).toBe(400);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe("WARDEN_POLICY_BLOCKED");
    expect((await post(other, text)).status).toBe(200);
    const view = await adminCall(tg.url, "GET", "/admin/v1/tenants/t1/policy", tg.creds.operator);
    expect(view.json).toMatchObject({ tenant: "t1", version: applied.json?.["version"], scopes: [{ id: "tenant:t1:no-email", match: { tenant: "t1" } }] });
    // A file/SIGHUP reload keeps the tenant's scopes.
    tg.gw.policy?.reload("test reload");
    expect((await post(tg.key, text)).status).toBe(400);
    const reset = await adminCall(tg.url, "DELETE", "/admin/v1/tenants/t1/policy", tg.creds.operator);
    expect(reset.status).toBe(200);
    expect((await post(tg.key, text)).status).toBe(200);
  });

  it("a global policy may not use the tenant scope ids", async () => {
    const r = await adminCall(tg.url, "POST", "/admin/v1/policy/validate", tg.creds.admin, { scopes: [{ id: "tenant:t2", match: { tenant: "t2" }, rules: [] }] });
    expect([r.status, codeOf(r)]).toEqual([400, "WARDEN_ADMIN_INVALID_POLICY"]);
  });

  it("the global view hides the hash key and canaries", async () => {
    const doc = { hashKey: "a-very-secret-hash-key-123", leakage: { canaries: ["CANARY-7731-XYZ"] }, rules: [] };
    expect((await adminCall(tg.url, "PUT", "/admin/v1/policy", tg.creds.admin, doc)).status).toBe(200);
    const g = await adminCall(tg.url, "GET", "/admin/v1/policy", tg.creds.admin);
    expect(g.json).toMatchObject({ source: "admin" });
    expect(g.text).not.toContain("a-very-secret-hash-key-123");
    expect(g.text).not.toContain("CANARY-7731-XYZ");
    expect((await adminCall(tg.url, "DELETE", "/admin/v1/policy", tg.creds.admin)).json).toMatchObject({ removed: true });
    const events = JSON.stringify(await adminEvents());
    expect(events).not.toContain("a-very-secret-hash-key-123");
    expect(events).not.toContain("CANARY-7731-XYZ");
  });
});

describe("audit through the admin API", () => {
  it("search, export (jsonl and csv), verify and prove for the caller's tenant", async () => {
    const res = await fetch(`${tg.url}/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${tg.key}`, "content-type": "application/json", "x-request-id": "req-audit-api-1" },
      body: JSON.stringify({ model: "demo", messages: [{ role: "user", content: "hello" }] }),
    });
    expect(res.status).toBe(200);
    const s = await adminCall(tg.url, "GET", "/admin/v1/tenants/t1/audit/records?requestId=req-audit-api-1", tg.creds.auditor);
    expect((s.json?.["records"] as { kind: string }[]).map((r) => r.kind)).toEqual(["request", "response"]);
    const jsonl = await adminCall(tg.url, "GET", "/admin/v1/tenants/t1/audit/export?kind=request&limit=5", tg.creds.auditor);
    expect(jsonl.headers.get("content-type")).toContain("application/x-ndjson");
    for (const line of jsonl.text.trim().split("\n")) expect(JSON.parse(line)).toMatchObject({ tenant: "t1", kind: "request" });
    const csv = await adminCall(tg.url, "GET", "/admin/v1/tenants/t1/audit/export?format=csv&requestId=req-audit-api-1", tg.creds.auditor);
    expect(csv.text.split("\n")[0]).toBe("seq,kind,requestId,time,tenant,app,keyId,event,status,model,errorCode,hash");
    expect(csv.text.trim().split("\n")).toHaveLength(3);
    const v = await adminCall(tg.url, "GET", "/admin/v1/audit/verify", tg.creds.auditor);
    // a tenant's auditor learns that the chain holds, not how many records every tenant has
    expect(v.json).toEqual({ ok: true });
    // nor from the admin event that records the verification (stored under the auditor's tenant)
    const verifyEvents = (await tg.gw.audit!.backend.search({ kind: "admin" })).map((e) => JSON.parse(e.meta) as Record<string, unknown>).filter((m) => m["event"] === "admin.audit.verify");
    expect(verifyEvents.length).toBeGreaterThan(0);
    expect(verifyEvents.at(-1)).not.toHaveProperty("entries");
    const va = await adminCall(tg.url, "GET", "/admin/v1/audit/verify", tg.creds.admin);
    expect(va.json).toMatchObject({ ok: true, entries: expect.any(Number), checkpoints: expect.any(Number) });
    const p = await adminCall(tg.url, "GET", "/admin/v1/tenants/t1/audit/proofs/req-audit-api-1", tg.creds.auditor);
    expect(p.json).toMatchObject({ format: "warden-audit-inclusion-proof/1", requestId: "req-audit-api-1" });
    expect((p.json?.["entries"] as unknown[]).length).toBe(2);
    const sum = await adminCall(tg.url, "GET", "/admin/v1/tenants/t1/audit/summary", tg.creds.auditor);
    expect(sum.status, sum.text).toBe(200);
    const calls = sum.json?.["calls"] as { requests: number; responses: number; byVerdict: Record<string, number>; byModel: Record<string, number> };
    expect(calls.requests).toBeGreaterThanOrEqual(1);
    expect(calls.byVerdict["forward"]).toBeGreaterThanOrEqual(1);
    expect(calls.byModel["demo"]).toBeGreaterThanOrEqual(1);
    expect(sum.json).toMatchObject({ tenant: "t1", truncated: false });
    const none = await adminCall(tg.url, "GET", `/admin/v1/tenants/t1/audit/summary?from=${Date.now() + 3_600_000}`, tg.creds.auditor);
    expect((none.json?.["calls"] as { requests: number }).requests).toBe(0);
  });

  it("every admin action is an admin event: allowed and refused, with the actor, never key text", async () => {
    const created = await adminCall(tg.url, "POST", "/admin/v1/tenants/t1/keys", tg.creds.operator, { app: "evidence" });
    const secret = created.json?.["secret"] as string;
    const id = (created.json?.["key"] as { id: string }).id;
    await adminCall(tg.url, "GET", "/admin/v1/tenants", tg.creds.operator);
    await adminCall(tg.url, "GET", "/admin/v1/whoami", undefined);
    await adminCall(tg.url, "POST", `/admin/v1/tenants/t2/keys/${id}/revoke`, tg.creds.operator);
    const events = await adminEvents();
    const find = (pred: (m: Record<string, unknown>) => boolean) => events.find((e) => pred(e.meta));
    const create = find((m) => m["event"] === "admin.keys.create" && m["keyId"] === id);
    expect(create).toMatchObject({ tenant: "t1", meta: { outcome: "ok", status: 201, targetTenant: "t1", app: "evidence" } });
    expect(create?.keyId).toMatch(/^[0-9A-Za-z]{12}$/);
    expect(find((m) => m["event"] === "admin.tenants.list" && m["outcome"] === "refused")?.meta).toMatchObject({ code: "WARDEN_ADMIN_FORBIDDEN", status: 403 });
    // Anonymous refusals go through the flood-limited rejection recorder (entries with verdict "rejected").
    const rejected = (await tg.gw.audit!.backend.search({ rejected: true })).map((e) => ({ tenant: e.tenant, keyId: e.keyId, meta: JSON.parse(e.meta) as Record<string, unknown> }));
    expect(rejected.find((e) => e.meta["errorCode"] === "WARDEN_AUTH_MISSING_KEY" && e.meta["path"] === "/admin/v1/whoami")).toMatchObject({ tenant: "", keyId: "", meta: { status: 401, method: "GET" } });
    expect(find((m) => m["event"] === "admin.keys.revoke" && m["code"] === "WARDEN_ADMIN_NOT_FOUND")?.meta).toMatchObject({ outcome: "refused", targetTenant: "t2" });
    // tenant ids of every shape are recorded (a UUID, digits first); a value pasted where a tenant id goes is masked
    const uuid = "7c9e6679-7425-40de-944b-e07fc1f77141";
    await adminCall(tg.url, "POST", "/admin/v1/tenants", tg.creds.admin, { id: uuid });
    await adminCall(tg.url, "POST", `/admin/v1/tenants/${uuid}/keys`, tg.creds.admin, { app: "uuid-app" });
    await adminCall(tg.url, "GET", "/admin/v1/tenants/bob%40example.com/keys", tg.creds.admin);
    const later = await adminEvents();
    expect(later.find((e) => e.meta["event"] === "admin.keys.create" && e.meta["app"] === "uuid-app")?.meta).toMatchObject({ targetTenant: uuid });
    expect(JSON.stringify(later)).not.toContain("bob@example.com");
    expect(JSON.stringify(later)).not.toContain("bob%40example.com");
    const all = JSON.stringify(events);
    expect(all).not.toContain(secret);
    expect(all).not.toContain(secret.slice(17, 57));
    for (const k of Object.values(tg.creds)) expect(all).not.toContain(k.slice(17, 57));
  });
});

describe("persistence", () => {
  it("tenants and tenant policies survive a restart", async () => {
    const dataDir = tempDir("warden-admin-persist-");
    try {
      const raw = { ...mockConfig("http://127.0.0.1:9"), policy: { rules: [] } };
      const a = await startTestGateway(raw, { dataDir });
      const admin = a.gw.keys.create({ tenant: "root", app: "cli", roles: ["admin"] }).key;
      await adminCall(a.url, "PUT", "/admin/v1/tenants/t1/policy", admin, { scopes: [{ match: {}, rules: [{ id: "b", match: { type: "EMAIL_ADDRESS" }, action: "block" }] }] });
      await adminCall(a.url, "POST", "/admin/v1/tenants", admin, { id: "kept" });
      const version = (await adminCall(a.url, "GET", "/admin/v1/policy", admin)).json?.["version"];
      await a.close();
      const b = await startTestGateway(raw, { dataDir });
      expect((await adminCall(b.url, "GET", "/admin/v1/policy", admin)).json?.["version"]).toBe(version);
      expect((await adminCall(b.url, "GET", "/admin/v1/tenants/kept", admin)).status).toBe(200);
      await b.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
