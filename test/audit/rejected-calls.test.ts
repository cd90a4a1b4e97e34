import { rmSync } from "node:fs";
import OpenAI from "openai";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/load-config.js";
import type { JsonObject } from "../../src/core/json.js";
import { passThroughGuard } from "../../src/enforce/guard.js";
import { type Gateway, startGateway } from "../../src/gateway.js";
import type { StoredEntry } from "../../src/record/audit-entry.js";
import type { AuditLog } from "../../src/record/audit-log.js";
import { SqliteAuditBackend } from "../../src/record/sqlite-audit-backend.js";
import { verifyLog } from "../../src/record/verify-log.js";
import { postJson, tempDir } from "../support/test-gateway.js";

const meta = (e: StoredEntry | undefined): JsonObject => JSON.parse(e?.meta ?? "{}") as JsonObject;

async function start(rejected: object = {}): Promise<{ gw: Gateway; key: string; keyId: string; log: AuditLog; dir: string; url: string }> {
  const dir = tempDir("warden-audit-rejected-");
  const raw = {
    dataDir: dir,
    listen: { host: "127.0.0.1", port: 0 },
    server: { bodyLimit: 4096 },
    providers: { demo: { type: "demo" } },
    routes: [{ models: ["demo*"], provider: "demo" }],
    audit: { checkpoint: { intervalMs: 0 }, rejected },
  };
  const { config } = parseConfig(raw, {}, "test config");
  const gw = await startGateway({ config, logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1", guard: passThroughGuard });
  const { key, record } = gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
  return { gw, key, keyId: record.id, log: gw.audit as AuditLog, dir, url: `${gw.url}/v1/chat/completions` };
}

const chat = (content: string, model = "demo") => ({ model, messages: [{ role: "user" as const, content }] });

describe("calls refused before routing are recorded (metadata only)", () => {
  let s: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    s = await start();
  });
  afterAll(async () => {
    await s.gw.close();
    const backend = new SqliteAuditBackend(`${s.dir}/audit.db`, { readonly: true });
    expect(await verifyLog(backend)).toMatchObject({ ok: true });
    await backend.close();
    rmSync(s.dir, { recursive: true, force: true });
  });

  /** The single entry of a request id, read from the store right after the response (it must be durable). */
  async function only(requestId: string): Promise<StoredEntry> {
    const found = await s.log.backend.search({ requestId });
    expect(found).toHaveLength(1);
    return found[0] as StoredEntry;
  }

  it("missing key (openai client): code, status, path, source; no principal, no payload", async () => {
    const client = new OpenAI({ apiKey: "", baseURL: `${s.gw.url}/v1`, maxRetries: 0, defaultHeaders: { authorization: "" } });
    const err = await client.chat.completions.create(chat("hi"), { headers: { "x-request-id": "rej-missing" } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    const e = await only("rej-missing");
    expect(e).toMatchObject({ kind: "request", tenant: "", app: "", keyId: "", payload: null, original: null });
    expect(meta(e)).toEqual({ verdict: "rejected", errorCode: "WARDEN_AUTH_MISSING_KEY", status: 401, method: "POST", path: "/v1/chat/completions", source: "127.0.0.1" });
  });

  it("an invalid key is never stored, not even in part", async () => {
    const presented = "wk_live_this-is-not-a-valid-key-0123456789";
    const res = await postJson(s.url, chat("hello"), presented, { "x-request-id": "rej-invalid" });
    expect(res.status).toBe(401);
    const e = await only("rej-invalid");
    expect(meta(e)).toMatchObject({ errorCode: "WARDEN_AUTH_MALFORMED_KEY", status: 401 });
    const db = (s.log.backend as SqliteAuditBackend).db;
    const hits = db.prepare("SELECT count(*) AS n FROM audit_entries WHERE instr(meta, ?) > 0 OR instr(request_id, ?) > 0").get("0123456789", "0123456789") as { n: number };
    expect(hits.n).toBe(0);
  });

  it("a revoked key: refused and recorded without a principal", async () => {
    const { key, record } = s.gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
    s.gw.keys.revoke(record.id);
    // Revocation reaches the authenticator within a second.
    let status = 200;
    for (let i = 0; i < 40 && status !== 401; i++) {
      const res = await postJson(s.url, chat("hi"), key, { "x-request-id": `rej-revoked-${i}` });
      status = res.status;
      await res.text();
      if (status !== 401) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(401);
    const [e] = await s.log.backend.search({ rejected: true, tenant: "" });
    expect(e).toBeDefined();
    const revoked = (await s.log.backend.search({ rejected: true })).filter((x) => meta(x)["errorCode"] === "WARDEN_AUTH_REVOKED_KEY");
    expect(revoked).toHaveLength(1);
  });

  it("valid key, invalid JSON: the principal is recorded, the body is not", async () => {
    const res = await postJson(s.url, '{"model":"demo","messages":[{"role":"user","content":"TOPSECRET-BODY"', s.key, { "x-request-id": "rej-json" });
    expect(res.status).toBe(400);
    const e = await only("rej-json");
    expect(e).toMatchObject({ tenant: "t1", app: "a1", keyId: s.keyId, payload: null, original: null });
    expect(meta(e)).toMatchObject({ errorCode: "WARDEN_REQUEST_INVALID_JSON", status: 400 });
    expect(e.meta).not.toContain("TOPSECRET");
  });

  it("a valid key without the app role: refused with the caller's identity recorded", async () => {
    const op = s.gw.keys.create({ tenant: "t1", app: "ops", roles: ["operator"] });
    const res = await postJson(s.url, chat("hi"), op.key, { "x-request-id": "rej-role" });
    expect(res.status).toBe(403);
    expect(await only("rej-role")).toMatchObject({ tenant: "t1", app: "ops", keyId: op.record.id, payload: null });
    expect(meta(await only("rej-role"))).toMatchObject({ errorCode: "WARDEN_AUTH_ROLE_REQUIRED", status: 403 });
  });

  it("body too large, unknown model, invalid request", async () => {
    const big = await postJson(s.url, chat("x".repeat(10_000)), s.key, { "x-request-id": "rej-big" });
    expect(big.status).toBe(413);
    expect(meta(await only("rej-big"))).toMatchObject({ errorCode: "WARDEN_REQUEST_TOO_LARGE", status: 413 });
    const unknown = await postJson(s.url, chat("hi", "no-such-model"), s.key, { "x-request-id": "rej-model" });
    expect(unknown.status).toBe(404);
    expect(await only("rej-model")).toMatchObject({ tenant: "t1" });
    expect(meta(await only("rej-model"))).toMatchObject({ errorCode: "WARDEN_ROUTE_UNKNOWN_MODEL" });
    const invalid = await postJson(s.url, { model: "demo", messages: "not a list" }, s.key, { "x-request-id": "rej-invalid-req" });
    expect(invalid.status).toBe(400);
    expect(meta(await only("rej-invalid-req"))).toMatchObject({ errorCode: "WARDEN_REQUEST_INVALID" });
  });

  it("unknown paths and wrong methods under /v1, and /v1/models without a key; not /healthz", async () => {
    const notFound = await fetch(`${s.gw.url}/v1/no/such/thing`, { method: "POST", headers: { "x-request-id": "rej-404" } });
    expect(notFound.status).toBe(404);
    expect(meta(await only("rej-404"))).toMatchObject({ errorCode: "WARDEN_REQUEST_NOT_FOUND", path: "/v1/no/such/thing" });
    // a key or an address pasted into the URL is not kept in clear (the chain's metadata cannot be purged later)
    const pasted = await fetch(`${s.gw.url}/v1/models/${s.key}/bob@example.com`, { headers: { "x-request-id": "rej-pasted", authorization: `Bearer ${s.key}` } });
    expect(pasted.status).toBe(404);
    const e = await only("rej-pasted");
    expect(meta(e)["path"]).toBe("/v1/models/*/*");
    expect(e.meta).not.toContain(s.key);
    expect(e.meta).not.toContain("bob@");
    const method = await fetch(s.url, { method: "GET", headers: { "x-request-id": "rej-405" } });
    expect(method.status).toBe(405);
    expect(meta(await only("rej-405"))).toMatchObject({ errorCode: "WARDEN_REQUEST_METHOD", method: "GET" });
    const models = await fetch(`${s.gw.url}/v1/models`, { headers: { "x-request-id": "rej-models" } });
    expect(models.status).toBe(401);
    expect(meta(await only("rej-models"))).toMatchObject({ errorCode: "WARDEN_AUTH_MISSING_KEY", path: "/v1/models" });
    await (await fetch(`${s.gw.url}/healthz`, { headers: { "x-request-id": "rej-health" } })).text();
    await (await fetch(`${s.gw.url}/v1/models`, { headers: { "x-request-id": "ok-models", authorization: `Bearer ${s.key}` } })).text();
    expect(await s.log.backend.search({ requestId: "rej-health" })).toHaveLength(0);
    // a served model list is recorded too, as a metadata entry (not a rejection)
    const ok = await s.log.backend.search({ requestId: "ok-models" });
    expect(ok.map((x) => meta(x)["verdict"])).toEqual(["served"]);
  });

  it("served calls are not rejections, and rejections are not incomplete calls", async () => {
    const res = await postJson(s.url, chat("fine"), s.key, { "x-request-id": "served-1" });
    expect(res.status).toBe(200);
    expect((await s.log.backend.search({ requestId: "served-1" })).map((e) => e.kind)).toEqual(["request", "response"]);
    expect(meta((await s.log.backend.search({ requestId: "served-1" }))[0])["verdict"]).toBe("forward");
    const incomplete = await s.log.backend.search({ incomplete: true });
    expect(incomplete).toHaveLength(0);
    const rejected = await s.log.backend.search({ rejected: true });
    expect(rejected.length).toBeGreaterThanOrEqual(9);
    expect(rejected.every((e) => meta(e)["verdict"] === "rejected")).toBe(true);
  });
});

describe("a flood of bad requests", () => {
  it("is counted, not recorded one by one; served calls during it are recorded in full", async () => {
    // Windows are aligned to the clock (every replica agrees on them): with one-minute windows a slow run crossed a
    // minute boundary now and then and saw two windows' worth of entries. One-hour windows, started well clear of
    // the hour's end, keep the whole flood in one window.
    const windowMs = 3_600_000;
    const left = windowMs - (Date.now() % windowMs);
    if (left < 60_000) await new Promise((r) => setTimeout(r, left + 100));
    const s = await start({ windowMs, perSource: 3, perWindow: 10, maxGroups: 5 });
    try {
      const n = 400;
      const bad = Array.from({ length: n }, (_, i) => postJson(s.url, chat("x"), i % 2 === 0 ? undefined : `wk_bad_${i}`, { "x-request-id": `flood-${i}` }).then((r) => r.status));
      const good = Array.from({ length: 20 }, (_, i) => postJson(s.url, chat(`ok ${i}`), s.key, { "x-request-id": `good-${i}` }).then((r) => r.status));
      const [badStatus, goodStatus] = await Promise.all([Promise.all(bad), Promise.all(good)]);
      expect(badStatus.every((st) => st === 401)).toBe(true);
      expect(goodStatus.every((st) => st === 200)).toBe(true);
      for (let i = 0; i < 20; i++) expect((await s.log.backend.search({ requestId: `good-${i}` })).map((e) => e.kind)).toEqual(["request", "response"]);
      // Two (code, source) pairs: 3 entries of their own each, the rest counted when the window closes.
      const own = (await s.log.backend.search({ rejected: true })).filter((e) => e.requestId.startsWith("flood-"));
      expect(own).toHaveLength(6);
      await s.gw.close(); // closes the window: the counts are written before the log closes
      const backend = new SqliteAuditBackend(`${s.dir}/audit.db`, { readonly: true });
      const counts = (await backend.search({ rejected: true })).filter((e) => e.requestId.startsWith("rejections_")).map(meta);
      expect(counts.map((m) => m["errorCode"]).sort()).toEqual(["WARDEN_AUTH_MALFORMED_KEY", "WARDEN_AUTH_MISSING_KEY"]);
      expect(counts.reduce((t, m) => t + (m["count"] as number), 0)).toBe(n - 6);
      expect(counts[0]).toMatchObject({ verdict: "rejected", source: "127.0.0.1", paths: { "/v1/chat/completions": expect.any(Number) } });
      expect(await verifyLog(backend)).toMatchObject({ ok: true });
      await backend.close();
    } finally {
      await s.gw.close();
      rmSync(s.dir, { recursive: true, force: true });
    }
  }, 120_000);
});
