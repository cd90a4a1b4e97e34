/**
 * Acceptance hunt 21 (issue 2, "Azure OpenAI with deployment and api-version", `POST /v1/responses` streamed and
 * not): Azure OpenAI serves the Responses API at `{endpoint}/openai/responses?api-version=…`, with the deployment
 * named in the body's `model`; there is no `/openai/deployments/{deployment}/responses` route (that shape is for
 * chat completions, completions and embeddings). A real `warden serve` process and the real `openai` client, against a
 * mock upstream that records what it is sent.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockUpstream, reply, responseEvents, responseObject, startMockUpstream } from "../support/mock-upstream.js";
import { type ServedGateway, serveWithConfig } from "./core-hunt-21-support.js";

let mock: MockUpstream;
let gw: ServedGateway;
let client: OpenAI;
const API_VERSION = "2025-04-01-preview";

beforeAll(async () => {
  mock = await startMockUpstream();
  gw = await serveWithConfig(
    {
      providers: {
        pinned: { type: "openai", baseUrl: `${mock.url}/base`, apiKey: "azure-upstream-key", maxRetries: 0, azure: { apiVersion: API_VERSION, deployment: "prod-41" } },
        byModel: { type: "openai", baseUrl: mock.url, apiKey: "azure-upstream-key", maxRetries: 0, azure: { apiVersion: API_VERSION } },
      },
      routes: [
        { models: ["assistant"], provider: "pinned" },
        { models: ["az-*"], provider: "byModel" },
      ],
    },
    "warden-hunt21-azure-",
  );
  client = new OpenAI({ apiKey: gw.key, baseURL: `${gw.url}/v1`, maxRetries: 0 });
}, 60_000);
afterAll(async () => {
  await gw?.close();
  await mock?.close();
});

describe("Azure OpenAI: /v1/responses goes to /openai/responses with the deployment as the model", () => {
  it("a configured deployment, not streamed: path, api-version, api-key, body model", async () => {
    mock.use(reply.json(responseObject("Hello from Azure.", { model: "prod-41" })));
    const res = await client.responses.create({ model: "assistant", input: "Say hello.", temperature: 0.3 });
    expect(res.output_text).toBe("Hello from Azure.");
    expect(mock.last.path).toBe(`/base/openai/responses?api-version=${API_VERSION}`);
    expect(mock.last.headers["api-key"]).toBe("azure-upstream-key");
    expect(mock.last.headers.authorization).toBeUndefined();
    expect(mock.last.body?.["model"]).toBe("prod-41");
    // Only the model is rewritten: the rest of the body is as sent.
    expect(mock.last.body?.["temperature"]).toBe(0.3);
    expect(mock.last.body?.["input"]).toBe("Say hello.");
  });

  it("a configured deployment, streamed", async () => {
    mock.use(reply.sse(responseEvents(["Hello ", "from ", "Azure."], { model: "prod-41" })));
    const stream = await client.responses.create({ model: "assistant", input: "Say hello.", stream: true });
    let text = "";
    for await (const ev of stream) if (ev.type === "response.output_text.delta") text += ev.delta;
    expect(text).toBe("Hello from Azure.");
    expect(mock.last.path).toBe(`/base/openai/responses?api-version=${API_VERSION}`);
    expect(mock.last.body?.["model"]).toBe("prod-41");
    expect(mock.last.body?.["stream"]).toBe(true);
  });

  it("no configured deployment: the model name is the deployment, in the body", async () => {
    mock.use(reply.json(responseObject("Hi.", { model: "az-gpt41" })));
    await client.responses.create({ model: "az-gpt41", input: "Say hi." });
    expect(mock.last.path).toBe(`/openai/responses?api-version=${API_VERSION}`);
    expect(mock.last.body?.["model"]).toBe("az-gpt41");
  });

  it("chat completions keep the deployment route", async () => {
    await client.chat.completions.create({ model: "assistant", messages: [{ role: "user", content: "hi" }] });
    expect(mock.last.path).toBe(`/base/openai/deployments/prod-41/chat/completions?api-version=${API_VERSION}`);
    expect(gw.alive()).toBe(true);
  });
});
