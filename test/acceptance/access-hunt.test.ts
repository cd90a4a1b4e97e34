/**
 * Acceptance hunt, access control (issue 6 as docs/keys-and-limits.md, docs/admin-api.md and docs/api.md promise
 * it): each bad credential its own documented error, model and source allowlists, rate and concurrency limits
 * answered with 429 and retry-after, and the admin API's roles across two tenants, with its security headers and
 * its actions on the audit trail.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatCompletion, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { postJson, type TestGateway } from "../support/test-gateway.js";
import type { Role } from "../../src/core/principal.js";
import type { NewKeyInput } from "../../src/authenticate/key-store.js";
import { adminCall, codeOf, startAdminGateway } from "../admin/admin-support.js";

let mock: MockUpstream;
let g: TestGateway & { creds: Record<Role, string> };
const CHAT = "/v1/chat/completions";
const chat = (model = "gpt-4o-mini") => ({ model, messages: [{ role: "user", content: "hello there" }] });
const newKey = (input: Partial<NewKeyInput> = {}): { id: string; key: string } => {
  const { record, key } = g.gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"], ...input });
  return { id: record.id, key };
};
async function call(key: string | undefined, body: unknown = chat(), headers: Record<string, string> = {}): Promise<{ status: number; code: unknown; message: string; headers: Headers; body: Record<string, unknown> }> {
  const res = await postJson(`${g.url}${CHAT}`, body, key, headers);
  const json = (await res.json()) as Record<string, unknown>;
  const err = json["error"] as Record<string, unknown> | undefined;
  return { status: res.status, code: err?.["code"], message: String(err?.["message"] ?? ""), headers: res.headers, body: json };
}

beforeAll(async () => {
  mock = await startMockUpstream();
  g = await startAdminGateway({
    providers: {
      openai: { type: "openai", baseUrl: `${mock.url}/v1`, apiKey: "sk-upstream-secret", maxRetries: 0 },
    },
    routes: [{ models: ["*"], provider: "openai" }],
    limits: { key: { rpm: 100 }, tenants: { t3: { rpm: 3 } } },
  });
});
afterAll(async () => {
  await g.close();
  await mock.close();
});

describe("each bad credential gets its own documented error (401), naming nothing of the key's tenant", () => {
  it("missing, malformed, invalid, expired, revoked", async () => {
    const good = newKey({ tenant: "secret-tenant-name" });
    const expired = newKey({ tenant: "secret-tenant-name", expiresAt: Date.now() - 1_000 });
    const revoked = newKey({ tenant: "secret-tenant-name" });
    expect((await call(revoked.key)).status).toBe(200);
    const rv = await adminCall(g.url, "POST", `/admin/v1/tenants/secret-tenant-name/keys/${revoked.id}/revoke`, g.creds.admin);
    expect(rv.status).toBe(200);
    // Same id, one secret character changed: fails the checksum or the hash, both "invalid".
    const last = good.key.at(-10) === "A" ? "B" : "A";
    const wrongSecret = `${good.key.slice(0, -10)}${last}${good.key.slice(-9)}`;
    const cases: [string | undefined, string][] = [
      [undefined, "WARDEN_AUTH_MISSING_KEY"],
      ["sk-proj-notawardenkey1234567890", "WARDEN_AUTH_MALFORMED_KEY"],
      [wrongSecret, "WARDEN_AUTH_INVALID_KEY"],
      [expired.key, "WARDEN_AUTH_EXPIRED_KEY"],
      [revoked.key, "WARDEN_AUTH_REVOKED_KEY"],
    ];
    for (const [key, code] of cases) {
      const r = await call(key);
      expect([r.status, r.code]).toEqual([401, code]);
      expect(JSON.stringify(r.body)).not.toContain("secret-tenant-name");
    }
    expect((await call(good.key)).status).toBe(200);
  });

  it("a key of another tenant on the admin API gets the same 404 as a missing resource", async () => {
    const other = newKey({ tenant: "t2" });
    const r = await adminCall(g.url, "GET", `/admin/v1/tenants/t2/keys/${other.id}`, g.creds.operator);
    const missing = await adminCall(g.url, "GET", "/admin/v1/tenants/t1/keys/AAAAAAAAAAAA", g.creds.operator);
    expect([r.status, codeOf(r)]).toEqual([404, "WARDEN_ADMIN_NOT_FOUND"]);
    expect([missing.status, codeOf(missing)]).toEqual([404, "WARDEN_ADMIN_NOT_FOUND"]);
    expect(r.json).toEqual(missing.json);
  });
});

describe("allowlists", () => {
  it("models: globs, case-sensitive, 403 WARDEN_AUTH_MODEL_NOT_ALLOWED with nothing forwarded", async () => {
    const { key } = newKey({ models: ["gpt-4o*"] });
    expect((await call(key, chat("gpt-4o-mini"))).status).toBe(200);
    const before = mock.requests.length;
    for (const model of ["gpt-3.5-turbo", "GPT-4o-mini"]) {
      const r = await call(key, chat(model));
      expect([r.status, r.code]).toEqual([403, "WARDEN_AUTH_MODEL_NOT_ALLOWED"]);
    }
    expect(mock.requests.length).toBe(before);
  });

  it("source networks: a loopback caller outside the CIDRs gets 403 WARDEN_AUTH_SOURCE_NOT_ALLOWED, also on GET /v1/models", async () => {
    const outside = newKey({ cidrs: ["10.0.0.0/8", "2001:db8::/32"] });
    const inside = newKey({ cidrs: ["127.0.0.0/8"] });
    const r = await call(outside.key);
    expect([r.status, r.code]).toEqual([403, "WARDEN_AUTH_SOURCE_NOT_ALLOWED"]);
    const models = await fetch(`${g.url}/v1/models`, { headers: { authorization: `Bearer ${outside.key}` } });
    expect(models.status).toBe(403);
    expect(((await models.json()) as { error: { code: string } }).error.code).toBe("WARDEN_AUTH_SOURCE_NOT_ALLOWED");
    // A forged forwarding header from an untrusted peer changes nothing.
    expect((await call(outside.key, chat(), { "x-forwarded-for": "10.1.2.3" })).status).toBe(403);
    expect((await call(inside.key)).status).toBe(200);
  });
});

describe("limits", () => {
  it("rpm: the call over the limit gets 429 WARDEN_LIMIT_RATE with retry-after, retry_after_ms, limit_scope and OpenAI's headers", async () => {
    const { key } = newKey({ limits: { rpm: 2 } });
    const first = await call(key);
    expect(first.status).toBe(200);
    expect(first.headers.get("x-ratelimit-limit-requests")).toBe("2");
    expect(first.headers.get("x-ratelimit-remaining-requests")).toBe("1");
    expect((await call(key)).status).toBe(200);
    const r = await call(key);
    expect([r.status, r.code]).toEqual([429, "WARDEN_LIMIT_RATE"]);
    const retry = Number(r.headers.get("retry-after"));
    expect(Number.isInteger(retry) && retry >= 1 && retry <= 60).toBe(true);
    const err = r.body["error"] as Record<string, unknown>;
    expect(err["limit_scope"]).toBe("key");
    expect(typeof err["retry_after_ms"]).toBe("number");
    expect(r.headers.get("x-ratelimit-remaining-requests")).toBe("0");
  });

  it("rpm under a concurrent burst: exactly the limit is admitted, the rest get 429", async () => {
    const { key } = newKey({ limits: { rpm: 5 } });
    const statuses = await Promise.all(Array.from({ length: 12 }, async () => (await call(key)).status));
    expect(statuses.filter((s) => s === 200).length).toBe(5);
    expect(statuses.filter((s) => s === 429).length).toBe(7);
  });

  it("concurrency: a call beyond the slots gets 429 WARDEN_LIMIT_CONCURRENCY with retry-after: 1, and the slot frees when a call ends", async () => {
    const { key } = newKey({ limits: { concurrency: 1 } });
    mock.use(reply.delay(400, reply.json(chatCompletion("slow"))));
    try {
      const slow = call(key);
      await new Promise((r) => setTimeout(r, 100));
      const r = await call(key);
      expect([r.status, r.code, r.headers.get("retry-after")]).toEqual([429, "WARDEN_LIMIT_CONCURRENCY", "1"]);
      expect((await slow).status).toBe(200);
    } finally {
      mock.reset();
    }
    expect((await call(key)).status).toBe(200);
  });
});

describe("limits per tenant, and what operators may hand out", () => {
  it("a tenant's rpm is shared by its apps: the call over it gets 429 with limit_scope tenant", async () => {
    const a = newKey({ tenant: "t3", app: "a" }).key;
    const b = newKey({ tenant: "t3", app: "b" }).key;
    for (const k of [a, b, a]) expect((await call(k)).status).toBe(200);
    const r = await call(b);
    expect([r.status, r.code, (r.body["error"] as Record<string, unknown>)["limit_scope"]]).toEqual([429, "WARDEN_LIMIT_RATE", "tenant"]);
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });

  it("an operator cannot mint a key with a role it lacks, or limits above limits.key; bad bodies list every issue", async () => {
    const esc = await adminCall(g.url, "POST", "/admin/v1/tenants/t1/keys", g.creds.operator, { app: "x", roles: ["admin"] });
    expect([esc.status, codeOf(esc)]).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
    const big = await adminCall(g.url, "POST", "/admin/v1/tenants/t1/keys", g.creds.operator, { app: "x", limits: { rpm: 1000 } });
    expect([big.status, codeOf(big)]).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
    const bad = await adminCall(g.url, "POST", "/admin/v1/tenants/t1/keys", g.creds.operator, { app: "x", cidrs: ["not-a-cidr"], models: [], expiresInSeconds: -5 });
    expect([bad.status, codeOf(bad)]).toEqual([400, "WARDEN_ADMIN_INVALID_BODY"]);
    expect((bad.json?.["error"] as { issues: { path: string }[] }).issues.map((i) => i.path).sort()).toEqual(["cidrs.0", "expiresInSeconds", "models"]);
  });

  it("a disabled tenant's keys are refused with 403 WARDEN_AUTH_TENANT_DISABLED", async () => {
    const k = newKey({ tenant: "t4" }).key;
    expect((await call(k)).status).toBe(200);
    const dis = await adminCall(g.url, "PATCH", "/admin/v1/tenants/t4", g.creds.admin, { disabled: true });
    expect(dis.status).toBe(200);
    expect(await call(k)).toMatchObject({ status: 403, code: "WARDEN_AUTH_TENANT_DISABLED" });
  });
});

describe("admin API roles across two tenants", () => {
  it("operator: its own tenant's keys only; another tenant's look missing; no tenant management", async () => {
    expect((await adminCall(g.url, "GET", "/admin/v1/tenants/t1/keys", g.creds.operator)).status).toBe(200);
    const other = await adminCall(g.url, "GET", "/admin/v1/tenants/t2/keys", g.creds.operator);
    const none = await adminCall(g.url, "GET", "/admin/v1/tenants/no-such-tenant/keys", g.creds.operator);
    expect([other.status, codeOf(other)]).toEqual([404, "WARDEN_ADMIN_NOT_FOUND"]);
    expect(other.json).toEqual(none.json);
    const mk = await adminCall(g.url, "POST", "/admin/v1/tenants/t2/keys", g.creds.operator, { app: "x", roles: ["app"] });
    expect([mk.status, codeOf(mk)]).toEqual([404, "WARDEN_ADMIN_NOT_FOUND"]);
    const tenants = await adminCall(g.url, "GET", "/admin/v1/tenants", g.creds.operator);
    expect([tenants.status, codeOf(tenants)]).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
  });

  it("auditor: reads its tenant's evidence, changes nothing, sees no other tenant", async () => {
    expect((await adminCall(g.url, "GET", "/admin/v1/tenants/t1/audit/records", g.creds.auditor)).status).toBe(200);
    expect((await adminCall(g.url, "GET", "/admin/v1/audit/verify", g.creds.auditor)).status).toBe(200);
    const other = await adminCall(g.url, "GET", "/admin/v1/tenants/t2/audit/records", g.creds.auditor);
    expect([other.status, codeOf(other)]).toEqual([404, "WARDEN_ADMIN_NOT_FOUND"]);
    const mk = await adminCall(g.url, "POST", "/admin/v1/tenants/t1/keys", g.creds.auditor, { app: "x", roles: ["app"] });
    expect([mk.status, codeOf(mk)]).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
  });

  it("app: no admin route; admin-only credentials cannot make model calls", async () => {
    const a = await adminCall(g.url, "GET", "/admin/v1/whoami", g.creds.app);
    expect([a.status, codeOf(a)]).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
    for (const role of ["operator", "auditor", "admin"] as const) {
      const r = await call(g.creds[role]);
      expect([r.status, r.code]).toEqual([403, "WARDEN_AUTH_ROLE_REQUIRED"]);
    }
  });

  it("a global admin reaches every tenant; an operator's key creation works and lands on the audit trail", async () => {
    newKey({ tenant: "t2" });
    const t2 = await adminCall(g.url, "GET", "/admin/v1/tenants/t2/keys", g.creds.admin);
    expect(t2.status).toBe(200);
    const mk = await adminCall(g.url, "POST", "/admin/v1/tenants/t1/keys", g.creds.operator, { app: "made-by-operator", roles: ["app"] });
    expect(mk.status).toBe(201);
    const made = JSON.stringify(mk.json);
    const key = /wdn_[A-Za-z0-9_]+/.exec(made)?.[0] ?? "";
    expect((await call(key)).status).toBe(200);
    const trail = await adminCall(g.url, "GET", "/admin/v1/tenants/t1/audit/records?kind=admin", g.creds.admin);
    expect(trail.text).toContain("made-by-operator");
  });

  it("every admin answer carries the security headers; a 401 adds www-authenticate", async () => {
    for (const cred of [g.creds.admin, g.creds.app, undefined]) {
      const r = await adminCall(g.url, "GET", "/admin/v1/whoami", cred);
      expect(r.headers.get("cache-control")).toBe("no-store");
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      expect(r.headers.get("x-frame-options")).toBe("DENY");
      expect(r.headers.get("content-security-policy")).toContain("default-src 'none'");
      expect(r.headers.get("referrer-policy")).toBe("no-referrer");
      if (cred === undefined) {
        expect(r.status).toBe(401);
        expect(r.headers.get("www-authenticate")).toMatch(/^Bearer\b/);
      }
    }
  });

  it("audit verify: the global admin gets the counts, a tenant's auditor only ok; an API proof checks offline with the CLI", async () => {
    const id = "hunt-proof-1";
    const res = await postJson(`${g.url}${CHAT}`, chat(), newKey().key, { "x-request-id": id });
    expect(res.status).toBe(200);
    await res.text();
    const admin = await adminCall(g.url, "GET", "/admin/v1/audit/verify", g.creds.admin);
    expect(admin.json).toMatchObject({ ok: true, entries: expect.any(Number) as number });
    const auditor = await adminCall(g.url, "GET", "/admin/v1/audit/verify", g.creds.auditor);
    expect(auditor.json).toEqual({ ok: true });
    const proof = await adminCall(g.url, "GET", `/admin/v1/tenants/t1/audit/proofs/${id}`, g.creds.auditor);
    expect(proof.status).toBe(200);
    const file = join(g.dataDir, "api-proof.json");
    writeFileSync(file, proof.text);
    const v = spawnSync(process.execPath, [join(import.meta.dirname, "../../bin/warden.js"), "audit", "verify-proof", file], { encoding: "utf8" });
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).toContain(`request ${id}`);
    const other = await adminCall(g.url, "GET", `/admin/v1/tenants/t2/audit/proofs/${id}`, g.creds.admin);
    expect(other.status).toBe(404);
  });
});
