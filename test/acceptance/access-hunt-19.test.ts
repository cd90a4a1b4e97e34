/**
 * Acceptance hunt 19, access control (issue 6 as docs/admin-api.md and docs/keys-and-limits.md promise it), black
 * box through the admin API and the real SDKs: key rotation states, what a tenant's own audit trail tells about other
 * tenants, model allowlists on the Anthropic endpoints, concurrency slots of calls the client gives up on before the
 * upstream answers, and the key expiry boundary.
 */
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/core/principal.js";
import { adminCall, codeOf, startAdminGateway } from "../admin/admin-support.js";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { rmSync } from "node:fs";
import pino from "pino";
import { parseConfig } from "../../src/config/load-config.js";
import { passThroughGuard } from "../../src/enforce/guard.js";
import { type Gateway, startGateway } from "../../src/gateway.js";
import { mockConfig, postJson, startTestGateway, type TestGateway, tempDir } from "../support/test-gateway.js";

let mock: MockUpstream;
let g: TestGateway & { creds: Record<Role, string> };
let opA = "";
let audA = "";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const chat = (model = "gpt-4o-mini") => ({ model, messages: [{ role: "user", content: "hello there" }] });

beforeAll(async () => {
  mock = await startMockUpstream();
  g = await startAdminGateway({
    providers: {
      openai: { type: "openai", baseUrl: `${mock.url}/v1`, apiKey: "sk-upstream-secret", maxRetries: 0 },
      anthropic: { type: "anthropic", baseUrl: mock.url, apiKey: "sk-ant-upstream-secret", maxRetries: 0 },
    },
    routes: [
      { models: ["claude-*"], provider: "anthropic" },
      { models: ["*"], provider: "openai" },
    ],
    limits: { apps: { "hunt19/slow": { concurrency: 1 } } },
  });
  opA = g.gw.keys.create({ tenant: "hunt19", app: "ops", roles: ["operator"] }).key;
  audA = g.gw.keys.create({ tenant: "hunt19", app: "audit", roles: ["auditor"] }).key;
});
afterAll(async () => {
  await g.close();
  await mock.close();
});

describe("key rotation through the admin API", () => {
  it("a key already replaced (rotating) cannot be rotated again: 409, no second successor, no expiry given to one", async () => {
    const made = await adminCall(g.url, "POST", "/admin/v1/tenants/hunt19/keys", opA, { app: "bot" });
    expect(made.status).toBe(201);
    const id = (made.json?.["key"] as { id: string }).id;
    const first = await adminCall(g.url, "POST", `/admin/v1/tenants/hunt19/keys/${id}/rotate`, opA, { overlapSeconds: 3600 });
    expect(first.status).toBe(201);
    const successor = (first.json?.["key"] as { id: string; expiresAt: string | null });
    expect(successor.expiresAt).toBeNull(); // the old key had no expiry: neither has its successor
    expect((first.json?.["previous"] as { state: string }).state).toBe("rotating");
    // The old key is in its overlap, no longer "active": a second rotation would fork the lineage (two live
    // successors, the first one's replacedBy link overwritten) and hand the old key's overlap end on as a lifetime.
    const second = await adminCall(g.url, "POST", `/admin/v1/tenants/hunt19/keys/${id}/rotate`, opA, { overlapSeconds: 3600 });
    expect([second.status, codeOf(second)]).toEqual([409, "WARDEN_ADMIN_CONFLICT"]);
    const old = await adminCall(g.url, "GET", `/admin/v1/tenants/hunt19/keys/${id}`, opA);
    expect((old.json?.["key"] as { replacedBy: string }).replacedBy).toBe(successor.id);
    const list = await adminCall(g.url, "GET", "/admin/v1/tenants/hunt19/keys", opA);
    expect((list.json?.["keys"] as { app: string }[]).filter((k) => k.app === "bot")).toHaveLength(2);
    // The successor itself is active and can be rotated in its turn.
    const next = await adminCall(g.url, "POST", `/admin/v1/tenants/hunt19/keys/${successor.id}/rotate`, opA, { overlapSeconds: 0 });
    expect(next.status).toBe(201);
  });
});

describe("a tenant's own audit trail tells nothing about other tenants", () => {
  it("an operator probing another tenant by a UUID-like id: the recorded target is the same whether that tenant exists or not", async () => {
    const existing = "7f3c9a2e-51b4-4d8e-9c0f-2a6b8d4e1f37";
    const missing = "0b8e4f1a-93c2-4e7d-a5f6-1c2d3e4f5a6b";
    expect((await adminCall(g.url, "POST", "/admin/v1/tenants", g.creds.admin, { id: existing })).status).toBe(201);
    const probe = async (tenant: string) => {
      const r = await adminCall(g.url, "GET", `/admin/v1/tenants/${tenant}/keys`, opA);
      expect([r.status, codeOf(r)]).toEqual([404, "WARDEN_ADMIN_NOT_FOUND"]);
      return r.headers.get("x-request-id") ?? "";
    };
    const reqExisting = await probe(existing);
    const reqMissing = await probe(missing);
    const targetOf = async (requestId: string): Promise<unknown> => {
      // Admin entries carry the HTTP request id in their metadata (their own request id is `admin_<uuid>`).
      const rec = await adminCall(g.url, "GET", "/admin/v1/tenants/hunt19/audit/records?kind=admin&limit=10000", audA);
      expect(rec.status).toBe(200);
      const records = (rec.json?.["records"] as { meta: Record<string, unknown> }[]).filter((r) => r.meta["requestId"] === requestId);
      expect(records).toHaveLength(1);
      return records[0]?.meta["targetTenant"];
    };
    const a = await targetOf(reqExisting);
    const b = await targetOf(reqMissing);
    // Both probes were refused the same way; the evidence A's auditor reads must not tell them apart either.
    expect(a === existing).toBe(b === missing);
    expect(JSON.stringify(a)).not.toContain(existing);
  });
});

describe("model allowlists on the Anthropic endpoints, through @anthropic-ai/sdk", () => {
  it("messages (plain and streamed) and count_tokens outside the globs: 403 in Anthropic's error shape, nothing forwarded", async () => {
    const key = g.gw.keys.create({ tenant: "hunt19", app: "anth", roles: ["app"], models: ["claude-3-5-haiku-*"] }).key;
    const client = new Anthropic({ apiKey: key, baseURL: g.url, maxRetries: 0 });
    mock.reset();
    const ok = await client.messages.create({ model: "claude-3-5-haiku-20241022", max_tokens: 16, messages: [{ role: "user", content: "hi" }] });
    expect(ok.type).toBe("message");
    mock.reset();
    const refusals: unknown[] = [];
    const tries: (() => Promise<unknown>)[] = [
      () => client.messages.create({ model: "claude-opus-4-20250514", max_tokens: 16, messages: [{ role: "user", content: "hi" }] }),
      () => client.messages.create({ model: "claude-opus-4-20250514", max_tokens: 16, stream: true, messages: [{ role: "user", content: "hi" }] }),
      () => client.messages.countTokens({ model: "claude-opus-4-20250514", messages: [{ role: "user", content: "hi" }] }),
      // Case-sensitive: the same model name in capitals is another name.
      () => client.messages.create({ model: "CLAUDE-3-5-HAIKU-20241022", max_tokens: 16, messages: [{ role: "user", content: "hi" }] }),
    ];
    for (const t of tries) {
      const err = await t().then(
        () => undefined,
        (e: unknown) => e,
      );
      refusals.push(err);
      expect(err).toBeInstanceOf(Anthropic.PermissionDeniedError);
      const body = (err as InstanceType<typeof Anthropic.PermissionDeniedError>).error as { type?: string; error?: { type?: string; code?: string; message?: string } };
      expect(body.type).toBe("error");
      expect(body.error?.code ?? JSON.stringify(body)).toContain("WARDEN_AUTH_MODEL_NOT_ALLOWED");
      expect(JSON.stringify(body)).not.toContain("claude-3-5-haiku-*"); // the allowlist itself is not echoed
    }
    expect(refusals).toHaveLength(4);
    expect(mock.requests).toHaveLength(0);
  });

  it("the same key on the OpenAI endpoints: embeddings, completions and responses are checked against the globs too", async () => {
    const key = g.gw.keys.create({ tenant: "hunt19", app: "oai", roles: ["app"], models: ["gpt-4o-mini"] }).key;
    const client = new OpenAI({ apiKey: key, baseURL: `${g.url}/v1`, maxRetries: 0 });
    mock.reset();
    const tries: (() => Promise<unknown>)[] = [
      () => client.embeddings.create({ model: "text-embedding-3-large", input: "x" }),
      () => client.completions.create({ model: "gpt-3.5-turbo-instruct", prompt: "x" }),
      () => client.responses.create({ model: "gpt-4o", input: "x" }),
      () => client.chat.completions.create({ model: "gpt-4o-mini-2024-07-18", messages: [{ role: "user", content: "x" }] }),
    ];
    for (const t of tries) {
      const err = await t().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(OpenAI.PermissionDeniedError);
      expect((err as InstanceType<typeof OpenAI.PermissionDeniedError>).code).toBe("WARDEN_AUTH_MODEL_NOT_ALLOWED");
    }
    expect(mock.requests).toHaveLength(0);
  });
});

describe("concurrency slots when the client gives up before the upstream answers", () => {
  it("a call aborted while the upstream is still silent frees its slot at once (the upstream call is cancelled too)", async () => {
    const key = g.gw.keys.create({ tenant: "hunt19", app: "slow", roles: ["app"] }).key;
    // The upstream holds the first call without answering; later calls are answered at once.
    mock.use((req, res, n) => {
      if (n === 0) return; // never answered: only the client's abort ends it
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: "c", object: "chat.completion", created: 1, model: "gpt-4o-mini", choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } }));
    });
    const ctl = new AbortController();
    const hung = fetch(`${g.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify(chat()),
      signal: ctl.signal,
    }).then(
      () => "answered",
      () => "aborted",
    );
    const t0 = Date.now();
    while (mock.requests.length === 0 && Date.now() - t0 < 3_000) await sleep(10);
    expect(mock.requests).toHaveLength(1);
    // The app's only slot is held by the silent call.
    const busy = await postJson(`${g.url}/v1/chat/completions`, chat(), key);
    expect(busy.status).toBe(429);
    expect(((await busy.json()) as { error: { code: string } }).error.code).toBe("WARDEN_LIMIT_CONCURRENCY");
    ctl.abort();
    expect(await hung).toBe("aborted");
    // The gateway notices the closed connection and cancels the upstream call; the slot is free again well
    // before any upstream timeout.
    const upstreamClosed = await Promise.race([mock.requests[0]?.closed.then((c) => c.finished), sleep(2_000).then(() => "still open")]);
    expect(upstreamClosed).toBe(false);
    let status = 0;
    const t1 = Date.now();
    while (Date.now() - t1 < 2_000) {
      const r = await postJson(`${g.url}/v1/chat/completions`, chat(), key);
      await r.arrayBuffer();
      status = r.status;
      if (status === 200) break;
      await sleep(50);
    }
    expect(status).toBe(200);
    expect(Date.now() - t1).toBeLessThan(1_000);
  });
});

describe("GET /v1/models and the key's model allowlist", () => {
  it("lists only the models the key may call (openai and @anthropic-ai/sdk clients); a key without a list sees every route", async () => {
    const t = await startTestGateway({
      ...mockConfig(mock.url),
      routes: [
        { models: ["gpt-4o-mini", "gpt-4o", "o3"], provider: "openai" },
        { models: ["claude-3-5-haiku-20241022", "claude-opus-4-20250514"], provider: "anthropic" },
      ],
    });
    try {
      const ids = async (models?: string[]) => {
        const key = t.gw.keys.create({ tenant: "hunt19", app: "lister", roles: ["app"], ...(models ? { models } : {}) }).key;
        const viaOpenai = (await new OpenAI({ apiKey: key, baseURL: `${t.url}/v1`, maxRetries: 0 }).models.list()).data.map((m) => m.id);
        const viaAnthropic = (await new Anthropic({ apiKey: key, baseURL: t.url, maxRetries: 0 }).models.list()).data.map((m) => m.id);
        expect(viaAnthropic).toEqual(viaOpenai);
        return viaOpenai;
      };
      expect(await ids()).toEqual(["gpt-4o-mini", "gpt-4o", "o3", "claude-3-5-haiku-20241022", "claude-opus-4-20250514"]);
      // A client offering the listed models (a chat UI) must not offer what the key would be refused.
      expect(await ids(["gpt-4o*"])).toEqual(["gpt-4o-mini", "gpt-4o"]);
      expect(await ids(["claude-3-5-haiku-*"])).toEqual(["claude-3-5-haiku-20241022"]);
      expect(await ids(["nothing-routed-*"])).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe("source networks over IPv6, behind a trusted proxy and without one", () => {
  it("the proxy at ::1 names the client (rightmost untrusted hop); an untrusted ::1 peer's X-Forwarded-For is ignored", async () => {
    const dataDir = tempDir("warden-hunt19-v6-");
    const start = (trustedProxies: string[]) => {
      const { config } = parseConfig({ ...mockConfig(mock.url, { server: { trustedProxies, clientAddressHeader: "x-forwarded-for" } }), dataDir }, {}, "test");
      return startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "::1", guard: passThroughGuard });
    };
    const behind = await start(["::1/128"]);
    const direct = await start(["2001:db8:ffff::/48"]);
    try {
      const v6Key = behind.keys.create({ tenant: "hunt19", app: "v6", roles: ["app"], cidrs: ["2001:db8::/32"] }).key;
      const v4Key = behind.keys.create({ tenant: "hunt19", app: "v4", roles: ["app"], cidrs: ["10.0.0.0/8"] }).key;
      const call = async (gw: Gateway, key: string, headers: Record<string, string>) => {
        const res = await postJson(`http://[::1]:${gw.port}/v1/chat/completions`, chat(), key, headers);
        const json = (await res.json()) as { error?: { code?: string; message?: string } };
        return [res.status, json.error?.code];
      };
      mock.reset();
      const cases: [Record<string, string>, string, (number | string | undefined)[]][] = [
        [{ "x-forwarded-for": "2001:db8::7" }, v6Key, [200, undefined]],
        [{ "x-forwarded-for": "[2001:db8::7]:443" }, v6Key, [200, undefined]],
        // The proxy itself appended ::1 once more: a trusted hop is skipped, the client is the one before it.
        [{ "x-forwarded-for": "2001:db8::7, ::1" }, v6Key, [200, undefined]],
        // The client wrote 2001:db8::7 itself; the proxy appended the address it saw.
        [{ "x-forwarded-for": "2001:db8::7, 2001:db9::1" }, v6Key, [403, "WARDEN_AUTH_SOURCE_NOT_ALLOWED"]],
        [{ "x-forwarded-for": "unknown, 2001:db8::7" }, v6Key, [200, undefined]],
        [{ "x-forwarded-for": "2001:db8::7, garbage" }, v6Key, [403, "WARDEN_AUTH_SOURCE_NOT_ALLOWED"]],
        // IPv4-mapped IPv6 matches the IPv4 network (RFC 4291 §2.5.5.2).
        [{ "x-forwarded-for": "::ffff:10.1.2.3" }, v4Key, [200, undefined]],
        // Only the configured header is read.
        [{ forwarded: 'for="[2001:db8::7]"' }, v6Key, [403, "WARDEN_AUTH_SOURCE_NOT_ALLOWED"]],
      ];
      for (const [headers, key, want] of cases) expect(await call(behind, key, headers), JSON.stringify(headers)).toEqual(want);
      // The same key on a gateway that does not trust ::1: the header is the caller's own claim and proves nothing.
      const k2 = direct.keys.create({ tenant: "hunt19", app: "v6", roles: ["app"], cidrs: ["2001:db8::/32"] }).key;
      expect(await call(direct, k2, { "x-forwarded-for": "2001:db8::7" })).toEqual([403, "WARDEN_AUTH_SOURCE_NOT_ALLOWED"]);
      const own = direct.keys.create({ tenant: "hunt19", app: "v6", roles: ["app"], cidrs: ["::1/128"] }).key;
      expect(await call(direct, own, { "x-forwarded-for": "2001:db9::1" })).toEqual([200, undefined]);
    } finally {
      await Promise.all([behind.close(), direct.close()]);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("credential and limit refusals in Anthropic's format, through @anthropic-ai/sdk", () => {
  it("missing, malformed, invalid, expired and revoked keys: 401 authentication_error, each with its own Warden code; a rate refusal is a RateLimitError with retry-after", async () => {
    const good = g.gw.keys.create({ tenant: "hunt19", app: "anth-codes", roles: ["app"] });
    const expired = g.gw.keys.create({ tenant: "hunt19", app: "anth-codes", roles: ["app"], expiresAt: Date.now() - 1 });
    const revoked = g.gw.keys.create({ tenant: "hunt19", app: "anth-codes", roles: ["app"] });
    g.gw.keys.revoke(revoked.record.id);
    const flipped = `${good.key.slice(0, -8)}${good.key.at(-8) === "A" ? "B" : "A"}${good.key.slice(-7)}`;
    const body = { model: "claude-3-5-haiku-20241022", max_tokens: 16, messages: [{ role: "user" as const, content: "hi" }] };
    const cases: [string, string][] = [
      ["sk-ant-api03-not-a-warden-key", "WARDEN_AUTH_MALFORMED_KEY"],
      [flipped, "WARDEN_AUTH_INVALID_KEY"],
      [expired.key, "WARDEN_AUTH_EXPIRED_KEY"],
      [revoked.key, "WARDEN_AUTH_REVOKED_KEY"],
    ];
    mock.reset();
    for (const [key, code] of cases) {
      const err = await new Anthropic({ apiKey: key, baseURL: g.url, maxRetries: 0 }).messages.create(body).catch((e: unknown) => e);
      expect(err, code).toBeInstanceOf(Anthropic.AuthenticationError);
      const e = (err as InstanceType<typeof Anthropic.AuthenticationError>).error as { type?: string; error?: { type?: string } };
      expect(e.type).toBe("error");
      expect(e.error?.type).toBe("authentication_error");
      expect(JSON.stringify(e)).toContain(code);
      expect(JSON.stringify(e)).not.toContain("hunt19");
    }
    // No key at all (the SDK insists on one, so raw fetch in Anthropic's shape).
    const none = await fetch(`${g.url}/v1/messages`, { method: "POST", headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" }, body: JSON.stringify(body) });
    const noneBody = (await none.json()) as { type: string; error: { type: string } };
    expect([none.status, noneBody.type, noneBody.error.type, JSON.stringify(noneBody).includes("WARDEN_AUTH_MISSING_KEY")]).toEqual([401, "error", "authentication_error", true]);
    expect(mock.requests).toHaveLength(0);

    // Rate: a key with rpm 1.
    const limited = g.gw.keys.create({ tenant: "hunt19", app: "anth-rl", roles: ["app"], limits: { rpm: 1 } }).key;
    const client = new Anthropic({ apiKey: limited, baseURL: g.url, maxRetries: 0 });
    expect((await client.messages.create(body)).type).toBe("message");
    const rl = await client.messages.create(body).catch((e: unknown) => e);
    expect(rl).toBeInstanceOf(Anthropic.RateLimitError);
    const r = rl as InstanceType<typeof Anthropic.RateLimitError>;
    expect((r.error as { error?: { type?: string } }).error?.type).toBe("rate_limit_error");
    expect(JSON.stringify(r.error)).toContain("WARDEN_LIMIT_RATE");
    const retryAfter = Number(r.headers?.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(59);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });
});

describe("the admin API applies a credential's whole lifecycle", () => {
  it("an operator key outside its source networks, expired, or revoked: the model-traffic codes, 401s with www-authenticate, nothing done", async () => {
    const make = (extra: { cidrs?: string[]; expiresAt?: number }) => g.gw.keys.create({ tenant: "hunt19", app: "ops-life", roles: ["operator"], ...extra });
    const elsewhere = make({ cidrs: ["10.0.0.0/8", "2001:db8::/32"] });
    const expired = make({ expiresAt: Date.now() - 1 });
    const revoked = make({});
    expect((await adminCall(g.url, "GET", "/admin/v1/whoami", revoked.key)).status).toBe(200);
    g.gw.keys.revoke(revoked.record.id);
    const before = g.gw.keys.list("hunt19").length;
    const cases: [string, number, string][] = [
      [elsewhere.key, 403, "WARDEN_AUTH_SOURCE_NOT_ALLOWED"],
      [expired.key, 401, "WARDEN_AUTH_EXPIRED_KEY"],
      [revoked.key, 401, "WARDEN_AUTH_REVOKED_KEY"],
    ];
    for (const [key, status, code] of cases) {
      const a = await adminCall(g.url, "POST", "/admin/v1/tenants/hunt19/keys", key, { app: "sneaky" });
      expect([a.status, codeOf(a)], code).toEqual([status, code]);
      if (status === 401) expect(a.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(a.headers.get("x-content-type-options")).toBe("nosniff");
      expect(a.text).not.toContain("10.0.0.0");
    }
    expect(g.gw.keys.list("hunt19").length).toBe(before);
  });
});
