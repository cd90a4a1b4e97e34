import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chatCompletion, embeddings, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { startTestGateway, type TestGateway } from "../support/test-gateway.js";

let mock: MockUpstream;
let t: TestGateway;
let client: OpenAI;

beforeAll(async () => {
  mock = await startMockUpstream();
  t = await startTestGateway({
    listen: { host: "127.0.0.1", port: 0 },
    providers: {
      azure: { type: "openai", baseUrl: mock.url, apiKey: "azure-upstream-key", maxRetries: 0, azure: { apiVersion: "2024-10-21" } },
      azurePinned: { type: "openai", baseUrl: `${mock.url}/base`, apiKey: "azure-upstream-key", maxRetries: 0, azure: { apiVersion: "2024-10-21", deployment: "prod-4o" } },
      plain: { type: "openai", baseUrl: `${mock.url}/v1`, maxRetries: 0, headers: { "X-Extra": "yes" } },
    },
    routes: [
      { models: ["az-*"], provider: "azure" },
      { models: ["pinned"], provider: "azurePinned" },
      { models: ["alias-chat"], provider: "plain", model: "gpt-4o-mini" },
      { models: ["*"], provider: "plain" },
    ],
  });
  client = new OpenAI({ baseURL: `${t.url}/v1`, apiKey: t.key, maxRetries: 0 });
});
afterAll(async () => {
  await t.close();
  await mock.close();
});
beforeEach(() => mock.reset());

describe("Azure OpenAI", () => {
  it("uses the model name as the deployment, the api-version query and the api-key header", async () => {
    mock.use(reply.json(chatCompletion("hello from azure")));
    await client.chat.completions.create({ model: "az-gpt4o", messages: [{ role: "user", content: "hi" }] });
    expect(mock.last.path).toBe("/openai/deployments/az-gpt4o/chat/completions?api-version=2024-10-21");
    expect(mock.last.headers["api-key"]).toBe("azure-upstream-key");
    expect(mock.last.headers.authorization).toBeUndefined();
  });

  it("uses a configured deployment under the base path, for embeddings too", async () => {
    mock.use((req, res, n) => reply.json(embeddings(req.body?.["input"], req.body?.["encoding_format"]))(req, res, n));
    await client.embeddings.create({ model: "pinned", input: "hello" });
    expect(mock.last.path).toBe("/base/openai/deployments/prod-4o/embeddings?api-version=2024-10-21");
  });
});

describe("routing", () => {
  it("an alias route sends another model name upstream; the rest of the body is as sent", async () => {
    await client.chat.completions.create({ model: "alias-chat", messages: [{ role: "user", content: "hi" }], temperature: 0.2 });
    expect(mock.last.body?.["model"]).toBe("gpt-4o-mini");
    expect(mock.last.body?.["temperature"]).toBe(0.2);
  });

  it("without an apiKey no authorization is sent upstream (vLLM, Ollama); configured headers are", async () => {
    await client.chat.completions.create({ model: "llama3", messages: [{ role: "user", content: "hi" }] });
    expect(mock.last.path).toBe("/v1/chat/completions");
    expect(mock.last.headers.authorization).toBeUndefined();
    expect(mock.last.headers["x-extra"]).toBe("yes");
  });

  it("the caller's Warden key never goes upstream", async () => {
    await client.chat.completions.create({ model: "llama3", messages: [{ role: "user", content: "hi" }] });
    expect(JSON.stringify(mock.last.headers)).not.toContain(t.key);
  });
});
