/**
 * `GET /v1/models/{id}` when a catch-all route (`*`) takes the name, through the real SDKs: a catch-all accepts any
 * name but says nothing about which models exist. Passing names through to an OpenAI or Anthropic upstream, Warden
 * asks that upstream's own `GET /v1/models/{id}` (with the gateway's upstream key, never the caller's); the demo model
 * and a catch-all that renames every name answer only for the model they list. Named globs (`claude-*`) still answer
 * without asking anyone.
 */
import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockHandler, type MockUpstream, startMockUpstream } from "../support/mock-upstream.js";
import { ANTHROPIC_UPSTREAM_KEY, mockConfig, startTestGateway, type TestGateway, UPSTREAM_KEY } from "../support/test-gateway.js";

/** The upstream's model endpoint: knows `known-model` and `org/tuned` (OpenAI) and `claude-known` (Anthropic). */
const upstreamModels: MockHandler = (req, res) => {
  const id = decodeURIComponent(req.path.replace(/^\/v1\/models\//, ""));
  const known = ["known-model", "org/tuned", "claude-known"].includes(id);
  if (id === "flaky-model") {
    res.writeHead(503, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { message: "overloaded", type: "server_error" } }));
    return;
  }
  res.writeHead(known ? 200 : 404, { "content-type": "application/json" });
  res.end(JSON.stringify(known ? { id, object: "model", created: 1, owned_by: "upstream-org" } : { error: { message: `The model '${id}' does not exist`, type: "invalid_request_error", code: "model_not_found" } }));
};

let mock: MockUpstream;
beforeAll(async () => {
  mock = await startMockUpstream();
});
afterAll(async () => {
  await mock.close();
});

async function failure(p: Promise<unknown>): Promise<{ status: number | undefined; code: unknown }> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(OpenAI.APIError);
  const err = e as InstanceType<typeof OpenAI.APIError>;
  return { status: err.status, code: err.code };
}

describe("a catch-all route to an OpenAI-compatible upstream", () => {
  let t: TestGateway;
  let openai: OpenAI;
  beforeAll(async () => {
    t = await startTestGateway(mockConfig(mock.url, { routes: [{ models: ["claude-*"], provider: "anthropic" }, { models: ["*"], provider: "openai" }] }));
    openai = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
  });
  afterAll(() => t.close());

  it("a model the upstream has is found (in Warden's shape), asked with the upstream key", async () => {
    mock.use(upstreamModels);
    const m = await openai.models.retrieve("known-model");
    expect({ ...m }).toEqual({ id: "known-model", object: "model", created: 0, owned_by: "openai" });
    expect(mock.requests).toHaveLength(1);
    expect(mock.last.method).toBe("GET");
    expect(mock.last.path).toBe("/v1/models/known-model");
    expect(mock.last.headers["authorization"]).toBe(`Bearer ${UPSTREAM_KEY}`);
    expect(JSON.stringify(mock.last.headers)).not.toContain(t.key);
    // an id with a slash stays one path segment upstream
    expect((await openai.models.retrieve("org/tuned")).id).toBe("org/tuned");
    expect(mock.last.path).toBe("/v1/models/org%2Ftuned");
  });

  it("a model the upstream does not have is Warden's 404 WARDEN_ROUTE_UNKNOWN_MODEL", async () => {
    mock.use(upstreamModels);
    expect(await failure(openai.models.retrieve("no-such-model"))).toEqual({ status: 404, code: "WARDEN_ROUTE_UNKNOWN_MODEL" });
    expect(mock.requests).toHaveLength(1);
  });

  it("an upstream failure is an upstream error, not 'no such model'", async () => {
    mock.use(upstreamModels);
    expect(await failure(openai.models.retrieve("flaky-model"))).toEqual({ status: 502, code: "WARDEN_UPSTREAM_ERROR" });
  });

  it("a name a named glob takes is found without asking anyone", async () => {
    mock.use(upstreamModels);
    expect((await openai.models.retrieve("claude-anything")).owned_by).toBe("anthropic");
    expect(mock.requests).toHaveLength(0);
  });
});

describe("a catch-all route to an Anthropic upstream", () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway(mockConfig(mock.url, { routes: [{ models: ["*"], provider: "anthropic" }] }));
  });
  afterAll(() => t.close());

  it("asks Anthropic's GET /v1/models/{id} with the upstream key and version", async () => {
    mock.use(upstreamModels);
    const anthropic = new Anthropic({ apiKey: t.key, baseURL: t.url, maxRetries: 0 });
    const m = await anthropic.models.retrieve("claude-known");
    expect(m.id).toBe("claude-known");
    expect(mock.last.path).toBe("/v1/models/claude-known");
    expect(mock.last.headers["x-api-key"]).toBe(ANTHROPIC_UPSTREAM_KEY);
    expect(typeof mock.last.headers["anthropic-version"]).toBe("string");
    const e = await anthropic.models.retrieve("claude-missing").then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(Anthropic.NotFoundError);
  });
});

describe("catch-alls that cannot be asked", () => {
  let t: TestGateway;
  let openai: OpenAI;
  beforeAll(async () => {
    t = await startTestGateway(
      mockConfig(mock.url, {
        routes: [
          { models: ["fixed-*", "**"], provider: "openai", model: "gpt-4o-mini" },
        ],
      }),
    );
    openai = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
  });
  afterAll(() => t.close());

  it("a renaming catch-all answers for its model only; a named glob of the same route still answers", async () => {
    mock.use(upstreamModels);
    expect((await openai.models.retrieve("gpt-4o-mini")).id).toBe("gpt-4o-mini");
    expect((await openai.models.retrieve("fixed-alias")).id).toBe("fixed-alias");
    expect(await failure(openai.models.retrieve("known-model"))).toEqual({ status: 404, code: "WARDEN_ROUTE_UNKNOWN_MODEL" });
    expect(mock.requests).toHaveLength(0);
  });
});

describe("the demo model behind a catch-all (the embedded default)", () => {
  let t: TestGateway;
  let openai: OpenAI;
  beforeAll(async () => {
    t = await startTestGateway(mockConfig(mock.url, { routes: [{ models: ["*"], provider: "demo" }] }));
    openai = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
  });
  afterAll(() => t.close());

  it("answers for the model it lists, 404 for any other name (calls with any name are still served)", async () => {
    expect({ ...(await openai.models.retrieve("demo")) }).toMatchObject({ id: "demo", owned_by: "demo" });
    expect(await failure(openai.models.retrieve("gpt-9-imaginary"))).toEqual({ status: 404, code: "WARDEN_ROUTE_UNKNOWN_MODEL" });
    const r = await openai.chat.completions.create({ model: "gpt-9-imaginary", messages: [{ role: "user", content: "hi" }] });
    expect(r.choices[0]?.message.content).toBeTypeOf("string");
  });
});
