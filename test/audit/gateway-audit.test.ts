import OpenAI from "openai";
import pino from "pino";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import type { CallContext } from "../../src/core/call-context.js";
import { isJsonObject, type JsonObject } from "../../src/core/json.js";
import { WardenError } from "../../src/core/warden-error.js";
import { type Guard, passThroughGuard } from "../../src/enforce/guard.js";
import { type Gateway, startGateway } from "../../src/gateway.js";
import type { StoredEntry } from "../../src/record/audit-entry.js";
import type { AuditLog } from "../../src/record/audit-log.js";
import { SqliteAuditBackend } from "../../src/record/sqlite-audit-backend.js";
import { verifyLog } from "../../src/record/verify-log.js";
import { chatChunks, chatCompletion, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, postJson, tempDir } from "../support/test-gateway.js";

/** Refuses any request mentioning BLOCK ME; rewrites "secret-token" to "[REDACTED]"; passes the rest through. */
const testGuard: Guard = {
  ...passThroughGuard,
  request: async (ctx: CallContext) => {
    const text = JSON.stringify(ctx.original);
    if (text.includes("BLOCK ME")) return { kind: "refuse", error: new WardenError("WARDEN_POLICY_BLOCKED") };
    if (text.includes("secret-token")) return { kind: "forward", body: JSON.parse(text.replaceAll("secret-token", "[REDACTED]")) as JsonObject, changed: true };
    return { kind: "forward", body: ctx.original, changed: false };
  },
};

async function start(audit: object = {}): Promise<{ gw: Gateway; key: string; log: AuditLog; dir: string }> {
  const dir = tempDir("warden-audit-gw-");
  const raw = {
    dataDir: dir,
    listen: { host: "127.0.0.1", port: 0 },
    providers: { demo: { type: "demo" }, down: { type: "openai", baseUrl: "http://127.0.0.1:9/v1", apiKey: "x", maxRetries: 0, timeouts: { connectMs: 500 } } },
    routes: [
      { models: ["down-*"], provider: "down" },
      { models: ["*"], provider: "demo" },
    ],
    logging: { level: "silent" },
    audit: { checkpoint: { intervalMs: 0 }, ...audit },
  };
  const { config } = parseConfig(raw, {}, "test config");
  const gw = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1", guard: testGuard });
  const { key } = gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
  return { gw, key, log: gw.audit as AuditLog, dir };
}

/** The request's entries, read straight from the store (no flush: they must already be durable). */
async function entries(log: AuditLog, requestId: string): Promise<StoredEntry[]> {
  return log.backend.search({ requestId });
}

const meta = (e: StoredEntry | undefined): JsonObject => JSON.parse(e?.meta ?? "{}") as JsonObject;

describe("every call through the gateway has a complete audit record", () => {
  let s: Awaited<ReturnType<typeof start>>;
  let client: OpenAI;
  beforeAll(async () => {
    s = await start();
    client = new OpenAI({ apiKey: s.key, baseURL: `${s.gw.url}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await s.gw.close();
    // A graceful stop signs a checkpoint over everything recorded.
    const backend = new SqliteAuditBackend(`${s.dir}/audit.db`, { readonly: true });
    const last = await backend.lastCheckpoint();
    expect(last?.seq).toBe((await backend.tail()).seq);
    expect(await verifyLog(backend)).toMatchObject({ ok: true });
    await backend.close();
    rmSync(s.dir, { recursive: true, force: true });
  });

  it("200, not streamed: request and response entries, the response as returned, usage, principal", async () => {
    const { data, response } = await client.chat.completions
      .create({ model: "demo", messages: [{ role: "user", content: "Hello audit" }] }, { headers: { "x-request-id": "audit-200" } })
      .withResponse();
    expect(response.headers.get("x-request-id")).toBe("audit-200");
    const [req, res] = await entries(s.log, "audit-200");
    expect([req?.kind, res?.kind]).toEqual(["request", "response"]);
    expect(req).toMatchObject({ tenant: "t1", app: "a1" });
    expect(req?.keyId).toMatch(/./);
    expect(meta(req)).toMatchObject({ api: "openai.chat", provider: "demo", model: "demo", stream: false, verdict: "forward", changed: false });
    expect(meta(res)).toMatchObject({ status: 200, upstreamStatus: 200, usage: { total_tokens: data.usage?.total_tokens } });
    const opened = await s.log.open(req as StoredEntry);
    expect(opened.payload).toMatchObject({ messages: [{ role: "user", content: "Hello audit" }] });
    expect(opened.original).toBeUndefined(); // unchanged: the forwarded body is the original
    const out = await s.log.open(res as StoredEntry);
    expect(isJsonObject(out.payload) && out.payload["id"]).toBe(data.id);
  });

  it("a non-ASCII request is stored as the bytes that came (the server's bytes, not the text encoded again)", async () => {
    const content = "Grüße aus Köln, 会議のメモ 😀 — résumé";
    await client.chat.completions.create({ model: "demo", messages: [{ role: "user", content }] }, { headers: { "x-request-id": "audit-utf8" } });
    const [req] = await entries(s.log, "audit-utf8");
    const opened = await s.log.open(req as StoredEntry);
    expect(opened.payload).toMatchObject({ messages: [{ role: "user", content }] });
    expect(opened.original).toBeUndefined();
  });

  it("a request changed by the guard keeps the original in its own encrypted field", async () => {
    await client.chat.completions.create({ model: "demo", messages: [{ role: "user", content: "my secret-token here" }] }, { headers: { "x-request-id": "audit-changed" } });
    const [req] = await entries(s.log, "audit-changed");
    expect(meta(req)).toMatchObject({ changed: true });
    expect(req?.original).not.toBeNull();
    const opened = await s.log.open(req as StoredEntry);
    expect(JSON.stringify(opened.payload)).toContain("[REDACTED]");
    expect(JSON.stringify(opened.original)).toContain("secret-token");
    expect(req?.meta).not.toContain("secret-token");
  });

  it("streamed: the events as sent are reassembled into the response entry, durable before the stream ends", async () => {
    const stream = await client.chat.completions.create(
      { model: "demo", messages: [{ role: "user", content: "stream me please" }], stream: true, stream_options: { include_usage: true } },
      { headers: { "x-request-id": "audit-stream" } },
    );
    let text = "";
    for await (const c of stream) text += c.choices[0]?.delta.content ?? "";
    const [req, res] = await entries(s.log, "audit-stream");
    expect(meta(req)).toMatchObject({ stream: true });
    expect(meta(res)).toMatchObject({ status: 200, streamComplete: true, usage: { total_tokens: expect.any(Number) } });
    const out = (await s.log.open(res as StoredEntry)).payload as { events: { data: string }[] };
    expect(out.events.at(-1)?.data).toBe("[DONE]");
    const rebuilt = out.events
      .filter((e) => e.data !== "[DONE]")
      .map((e) => (JSON.parse(e.data) as { choices: { delta?: { content?: string } }[] }).choices[0]?.delta?.content ?? "")
      .join("");
    expect(rebuilt).toBe(text);
  });

  it("blocked by the guard: both entries, the refusal's code, the original kept, nothing forwarded", async () => {
    const err = await client.chat.completions
      .create({ model: "demo", messages: [{ role: "user", content: "BLOCK ME now" }] }, { headers: { "x-request-id": "audit-blocked" } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    const [req, res] = await entries(s.log, "audit-blocked");
    expect(meta(req)).toMatchObject({ verdict: "refuse", errorCode: "WARDEN_POLICY_BLOCKED" });
    expect(req?.payload).toBeNull();
    expect(JSON.stringify((await s.log.open(req as StoredEntry)).original)).toContain("BLOCK ME");
    expect(meta(res)).toMatchObject({ status: 400, errorCode: "WARDEN_POLICY_BLOCKED" });
  });

  it("upstream failure: the response entry has the error code", async () => {
    const err = await client.chat.completions.create({ model: "down-1", messages: [{ role: "user", content: "hi" }] }, { headers: { "x-request-id": "audit-502" } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    const [req, res] = await entries(s.log, "audit-502");
    expect(meta(req)).toMatchObject({ provider: "down" });
    expect(meta(res)).toMatchObject({ status: 502, errorCode: "WARDEN_UPSTREAM_UNREACHABLE" });
  });

  it("GET /v1/models and /v1/models/{id}: one metadata entry each (caller, route, status; no payload), not incomplete", async () => {
    const get = (path: string, id: string, key = s.key) => fetch(`${s.gw.url}${path}`, { headers: { authorization: `Bearer ${key}`, "x-request-id": id } });
    expect((await get("/v1/models", "audit-models")).status).toBe(200);
    expect((await get("/v1/models/demo", "audit-model-one")).status).toBe(200);
    const [list] = await entries(s.log, "audit-models");
    expect(await entries(s.log, "audit-models")).toHaveLength(1);
    expect(list).toMatchObject({ kind: "request", tenant: "t1", app: "a1", payload: null, original: null, keyVersion: null });
    expect(meta(list)).toEqual({ verdict: "served", method: "GET", route: "/v1/models", status: 200, source: "127.0.0.1" });
    const [one] = await entries(s.log, "audit-model-one");
    expect(meta(one)).toMatchObject({ verdict: "served", route: "/v1/models/{id}", status: 200, model: "demo" });
    expect(one?.keyId).toBe(list?.keyId);
    const incomplete = (await s.log.backend.search({ incomplete: true })).map((e) => e.requestId);
    expect(incomplete).not.toContain("audit-models");
    // a model outside the key's allowlist: 404, recorded as a rejected call with the caller it was refused to
    const { key } = s.gw.keys.create({ tenant: "t1", app: "a2", roles: ["app"], models: ["gpt-*"] });
    expect((await get("/v1/models/demo", "audit-model-404", key)).status).toBe(404);
    const [refused] = await entries(s.log, "audit-model-404");
    expect(refused).toMatchObject({ kind: "request", tenant: "t1", app: "a2" });
    expect(meta(refused)).toMatchObject({ verdict: "rejected", errorCode: "WARDEN_ROUTE_UNKNOWN_MODEL", status: 404 });
  });

  it("concurrent calls share group commits, every one is recorded, and the chain verifies", async () => {
    const ids = Array.from({ length: 40 }, (_, i) => `audit-c${i}`);
    await Promise.all(ids.map((id) => postJson(`${s.gw.url}/v1/chat/completions`, { model: "demo", messages: [{ role: "user", content: id }] }, s.key, { "x-request-id": id }).then((r) => r.text())));
    for (const id of ids) expect((await entries(s.log, id)).map((e) => e.kind)).toEqual(["request", "response"]);
    await s.log.checkpoint();
    expect(await verifyLog(s.log.backend)).toMatchObject({ ok: true });
    const [started] = await s.log.backend.search({ kind: "admin" });
    expect(JSON.parse(started?.meta ?? "{}")).toMatchObject({ event: "gateway.started", configSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});

describe("when the audit store fails", () => {
  it("fails closed by default: 503 WARDEN_AUDIT_UNAVAILABLE, nothing forwarded", async () => {
    const s = await start();
    try {
      (s.log.backend as SqliteAuditBackend).db.close();
      const res = await postJson(`${s.gw.url}/v1/chat/completions`, { model: "demo", messages: [{ role: "user", content: "hi" }] }, s.key);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("WARDEN_AUDIT_UNAVAILABLE");
    } finally {
      await s.gw.close();
      rmSync(s.dir, { recursive: true, force: true });
    }
  });

  it("a failed call's error answer is not sent when its response record cannot be written (503 instead)", async () => {
    const s = await start();
    try {
      const log = s.log as AuditLog & { append: AuditLog["append"] };
      const append = log.append.bind(log);
      log.append = async (e) => {
        if (e.kind === "response" && e.requestId === "audit-err-unrecorded") throw new Error("disk full");
        return append(e);
      };
      const res = await postJson(`${s.gw.url}/v1/chat/completions`, { model: "down-1", messages: [{ role: "user", content: "hi" }] }, s.key, { "x-request-id": "audit-err-unrecorded" });
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("WARDEN_AUDIT_UNAVAILABLE");
    } finally {
      await s.gw.close();
      rmSync(s.dir, { recursive: true, force: true });
    }
  });

  it.each([false, true])("an outage (failOpen %s) is itself recorded once the store is back; /readyz says not ready while calls are refused", async (failOpen) => {
    const s = await start({ failOpen });
    try {
      const log = s.log as AuditLog & { append: AuditLog["append"] };
      const append = log.append.bind(log);
      log.append = async () => {
        throw new Error("disk full");
      };
      const during = await Promise.all([1, 2, 3].map((i) => postJson(`${s.gw.url}/v1/chat/completions`, { model: "demo", messages: [{ role: "user", content: `hi ${i}` }] }, s.key).then((r) => r.status)));
      expect(during).toEqual(failOpen ? [200, 200, 200] : [503, 503, 503]);
      expect((await fetch(`${s.gw.url}/readyz`)).status).toBe(failOpen ? 200 : 503);
      log.append = append;
      const after = await postJson(`${s.gw.url}/v1/chat/completions`, { model: "demo", messages: [{ role: "user", content: "back" }] }, s.key, { "x-request-id": "audit-back" });
      expect(after.status).toBe(200);
      await after.text();
      await new Promise((r) => setTimeout(r, 100));
      const events = (await s.log.backend.search({ kind: "admin" })).map(meta).filter((m) => m["event"] === "audit.store.unavailable");
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject(failOpen ? { refusedCalls: 0, failOpen: true } : { refusedCalls: 3, unrecordedWrites: 0, failOpen: false });
      expect(events[0]?.["failedWrites"]).toBeGreaterThanOrEqual(3);
      expect(await verifyLog(s.log.backend)).toMatchObject({ ok: true });
    } finally {
      await s.gw.close();
      rmSync(s.dir, { recursive: true, force: true });
    }
  });

  it("with failOpen: true, the call is served unrecorded", async () => {
    const s = await start({ failOpen: true });
    try {
      (s.log.backend as SqliteAuditBackend).db.close();
      const res = await postJson(`${s.gw.url}/v1/chat/completions`, { model: "demo", messages: [{ role: "user", content: "hi" }] }, s.key);
      expect(res.status).toBe(200);
    } finally {
      await s.gw.close();
      rmSync(s.dir, { recursive: true, force: true });
    }
  });
});

describe("with the gateway's own policy guard", () => {
  it("the decision path and a value-free findings summary are recorded; raw values only in the encrypted payload", async () => {
    const dir = tempDir("warden-audit-policy-");
    const { config } = parseConfig({ dataDir: dir, listen: { host: "127.0.0.1", port: 0 }, logging: { level: "silent" }, audit: { checkpoint: { intervalMs: 0 } } }, {}, "test config");
    const gw = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1" });
    try {
      const { key } = gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
      const email = "alice.liddell@example.com";
      const aws = "AKIAZ7QX4MPL3KRTWBNE";
      const res = await postJson(`${gw.url}/v1/chat/completions`, { model: "demo", messages: [{ role: "user", content: `mail ${email}, key ${aws}` }] }, key, { "x-request-id": "audit-policy" });
      await res.text();
      const log = gw.audit as AuditLog;
      const [req, done] = await entries(log, "audit-policy");
      expect(done?.kind).toBe("response");
      const m = meta(req);
      expect(m["policyVersion"]).toEqual(expect.any(String));
      expect(Array.isArray(m["decisions"])).toBe(true);
      expect((m["findings"] as JsonObject | undefined)?.["count"]).toBeGreaterThan(0);
      expect((m["findings"] as JsonObject | undefined)?.["dataClasses"]).toEqual(expect.arrayContaining(["PII", "SECRET"]));
      for (const e of [req, done]) {
        expect(e?.meta).not.toContain(email);
        expect(e?.meta).not.toContain(aws);
      }
      const opened = await log.open(req as StoredEntry);
      expect(JSON.stringify(opened.original ?? opened.payload)).toContain(email);
    } finally {
      await gw.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("an upstream error is recorded with the upstream's status", async () => {
    const dir = tempDir("warden-audit-upstream-err-");
    const mock = await startMockUpstream();
    mock.use(reply.error(429, { error: { message: "slow down", type: "requests", code: null } }, { "retry-after": "3" }));
    const { config } = parseConfig({ ...mockConfig(mock.url), dataDir: dir, logging: { level: "silent" }, audit: { checkpoint: { intervalMs: 0 } } }, {}, "test config");
    const gw = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1" });
    try {
      const { key } = gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
      const res = await postJson(`${gw.url}/v1/chat/completions`, { model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }, key, { "x-request-id": "audit-429" });
      expect(res.status).toBe(429);
      const [, done] = await entries(gw.audit as AuditLog, "audit-429");
      expect(meta(done)).toMatchObject({ status: 429, upstreamStatus: 429, errorCode: "WARDEN_UPSTREAM_ERROR" });
    } finally {
      await gw.close();
      await mock.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([false, true])("the response side's decisions and findings are in the response record (streamed: %s)", async (stream) => {
    const dir = tempDir("warden-audit-policy-stream-");
    const aws = "AKIAZ7QX4MPL3KRTWBNE";
    const mock = await startMockUpstream();
    mock.use(stream ? reply.sse(chatChunks(["Use the key ", aws.slice(0, 9), aws.slice(9), " for it."])) : reply.json(chatCompletion(`Use the key ${aws} for it.`)));
    const { config } = parseConfig(
      { ...mockConfig(mock.url), dataDir: dir, listen: { host: "127.0.0.1", port: 0 }, logging: { level: "silent" }, audit: { checkpoint: { intervalMs: 0 } } },
      {},
      "test config",
    );
    const gw = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1" });
    try {
      const { key } = gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
      const id = `audit-resp-${stream}`;
      const res = await postJson(`${gw.url}/v1/chat/completions`, { model: "gpt-4o-mini", stream, messages: [{ role: "user", content: "which key?" }] }, key, { "x-request-id": id });
      const text = await res.text();
      expect(text).toContain("[aws-access-key-id]");
      expect(text).not.toContain(aws.slice(4));
      const [, done] = await entries(gw.audit as AuditLog, id);
      expect(done?.kind).toBe("response");
      const m = meta(done);
      expect(m["policyVersion"]).toEqual(expect.any(String));
      const paths = m["decisions"] as JsonObject[];
      expect(paths.map((p) => [p["direction"], p["outcome"]])).toEqual([["response", "transform"]]);
      expect(JSON.stringify(paths)).toContain('"action":"redact"');
      expect((m["findings"] as JsonObject | undefined)?.["count"]).toBeGreaterThan(0);
      expect(done?.meta).not.toContain(aws);
    } finally {
      await gw.close();
      await mock.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
