/**
 * `GET /v1/models/{id}` through the real SDKs (`client.models.retrieve`): a model a route serves comes back in the
 * API's shape, an unknown or disallowed id is a 404 in the API's error shape, and nothing reaches the upstream.
 */
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

let mock: MockUpstream;
let t: TestGateway;
let openai: OpenAI;
let anthropic: Anthropic;
let restricted: OpenAI;

beforeAll(async () => {
  mock = await startMockUpstream();
  // No catch-all route: a name no route takes is unknown.
  t = await startTestGateway(
    mockConfig(mock.url, {
      routes: [
        { models: ["gpt-4o-mini", "gpt-*"], provider: "openai" },
        { models: ["claude-*"], provider: "anthropic" },
        { models: ["org/*"], provider: "demo" },
      ],
    }),
  );
  openai = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
  anthropic = new Anthropic({ apiKey: t.key, baseURL: t.url, maxRetries: 0 });
  const { key } = t.gw.keys.create({ tenant: "t1", app: "a1", roles: ["app"], models: ["gpt-*"] });
  restricted = new OpenAI({ apiKey: key, baseURL: `${t.url}/v1`, maxRetries: 0 });
});

afterAll(async () => {
  await t.close();
  await mock.close();
});

/** The SDK's error for a call expected to fail. */
async function failure(p: Promise<unknown>): Promise<InstanceType<typeof OpenAI.APIError>> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(OpenAI.APIError);
  return e as InstanceType<typeof OpenAI.APIError>;
}

describe("GET /v1/models/{id}", () => {
  it("a listed model, in OpenAI's shape", async () => {
    const m = await openai.models.retrieve("gpt-4o-mini");
    expect({ ...m }).toEqual({ id: "gpt-4o-mini", object: "model", created: 0, owned_by: "openai" });
  });

  it("a model a glob route serves (not in the list), with the route's provider", async () => {
    expect((await openai.models.retrieve("gpt-4.1")).owned_by).toBe("openai");
    expect((await openai.models.retrieve("claude-sonnet-4")).owned_by).toBe("anthropic");
    // the SDK percent-encodes the slash; the name is decoded before it is routed
    expect((await openai.models.retrieve("org/llama-3")).id).toBe("org/llama-3");
  });

  it("an id no route takes: 404 in OpenAI's error shape", async () => {
    const e = await failure(openai.models.retrieve("mistral-large"));
    expect(e.status).toBe(404);
    expect(e).toBeInstanceOf(OpenAI.NotFoundError);
    expect(e.code).toBe("WARDEN_ROUTE_UNKNOWN_MODEL");
    expect((e.error as { type?: string }).type).toBe("invalid_request_error");
  });

  it("a model outside the key's allowlist is unknown to that key (404, not 403), one inside it is served", async () => {
    expect((await restricted.models.retrieve("gpt-4o-mini")).id).toBe("gpt-4o-mini");
    const e = await failure(restricted.models.retrieve("claude-sonnet-4"));
    expect(e.status).toBe(404);
    expect(e.code).toBe("WARDEN_ROUTE_UNKNOWN_MODEL");
    // and the list agrees
    const ids: string[] = [];
    for await (const m of restricted.models.list()) ids.push(m.id);
    expect(ids).toEqual(["gpt-4o-mini"]);
  });

  it("needs a key; a bad percent-encoding is unknown; other methods are 405", async () => {
    const anon = await fetch(`${t.url}/v1/models/gpt-4o-mini`);
    expect(anon.status).toBe(401);
    const bad = await fetch(`${t.url}/v1/models/%E0%A4%A`, { headers: { authorization: `Bearer ${t.key}` } });
    expect(bad.status).toBe(404);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("WARDEN_ROUTE_UNKNOWN_MODEL");
    const post = await fetch(`${t.url}/v1/models/gpt-4o-mini`, { method: "POST", headers: { authorization: `Bearer ${t.key}` } });
    expect(post.status).toBe(405);
  });

  it("Anthropic clients get Anthropic's model and error shapes", async () => {
    const m = await anthropic.models.retrieve("claude-sonnet-4");
    expect({ ...m }).toEqual({ type: "model", id: "claude-sonnet-4", display_name: "claude-sonnet-4", created_at: "1970-01-01T00:00:00Z" });
    const e = await anthropic.models.retrieve("mistral-large").then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(Anthropic.NotFoundError);
    expect((e as InstanceType<typeof Anthropic.NotFoundError>).error).toMatchObject({ type: "error", error: { type: "not_found_error", code: "WARDEN_ROUTE_UNKNOWN_MODEL" } });
  });

  it("nothing reached the upstream", () => {
    expect(mock.requests).toHaveLength(0);
  });
});
