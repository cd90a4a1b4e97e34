import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/core/principal.js";
import type { TestGateway } from "../support/test-gateway.js";
import { type AdminAnswer, adminCall, codeOf, startAdminGateway } from "../admin/admin-support.js";

/**
 * Adversarial tests of the admin API over HTTP: tenant isolation through path tricks, role escalation, hostile input.
 * Every answer must be a documented 4xx (never 500, never a crash) carrying the security headers.
 */
let tg: TestGateway & { creds: Record<Role, string> };
let opA: string;
let audA: string;
let opAudA: string;
let keyB: { id: string; key: string };
let auditorKeyA: string;

beforeAll(async () => {
  tg = await startAdminGateway();
  const k = tg.gw.keys;
  opA = k.create({ tenant: "tenant-a", app: "ops", roles: ["operator"] }).key;
  audA = k.create({ tenant: "tenant-a", app: "audit", roles: ["auditor"] }).key;
  opAudA = k.create({ tenant: "tenant-a", app: "ops-audit", roles: ["operator", "auditor"] }).key;
  auditorKeyA = k.create({ tenant: "tenant-a", app: "audit2", roles: ["auditor"] }).record.id;
  const b = k.create({ tenant: "tenant-b", app: "bot", roles: ["app"] });
  keyB = { id: b.record.id, key: b.key };
});
afterAll(async () => {
  await tg?.close();
});

const SECURITY_HEADERS = ["cache-control", "x-content-type-options", "content-security-policy", "x-frame-options", "referrer-policy"];
function expectHardened(a: AdminAnswer, label: string): void {
  for (const h of SECURITY_HEADERS) expect(a.headers.get(h), `${label}: ${h}`).not.toBeNull();
  expect(a.status, `${label}: ${a.text}`).toBeLessThan(500);
  expect(a.text, label).not.toMatch(/at .+\.(ts|js):\d+|stack/i);
}

/** A raw request line (undici and fetch normalize paths: this sends the bytes as written). */
function rawGet(path: string, credential: string): Promise<{ status: number; body: string }> {
  const u = new URL(tg.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: u.hostname, port: u.port, path, method: "GET", headers: { authorization: `Bearer ${credential}` } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("tenant isolation through path tricks", () => {
  it("encoded slashes, dot segments, double and trailing slashes, case and unicode never reach tenant B", async () => {
    const paths = [
      "/admin/v1/tenants/tenant-b/keys",
      "/admin/v1/tenants/tenant-a%2F..%2Ftenant-b/keys",
      "/admin/v1/tenants/tenant-a/../tenant-b/keys",
      "/admin/v1/tenants/tenant-a/%2e%2e/tenant-b/keys",
      "/admin/v1/tenants/tenant-a/keys/../../tenant-b/keys",
      "/admin/v1/tenants//tenant-b/keys",
      "/admin/v1/tenants/tenant-b/keys/",
      "/admin/v1/tenants/TENANT-B/keys",
      "/admin/v1/tenants/tenant%2Db/keys",
      "/admin/v1/tenants/tenant-b%00/keys",
      "/admin/v1/tenants/tenant-b%20/keys",
      "/admin/v1/tenants/tenant%E2%80%90b/keys",
      "/admin/v1/tenants/tenant-%C4%B1/keys",
      "/admin/v1/tenants/%74enant-b/keys",
      "/admin/v1/tenants/tenant-a\\..\\tenant-b/keys",
      `/admin/v1/tenants/tenant-a/keys/${keyB.id}`,
      `/admin/v1/tenants/tenant-a/keys/${keyB.id}%2F`,
      `/admin/v1/tenants/tenant-a/keys/..%2F..%2Ftenant-b%2Fkeys%2F${keyB.id}`,
    ];
    for (const p of paths) {
      const r = await rawGet(p, opA);
      expect(r.status, `${p}: ${r.body}`).toBeGreaterThanOrEqual(400);
      expect(r.status, p).toBeLessThan(500);
      expect(r.body, p).not.toContain(keyB.id);
    }
  });

  it("a foreign key id through rotate/revoke with every path variant leaves B's key untouched", async () => {
    for (const tenant of ["tenant-a", "tenant-b", "TENANT-B", "tenant-b%2F", "%74enant-b"]) {
      for (const action of ["revoke", "rotate"]) {
        const a = await adminCall(tg.url, "POST", `/admin/v1/tenants/${tenant}/keys/${keyB.id}/${action}`, opA, {});
        expect(a.status, `${tenant} ${action}`).toBe(404);
      }
    }
    expect(tg.gw.keys.get(keyB.id)?.revokedAt).toBeNull();
    expect(tg.gw.keys.get(keyB.id)?.replacedBy).toBeNull();
  });

  it("a `tenant` field in a create body is refused, not honoured", async () => {
    const a = await adminCall(tg.url, "POST", "/admin/v1/tenants/tenant-a/keys", opA, { app: "x", tenant: "tenant-b" });
    expect([a.status, codeOf(a)]).toEqual([400, "WARDEN_ADMIN_INVALID_BODY"]);
    expect(tg.gw.keys.list("tenant-b").map((r) => r.app)).toEqual(["bot"]);
  });

  it("audit filters cannot name another tenant (the tenant comes from the path only)", async () => {
    for (const q of ["tenant=tenant-b", "tenant=tenant-b&tenant=tenant-a", "app=bot&tenant=tenant-b", "__proto__=x", "constructor=x", "limit=1e3", "limit=-1", "from=not-a-date"]) {
      const a = await adminCall(tg.url, "GET", `/admin/v1/tenants/tenant-a/audit/records?${q}`, audA);
      expect([a.status, codeOf(a)], q).toEqual([400, "WARDEN_ADMIN_INVALID_QUERY"]);
    }
    const b = await adminCall(tg.url, "GET", "/admin/v1/tenants/tenant-b/audit/export", audA);
    expect(b.status).toBe(404);
  });

  it("a tenant policy cannot target another tenant's scope", async () => {
    const a = await adminCall(tg.url, "PUT", "/admin/v1/tenants/tenant-a/policy", opA, {
      scopes: [{ id: "s", match: { tenant: "tenant-b" }, rules: [{ id: "r", match: { type: "EMAIL_ADDRESS" }, action: "block" }] }],
    });
    expect([a.status, codeOf(a)]).toEqual([400, "WARDEN_ADMIN_INVALID_POLICY"]);
    const glob = await adminCall(tg.url, "PUT", "/admin/v1/tenants/tenant-a/policy", opA, {
      scopes: [{ id: "s", match: { tenant: "*" }, rules: [] }],
    });
    expect(glob.status).toBe(400);
  });
});

describe("role escalation", () => {
  it("an operator cannot mint a key with a role it does not hold (admin or auditor)", async () => {
    for (const roles of [["admin"], ["auditor"], ["app", "auditor"], ["operator", "admin"]]) {
      const a = await adminCall(tg.url, "POST", "/admin/v1/tenants/tenant-a/keys", opA, { app: "x", roles });
      expect([a.status, codeOf(a)], roles.join(",")).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
    }
    expect(tg.gw.keys.list("tenant-a").some((r) => r.app === "x")).toBe(false);
    // Each refused attempt is evidence: an admin event with the outcome, the actor's roles, and no key text.
    const ev = await adminCall(tg.url, "GET", "/admin/v1/tenants/tenant-a/audit/records?kind=admin&limit=1000", tg.creds.admin);
    const refused = (ev.json?.["records"] as { meta: Record<string, unknown> }[]).filter((r) => r.meta["event"] === "admin.keys.create" && r.meta["outcome"] === "refused" && r.meta["code"] === "WARDEN_ADMIN_FORBIDDEN");
    expect(refused.length, ev.text.slice(0, 500)).toBeGreaterThanOrEqual(4);
    expect(ev.text).not.toMatch(/wdn_[0-9A-Za-z]{12}_/);
    // What it holds (and app keys) it may grant.
    const ok = await adminCall(tg.url, "POST", "/admin/v1/tenants/tenant-a/keys", opA, { app: "y", roles: ["app", "operator"] });
    expect(ok.status).toBe(201);
    const both = await adminCall(tg.url, "POST", "/admin/v1/tenants/tenant-a/keys", opAudA, { app: "z", roles: ["auditor"] });
    expect(both.status).toBe(201);
  });

  it("an operator cannot rotate an auditor key (that would hand it the auditor's credential)", async () => {
    const r = await adminCall(tg.url, "POST", `/admin/v1/tenants/tenant-a/keys/${auditorKeyA}/rotate`, opA, {});
    expect([r.status, codeOf(r)]).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
    expect(r.text).not.toContain("wdn_");
    expect(tg.gw.keys.get(auditorKeyA)?.replacedBy).toBeNull();
  });

  it("an auditor mutates nothing; an app key reaches no admin route", async () => {
    const mutations: [string, string, unknown?][] = [
      ["POST", "/admin/v1/tenants/tenant-a/keys", { app: "x" }],
      ["POST", `/admin/v1/tenants/tenant-a/keys/${auditorKeyA}/revoke`],
      ["PUT", "/admin/v1/tenants/tenant-a/policy", { scopes: [] }],
      ["DELETE", "/admin/v1/tenants/tenant-a/policy"],
      ["PATCH", "/admin/v1/tenants/tenant-a", { disabled: true }],
      ["POST", "/admin/v1/tenants", { id: "evil" }],
      ["PUT", "/admin/v1/policy", { rules: [] }],
    ];
    for (const [m, p, body] of mutations) {
      const a = await adminCall(tg.url, m, p, audA, body);
      expect([a.status, codeOf(a)], `${m} ${p}`).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
      const b = await adminCall(tg.url, m, p, tg.creds.app, body);
      expect([b.status, codeOf(b)], `app ${m} ${p}`).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
    }
    expect(tg.gw.keys.get(auditorKeyA)?.revokedAt).toBeNull();
  });
});

describe("hostile admin input: 4xx with a stable code, headers on every answer", () => {
  const path = "/admin/v1/tenants/tenant-a/keys";
  it("bad JSON, wrong types, unknown fields, prototype keys, deep nesting, non-UTF-8, huge bodies", async () => {
    const cases: { body: string | Buffer; code: string; status: number; type?: string }[] = [
      { body: "{", code: "WARDEN_REQUEST_INVALID_JSON", status: 400 },
      { body: "[]", code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
      { body: "null", code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
      { body: '"x"', code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
      { body: '{"app":42}', code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
      { body: '{"app":"x","roles":"admin"}', code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
      { body: '{"app":"x","bogus":1}', code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
      { body: '{"app":"x","__proto__":{"roles":["admin"]}}', code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
      { body: '{"app":"x","constructor":{"prototype":{"admin":true}}}', code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
      { body: '{"app":"x","limits":{"__proto__":{"rpm":1}}}', code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
      // Nesting over 256 levels is refused by the shared body reader, as on the model API.
      { body: `{"app":"x","limits":${"[".repeat(5000)}${"]".repeat(5000)}}`, code: "WARDEN_REQUEST_INVALID_JSON", status: 400 },
      { body: `${"[".repeat(100_000)}${"]".repeat(100_000)}`, code: "WARDEN_REQUEST_INVALID_JSON", status: 400 },
      { body: '{"app":"x","app":"y"}', code: "WARDEN_REQUEST_INVALID_JSON", status: 400 },
      { body: Buffer.from([0x7b, 0x22, 0x61, 0x70, 0x70, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), code: "WARDEN_REQUEST_INVALID_UTF8", status: 400 },
      { body: `{"app":"${"x".repeat(1_100_000)}"}`, code: "WARDEN_REQUEST_TOO_LARGE", status: 413 },
      { body: '{"app":"x"}', code: "WARDEN_REQUEST_CONTENT_TYPE", status: 415, type: "text/plain" },
      { body: '{"app":"x","expiresInSeconds":1e400}', code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
      { body: '{"app":"x","cidrs":["10.0.0.0/33"]}', code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
      { body: '{"app":"x\\u0000y"}', code: "WARDEN_ADMIN_INVALID_BODY", status: 400 },
    ];
    for (const c of cases) {
      const res = await fetch(`${tg.url}${path}`, { method: "POST", headers: { authorization: `Bearer ${opA}`, "content-type": c.type ?? "application/json" }, body: c.body });
      const text = await res.text();
      const a: AdminAnswer = { status: res.status, json: JSON.parse(text) as Record<string, unknown>, text, headers: res.headers };
      const label = typeof c.body === "string" ? c.body.slice(0, 40) : "bytes";
      expect([a.status, codeOf(a)], label).toEqual([c.status, c.code]);
      expectHardened(a, label);
    }
    expect(({} as Record<string, unknown>)["roles"]).toBeUndefined();
    expect(({} as Record<string, unknown>)["admin"]).toBeUndefined();
    // The gateway is alive and no key was made.
    expect((await adminCall(tg.url, "GET", "/admin/v1/whoami", opA)).status).toBe(200);
    expect(tg.gw.keys.list("tenant-a").some((r) => r.app === "x")).toBe(false);
  });

  it("security headers on 401, 403, 404, 405 and the admin root", async () => {
    const answers: [string, AdminAnswer][] = [
      ["401", await adminCall(tg.url, "GET", "/admin/v1/whoami", undefined)],
      ["401 garbage", await adminCall(tg.url, "GET", "/admin/v1/whoami", "garbage")],
      ["403", await adminCall(tg.url, "GET", "/admin/v1/tenants", opA)],
      ["404", await adminCall(tg.url, "GET", "/admin/v1/nope", opA)],
      ["405", await adminCall(tg.url, "DELETE", "/admin/v1/whoami", opA)],
      ["/admin", await adminCall(tg.url, "GET", "/admin", opA)],
    ];
    for (const [label, a] of answers) {
      expect(a.status, label).toBeGreaterThanOrEqual(400);
      expectHardened(a, label);
    }
    expect(answers[0]?.[1].headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("a slow or truncated body does not hang the gateway and a malformed request line gets 400", async () => {
    const u = new URL(tg.url);
    const reply = await new Promise<string>((resolve) => {
      const s = connect(Number(u.port), u.hostname, () => {
        s.write("GET /admin/v1/whoami HTTP/1.1\r\nhost: x\r\nauthorization: Bearer \u0001\u0002\r\n\r\n");
      });
      let out = "";
      s.on("data", (d) => (out += d.toString("latin1")));
      s.on("close", () => resolve(out));
      s.on("error", () => resolve(out));
      setTimeout(() => s.destroy(), 2_000);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 4\d\d/);
  });
});

describe("slow bodies", () => {
  it("a refused request whose body trickles in does not keep its connection (admin and model routes)", async () => {
    const u = new URL(tg.url);
    for (const path of ["/v1/chat/completions", "/admin/v1/tenants"]) {
      const r = await new Promise<{ closed: boolean; head: string }>((resolve) => {
        const s = connect(Number(u.port), u.hostname, () => s.write(`POST ${path} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{`));
        let out = "";
        let closed = false;
        s.on("data", (d) => (out += d.toString("latin1")));
        s.on("error", () => undefined);
        s.on("close", () => (closed = true));
        const drip = setInterval(() => {
          if (!closed) s.write(" ");
        }, 100);
        setTimeout(() => {
          clearInterval(drip);
          s.destroy();
          resolve({ closed, head: out.split("\r\n")[0] ?? "" });
        }, 1_500);
      });
      expect(r.head, path).toMatch(/^HTTP\/1\.1 401/);
      expect(r.closed, path).toBe(true);
    }
  });
});

describe("refusals of large bodies still reach real clients", () => {
  it("the openai client sending a 2 MB prompt with a bad key gets the 401, not a connection error", async () => {
    const { default: OpenAI } = await import("openai");
    const client = new OpenAI({ apiKey: "wdn_bad", baseURL: `${tg.url}/v1`, maxRetries: 0 });
    for (let i = 0; i < 3; i++) {
      const err = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x".repeat(2_000_000) }] }).then(
        () => undefined,
        (e: unknown) => e as { status?: number; code?: string },
      );
      expect(err?.status).toBe(401);
    }
  });
});
