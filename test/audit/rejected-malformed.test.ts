/**
 * Malformed requests, on model traffic and on the admin API, become rejected-call entries (metadata only: never
 * the body) through the flood-limited rejection recorder; each case through a real HTTP exchange.
 */
import { request } from "node:http";
import { connect } from "node:net";
import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../src/core/principal.js";
import type { StoredEntry } from "../../src/record/audit-entry.js";
import { verifyLog } from "../../src/record/verify-log.js";
import type { TestGateway } from "../support/test-gateway.js";
import { adminCall, codeOf, startAdminGateway } from "../admin/admin-support.js";

let tg: TestGateway & { creds: Record<Role, string> };
let keyId: string;
const SECRET = "TOPSECRET-BODY-4711";

beforeAll(async () => {
  // Generous flood limits: every case below gets an entry of its own.
  tg = await startAdminGateway({ server: { bodyLimit: 4096 }, admin: { bodyLimit: 1024 }, audit: { checkpoint: { intervalMs: 0 }, rejected: { perSource: 100, perWindow: 1000 } } });
  const made = tg.gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
  tg.key = made.key;
  keyId = made.record.id;
});
afterAll(async () => {
  expect(await verifyLog(tg.gw.audit!.backend)).toMatchObject({ ok: true });
  // Nothing of any refused body reached the log, in any column.
  const all = await tg.gw.audit!.backend.search({});
  expect(all.some((e) => e.meta.includes(SECRET) || e.requestId.includes(SECRET))).toBe(false);
  await tg?.close();
});

const meta = (e: StoredEntry | undefined): Record<string, unknown> => JSON.parse(e?.meta ?? "{}") as Record<string, unknown>;

/** The one entry of a request id, read right after the answer (it must already be durable). */
async function only(requestId: string): Promise<StoredEntry> {
  const found = await tg.gw.audit!.backend.search({ requestId });
  expect(found).toHaveLength(1);
  const e = found[0] as StoredEntry;
  expect(e).toMatchObject({ kind: "request", payload: null, original: null });
  return e;
}

/** A raw POST (bytes as given, optionally chunked without a length), answered status. */
function rawPost(path: string, body: Buffer, headers: Record<string, string>, chunked = false): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${tg.url}${path}`, { method: "POST", headers: chunked ? headers : { ...headers, "content-length": String(body.length) } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    if (chunked) {
      // Written in pieces, no content-length: only the bytes actually read can trip the limit.
      for (let i = 0; i < body.length; i += 1024) req.write(body.subarray(i, i + 1024));
      req.end();
    } else req.end(body);
  });
}

const chat = (content: string) => JSON.stringify({ model: "demo", messages: [{ role: "user", content }] });

describe("model traffic: malformed bodies are recorded as rejected calls, with the principal, without the body", () => {
  const auth = () => ({ authorization: `Bearer ${tg.key}`, "content-type": "application/json" });

  it("invalid UTF-8", async () => {
    const body = Buffer.concat([Buffer.from(`{"model":"demo","messages":[{"role":"user","content":"${SECRET} `), Buffer.from([0xc3, 0x28]), Buffer.from('"}]}')]);
    expect(await rawPost("/v1/chat/completions", body, { ...auth(), "x-request-id": "mal-utf8" })).toBe(400);
    const e = await only("mal-utf8");
    expect(e).toMatchObject({ tenant: "t1", app: "a1", keyId });
    expect(meta(e)).toEqual({ verdict: "rejected", errorCode: "WARDEN_REQUEST_INVALID_UTF8", status: 400, method: "POST", path: "/v1/chat/completions", source: "127.0.0.1" });
  });

  it("bad JSON", async () => {
    expect(await rawPost("/v1/chat/completions", Buffer.from(chat(SECRET).slice(0, -3)), { ...auth(), "x-request-id": "mal-json" })).toBe(400);
    expect(meta(await only("mal-json"))).toMatchObject({ errorCode: "WARDEN_REQUEST_INVALID_JSON", status: 400 });
  });

  it("too large: by the declared length, and by the bytes read from a chunked body", async () => {
    const big = Buffer.from(chat(`${SECRET} ${"x".repeat(8000)}`));
    expect(await rawPost("/v1/chat/completions", big, { ...auth(), "x-request-id": "mal-big" })).toBe(413);
    expect(meta(await only("mal-big"))).toMatchObject({ errorCode: "WARDEN_REQUEST_TOO_LARGE", status: 413 });
    expect(await rawPost("/v1/chat/completions", big, { ...auth(), "x-request-id": "mal-big-chunked" }, true)).toBe(413);
    expect(meta(await only("mal-big-chunked"))).toMatchObject({ errorCode: "WARDEN_REQUEST_TOO_LARGE", status: 413 });
  });

  it("wrong content type", async () => {
    expect(await rawPost("/v1/chat/completions", Buffer.from(chat(SECRET)), { ...auth(), "content-type": "text/plain", "x-request-id": "mal-type" })).toBe(415);
    expect(meta(await only("mal-type"))).toMatchObject({ errorCode: "WARDEN_REQUEST_CONTENT_TYPE", status: 415 });
  });

  it("wrong types (OpenAI shape and, through the Anthropic client, the Anthropic shape)", async () => {
    const body = Buffer.from(JSON.stringify({ model: "demo", messages: SECRET, max_tokens: "many" }));
    expect(await rawPost("/v1/chat/completions", body, { ...auth(), "x-request-id": "mal-types" })).toBe(400);
    expect(meta(await only("mal-types"))).toMatchObject({ errorCode: "WARDEN_REQUEST_INVALID", status: 400 });
    const client = new Anthropic({ apiKey: tg.key, baseURL: tg.url, maxRetries: 0 });
    const err = await client.messages
      .create({ model: "demo", max_tokens: 10, messages: SECRET as unknown as [] }, { headers: { "x-request-id": "mal-anthropic" } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect(meta(await only("mal-anthropic"))).toMatchObject({ errorCode: "WARDEN_REQUEST_INVALID", path: "/v1/messages" });
  });

  it("not even valid HTTP: recorded with Node's parser code, no method or path", async () => {
    const before = (await tg.gw.audit!.backend.search({ rejected: true })).length;
    const answer = await new Promise<string>((resolve, reject) => {
      const s = connect(Number(new URL(tg.url).port), "127.0.0.1", () => s.write(`G@RBAGE /v1/chat/completions ${SECRET}\r\n\r\n`));
      let text = "";
      s.on("data", (d: Buffer) => (text += d.toString("latin1")));
      s.on("end", () => resolve(text));
      s.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    const rows = (await tg.gw.audit!.backend.search({ rejected: true })).slice(before).map(meta);
    expect(rows).toEqual([{ verdict: "rejected", errorCode: "WARDEN_REQUEST_MALFORMED", status: 400, method: "", path: "", source: "127.0.0.1", reason: expect.stringMatching(/^HPE_/) }]);
  });
});

describe("admin API: malformed and unauthorised requests are recorded as rejected calls", () => {
  const adminEvents = async () => (await tg.gw.audit!.backend.search({ kind: "admin" })).map((e) => meta(e));

  it("bad JSON, invalid UTF-8, too large, wrong content type, wrong types, bad query, unknown path: the caller's principal, no body, no admin event", async () => {
    const admin = tg.creds.admin;
    const cases: { id: string; send: () => Promise<number>; code: string; status: number }[] = [
      { id: "adm-json", code: "WARDEN_REQUEST_INVALID_JSON", status: 400, send: async () => (await adminCall(tg.url, "POST", "/admin/v1/tenants", admin, `{"id":"${SECRET}"`, { "x-request-id": "adm-json" })).status },
      {
        id: "adm-utf8",
        code: "WARDEN_REQUEST_INVALID_UTF8",
        status: 400,
        send: () => rawPost("/admin/v1/tenants", Buffer.concat([Buffer.from(`{"id":"${SECRET}`), Buffer.from([0xff]), Buffer.from('"}')]), { authorization: `Bearer ${admin}`, "content-type": "application/json", "x-request-id": "adm-utf8" }),
      },
      { id: "adm-big", code: "WARDEN_REQUEST_TOO_LARGE", status: 413, send: async () => (await adminCall(tg.url, "POST", "/admin/v1/tenants", admin, { id: "big", name: `${SECRET}${"x".repeat(2000)}` }, { "x-request-id": "adm-big" })).status },
      { id: "adm-type", code: "WARDEN_REQUEST_CONTENT_TYPE", status: 415, send: async () => (await adminCall(tg.url, "POST", "/admin/v1/tenants", admin, { id: "x" }, { "content-type": "text/plain", "x-request-id": "adm-type" })).status },
      { id: "adm-types", code: "WARDEN_ADMIN_INVALID_BODY", status: 400, send: async () => (await adminCall(tg.url, "POST", "/admin/v1/tenants", admin, { id: 42, name: [SECRET] }, { "x-request-id": "adm-types" })).status },
      { id: "adm-query", code: "WARDEN_ADMIN_INVALID_QUERY", status: 400, send: async () => (await adminCall(tg.url, "GET", `/admin/v1/tenants/t1/audit/records?limit=${SECRET}`, admin, undefined, { "x-request-id": "adm-query" })).status },
      { id: "adm-404", code: "WARDEN_ADMIN_NOT_FOUND", status: 404, send: async () => (await adminCall(tg.url, "GET", "/admin/v1/no/such/route", admin, undefined, { "x-request-id": "adm-404" })).status },
      { id: "adm-405", code: "WARDEN_REQUEST_METHOD", status: 405, send: async () => (await adminCall(tg.url, "DELETE", "/admin/v1/tenants", admin, undefined, { "x-request-id": "adm-405" })).status },
    ];
    const adminKeyId = (await adminCall(tg.url, "GET", "/admin/v1/whoami", admin)).json?.["keyId"];
    for (const c of cases) {
      expect([c.id, await c.send()]).toEqual([c.id, c.status]);
      const e = await only(c.id);
      expect(e).toMatchObject({ tenant: "root", app: "admin-app" });
      if (typeof adminKeyId === "string") expect(e.keyId).toBe(adminKeyId);
      expect(meta(e)).toMatchObject({ verdict: "rejected", errorCode: c.code, status: c.status, source: "127.0.0.1" });
    }
    const events = await adminEvents();
    for (const c of cases) expect(events.filter((m) => m["requestId"] === c.id)).toEqual([]);
  });

  it("no credential, a bad credential, a credential without the role", async () => {
    const none = await adminCall(tg.url, "GET", "/admin/v1/tenants", undefined, undefined, { "x-request-id": "adm-anon" });
    expect([none.status, codeOf(none)]).toEqual([401, "WARDEN_AUTH_MISSING_KEY"]);
    expect(await only("adm-anon")).toMatchObject({ tenant: "", keyId: "" });
    const bad = await adminCall(tg.url, "POST", "/admin/v1/tenants", "wdn_not-a-real-key-0123456789abcdef", { id: SECRET }, { "x-request-id": "adm-badkey" });
    expect(bad.status).toBe(401);
    expect(meta(await only("adm-badkey"))).toMatchObject({ verdict: "rejected", status: 401, path: "/admin/v1/tenants", method: "POST" });
    // An authenticated caller without the role is evidence of who tried what: an admin event (as before), not a count.
    const forbidden = await adminCall(tg.url, "GET", "/admin/v1/tenants", tg.creds.auditor, undefined, { "x-request-id": "adm-forbidden" });
    expect([forbidden.status, codeOf(forbidden)]).toEqual([403, "WARDEN_ADMIN_FORBIDDEN"]);
    expect((await adminEvents()).find((m) => m["requestId"] === "adm-forbidden")).toMatchObject({ event: "admin.tenants.list", outcome: "refused", code: "WARDEN_ADMIN_FORBIDDEN" });
  });
});
