import { gzipSync } from "node:zlib";
import { request } from "node:http";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** What fetch accepts as a body (the DOM lib type is not in this project's lib). */
type BodyInit = string | Buffer;
import { generateApiKey } from "../../src/authenticate/api-key.js";
import { type ErrorFormat, expectErrorResponse } from "../support/expect-error.js";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

let mock: MockUpstream;
let t: TestGateway;

beforeAll(async () => {
  mock = await startMockUpstream();
  // A small body limit, and no catch-all route (so unknown models have nowhere to go).
  t = await startTestGateway(
    mockConfig(mock.url, {
      server: { bodyLimit: "2kb" },
      routes: [
        { models: ["gpt-*"], provider: "openai" },
        { models: ["claude-*"], provider: "anthropic" },
      ],
    }),
  );
});

afterAll(async () => {
  await t.close();
  await mock.close();
});

interface Api {
  format: ErrorFormat;
  path: string;
  model: string;
  auth(key: string): Record<string, string>;
  valid(): Record<string, unknown>;
}

const APIS: Api[] = [
  {
    format: "openai",
    path: "/v1/chat/completions",
    model: "gpt-4o-mini",
    auth: (key) => ({ authorization: `Bearer ${key}` }),
    valid: () => ({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }),
  },
  {
    format: "anthropic",
    path: "/v1/messages",
    model: "claude-mock-1",
    auth: (key) => ({ "x-api-key": key, "anthropic-version": "2023-06-01" }),
    valid: () => ({ model: "claude-mock-1", max_tokens: 10, messages: [{ role: "user", content: "hi" }] }),
  },
];

function send(api: Api, body: BodyInit, headers: Record<string, string> = {}, key: string | null = t.key): Promise<Response> {
  return fetch(t.url + api.path, { method: "POST", headers: { "content-type": "application/json", ...(key ? api.auth(key) : {}), ...headers }, body });
}

describe.each(APIS)("request errors in the $format format ($path)", (api) => {
  const bodyCases: { name: string; body: () => BodyInit; headers?: Record<string, string>; status: number; code: string }[] = [
    { name: "malformed JSON", body: () => '{"model": "x", "messages": [', status: 400, code: "WARDEN_REQUEST_INVALID_JSON" },
    { name: "empty body", body: () => "", status: 400, code: "WARDEN_REQUEST_INVALID_JSON" },
    { name: "wrong content type", body: () => JSON.stringify(api.valid()), headers: { "content-type": "text/plain" }, status: 415, code: "WARDEN_REQUEST_CONTENT_TYPE" },
    { name: "form content type", body: () => "model=x", headers: { "content-type": "application/x-www-form-urlencoded" }, status: 415, code: "WARDEN_REQUEST_CONTENT_TYPE" },
    { name: "body over the limit", body: () => JSON.stringify({ ...api.valid(), pad: "x".repeat(4096) }), status: 413, code: "WARDEN_REQUEST_TOO_LARGE" },
    { name: "gzip-compressed body", body: () => gzipSync(JSON.stringify(api.valid())), headers: { "content-encoding": "gzip" }, status: 415, code: "WARDEN_REQUEST_CONTENT_TYPE" },
    { name: "invalid UTF-8 bytes", body: () => Buffer.concat([Buffer.from('{"model":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('","messages":[]}')]), status: 400, code: "WARDEN_REQUEST_INVALID_UTF8" },
    { name: "JSON array body", body: () => JSON.stringify([api.valid()]), status: 400, code: "WARDEN_REQUEST_INVALID" },
    { name: "JSON string body", body: () => '"hello"', status: 400, code: "WARDEN_REQUEST_INVALID" },
    { name: "missing messages", body: () => JSON.stringify({ model: api.model }), status: 400, code: "WARDEN_REQUEST_INVALID" },
    { name: "missing model", body: () => JSON.stringify({ messages: [{ role: "user", content: "hi" }] }), status: 400, code: "WARDEN_REQUEST_INVALID" },
    { name: "model not a string", body: () => JSON.stringify({ ...api.valid(), model: 42 }), status: 400, code: "WARDEN_REQUEST_INVALID" },
    { name: "messages not an array", body: () => JSON.stringify({ ...api.valid(), messages: "hi" }), status: 400, code: "WARDEN_REQUEST_INVALID" },
    { name: "a message that is not an object", body: () => JSON.stringify({ ...api.valid(), messages: ["hi"] }), status: 400, code: "WARDEN_REQUEST_INVALID" },
    { name: "a message without a role", body: () => JSON.stringify({ ...api.valid(), messages: [{ content: "hi" }] }), status: 400, code: "WARDEN_REQUEST_INVALID" },
    { name: "content of the wrong type", body: () => JSON.stringify({ ...api.valid(), messages: [{ role: "user", content: 5 }] }), status: 400, code: "WARDEN_REQUEST_INVALID" },
    { name: "stream not a boolean", body: () => JSON.stringify({ ...api.valid(), stream: "yes" }), status: 400, code: "WARDEN_REQUEST_INVALID" },
    { name: "unknown model (no catch-all route)", body: () => JSON.stringify({ ...api.valid(), model: "llama-3-70b" }), status: 404, code: "WARDEN_ROUTE_UNKNOWN_MODEL" },
  ];

  it.each(bodyCases)("$name → $status $code", async ({ body, headers, status, code }) => {
    const before = mock.requests.length;
    const res = await send(api, body(), headers);
    const json = await expectErrorResponse(res, status, code, api.format);
    expect(mock.requests.length).toBe(before);
    if (code === "WARDEN_REQUEST_INVALID") {
      // The message names the problem (curated), never a parser's internal message.
      const message = api.format === "openai" ? (json["error"] as { message: string }).message : (json["error"] as { message: string }).message;
      expect(message.length).toBeGreaterThan(10);
    }
  });

  it("a body over the limit without content-length (chunked) → 413", async () => {
    const res = await new Promise<{ status: number; body: string; requestId: string | undefined }>((resolve, reject) => {
      const req = request(t.url + api.path, { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked", ...api.auth(t.key) } }, (r) => {
        let body = "";
        r.setEncoding("utf8");
        r.on("data", (c: string) => (body += c));
        r.on("end", () => resolve({ status: r.statusCode ?? 0, body, requestId: r.headers["x-request-id"] as string | undefined }));
      });
      req.on("error", reject);
      for (let i = 0; i < 8; i++) req.write(`{"pad${i}": "${"y".repeat(500)}",`);
      req.end('"model":"x"}');
    });
    expect(res.status).toBe(413);
    expect(JSON.stringify(JSON.parse(res.body))).toContain("WARDEN_REQUEST_TOO_LARGE");
  });

  const authCases: { name: string; key: () => string | null; headers?: Record<string, string>; code: string }[] = [
    { name: "missing key", key: () => null, code: "WARDEN_AUTH_MISSING_KEY" },
    { name: "empty bearer", key: () => null, headers: { authorization: "Bearer " }, code: "WARDEN_AUTH_MISSING_KEY" },
    { name: "garbage key", key: () => "sk-not-a-warden-key", code: "WARDEN_AUTH_MALFORMED_KEY" },
    { name: "well-formed key that was never issued", key: () => generateApiKey().key, code: "WARDEN_AUTH_INVALID_KEY" },
    { name: "a real key with one character changed", key: () => t.key.slice(0, -1) + (t.key.endsWith("A") ? "B" : "A"), code: "WARDEN_AUTH_INVALID_KEY" },
    {
      name: "revoked key",
      key: () => {
        const { record, key } = t.gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"] });
        t.gw.keys.revoke(record.id);
        return key;
      },
      code: "WARDEN_AUTH_REVOKED_KEY",
    },
    { name: "expired key", key: () => t.gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"], expiresAt: Date.now() - 1_000 }).key, code: "WARDEN_AUTH_EXPIRED_KEY" },
  ];

  it.each(authCases)("$name → 401 $code", async ({ key, headers, code }) => {
    const res = await send(api, JSON.stringify(api.valid()), headers, key());
    await expectErrorResponse(res, 401, code, api.format);
  });

  it("authentication comes before body parsing (no hint about the body to an unauthenticated caller)", async () => {
    const res = await send(api, "{not json", {}, null);
    await expectErrorResponse(res, 401, "WARDEN_AUTH_MISSING_KEY", api.format);
  });

  it("wrong method → 405", async () => {
    const res = await fetch(t.url + api.path, { method: "GET", headers: api.auth(t.key) });
    await expectErrorResponse(res, 405, "WARDEN_REQUEST_METHOD", api.format);
  });
});

describe("routing errors", () => {
  it.each([
    { method: "POST", path: "/v1/nope", headers: {} as Record<string, string>, format: "openai" as const },
    { method: "GET", path: "/", headers: {} as Record<string, string>, format: "openai" as const },
    { method: "POST", path: "/v2/chat/completions", headers: {} as Record<string, string>, format: "openai" as const },
    { method: "POST", path: "/v1/messages/nope", headers: { "anthropic-version": "2023-06-01" }, format: "anthropic" as const },
  ])("$method $path → 404 in the $format format", async ({ method, path, headers, format }) => {
    const res = await fetch(t.url + path, { method, headers });
    await expectErrorResponse(res, 404, "WARDEN_REQUEST_NOT_FOUND", format);
  });

  it("GET /v1/models without a key → 401; with x-api-key → Anthropic-style list", async () => {
    await expectErrorResponse(await fetch(`${t.url}/v1/models`), 401, "WARDEN_AUTH_MISSING_KEY", "openai");
    await expectErrorResponse(await fetch(`${t.url}/v1/models`, { headers: { "x-api-key": "nope" } }), 401, "WARDEN_AUTH_MALFORMED_KEY", "anthropic");
    const res = await fetch(`${t.url}/v1/models`, { headers: { "x-api-key": t.key, "anthropic-version": "2023-06-01" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: [], has_more: false });
  });

  it("HEAD /v1/models (and /healthz, /readyz) answers like GET, without a body", async () => {
    const get = await fetch(`${t.url}/v1/models`, { headers: { authorization: `Bearer ${t.key}` } });
    const getText = await get.text();
    const head = await fetch(`${t.url}/v1/models`, { method: "HEAD", headers: { authorization: `Bearer ${t.key}` } });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("application/json");
    expect(head.headers.get("content-length")).toBe(String(Buffer.byteLength(getText)));
    expect(head.headers.get("x-request-id")).toMatch(/\S/);
    expect(await head.text()).toBe("");
    const denied = await fetch(`${t.url}/v1/models`, { method: "HEAD" });
    expect(denied.status).toBe(401);
    expect(await denied.text()).toBe("");
    for (const path of ["/healthz", "/readyz"]) expect((await fetch(`${t.url}${path}`, { method: "HEAD" })).status).toBe(200);
    expect((await fetch(`${t.url}/v1/models`, { method: "DELETE", headers: { authorization: `Bearer ${t.key}` } })).status).toBe(405);
  });

  it("a query string does not change routing", async () => {
    const res = await fetch(`${t.url}/v1/chat/completions?foo=bar`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${t.key}` },
      body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }),
    });
    expect(res.status).toBe(200);
  });
});

describe("the OpenAI SDK sees stable codes", () => {
  it("unknown model → NotFoundError with code WARDEN_ROUTE_UNKNOWN_MODEL", async () => {
    const client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
    const err = await client.chat.completions.create({ model: "mystery-model", messages: [{ role: "user", content: "hi" }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
    expect((err as InstanceType<typeof OpenAI.NotFoundError>).code).toBe("WARDEN_ROUTE_UNKNOWN_MODEL");
  });

  it("the gateway still serves normal requests after all of the above", async () => {
    const client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
    const res = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "still alive?" }] });
    expect(res.choices[0]?.message.content).toBe("Hello from the mock");
  });
});
