import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  chatCompletion,
  chatToolCallChunks,
  MOCK_VECTOR,
  type MockUpstream,
  type RecordedRequest,
  reply,
  startMockUpstream,
} from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway, UPSTREAM_KEY } from "../support/test-gateway.js";

let mock: MockUpstream;
let t: TestGateway;
let client: OpenAI;

beforeAll(async () => {
  mock = await startMockUpstream();
  t = await startTestGateway(
    mockConfig(mock.url, {
      routes: [
        { models: ["gpt-4o-mini", "gpt-*", "text-embedding-*"], provider: "openai" },
        { models: ["claude-mock-1", "claude-*"], provider: "anthropic" },
        { models: ["*"], provider: "demo" },
      ],
    }),
  );
  client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
});

afterAll(async () => {
  await t.close();
  await mock.close();
});

beforeEach(() => mock.reset());

/** The upstream got the gateway's key, and nothing of the caller's Warden key (no header, no body byte). */
function expectUpstreamAuth(req: RecordedRequest): void {
  expect(req.headers["authorization"]).toBe(`Bearer ${UPSTREAM_KEY}`);
  expect(req.headers["x-api-key"]).toBeUndefined();
  expect(JSON.stringify(req.headers)).not.toContain(t.key);
  expect(req.raw.toString("utf8")).not.toContain(t.key);
}

/** Whatever the client got back never carries the upstream key. */
function expectNoUpstreamKey(value: unknown): void {
  expect(JSON.stringify(value)).not.toContain(UPSTREAM_KEY);
}

/** Extra fields the SDK's types do not know; they must reach the upstream unchanged. */
const EXTRA = { warden_test_extra: { nested: ["keep me", 1, true, null], deep: { x: "y" } } };

describe("OpenAI SDK → Warden → mock upstream", () => {
  it("chat, not streamed: body relayed exactly (extra fields included), upstream key swapped in", async () => {
    const params = {
      model: "gpt-4o-mini",
      messages: [
        { role: "system" as const, content: "You are terse." },
        { role: "user" as const, content: "Hello?" },
      ],
      temperature: 0.2,
      max_tokens: 50,
      seed: 7,
      ...EXTRA,
    };
    const res = await client.chat.completions.create(params);
    expect(res.choices[0]?.message.content).toBe("Hello from the mock");
    expect(res.usage?.total_tokens).toBe(18);
    expect(mock.requests).toHaveLength(1);
    expect(mock.last.method).toBe("POST");
    expect(mock.last.path).toBe("/v1/chat/completions");
    expect(mock.last.body).toEqual(params);
    expect(mock.last.headers["content-type"]).toBe("application/json");
    expectUpstreamAuth(mock.last);
    expectNoUpstreamKey(res);
  });

  it("chat, streamed with include_usage: content arrives in pieces and the usage chunk comes last", async () => {
    const stream = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Stream please" }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks: OpenAI.Chat.Completions.ChatCompletionChunk[] = [];
    for await (const c of stream) chunks.push(c);
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? "").join("");
    expect(text).toBe("Hello from the mock");
    expect(chunks.filter((c) => (c.choices[0]?.delta.content ?? "") !== "").length).toBe(4);
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage).toEqual({ prompt_tokens: 11, completion_tokens: 4, total_tokens: 15 });
    expect(mock.last.body).toEqual({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Stream please" }], stream: true, stream_options: { include_usage: true } });
    expect(mock.last.headers["accept"]).toBe("text/event-stream");
    expectUpstreamAuth(mock.last);
    expectNoUpstreamKey(chunks);
  });

  it("tools: a tool call comes back, and the tool result goes up on the next turn", async () => {
    const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = [
      {
        type: "function",
        function: {
          name: "get_weather",
          description: "Weather for a city",
          parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
        },
      },
    ];
    mock.use(reply.json(chatCompletion(null, { toolCall: { name: "get_weather", arguments: '{"city":"Paris"}' } })));
    const first = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Weather in Paris?" }], tools, tool_choice: "auto" });
    const call = first.choices[0]?.message.tool_calls?.[0];
    expect(call?.type).toBe("function");
    expect(call && call.type === "function" ? call.function : undefined).toEqual({ name: "get_weather", arguments: '{"city":"Paris"}' });
    expect(mock.last.body?.["tools"]).toEqual(tools);
    expect(mock.last.body?.["tool_choice"]).toBe("auto");

    mock.reset();
    const assistant = first.choices[0]?.message as OpenAI.Chat.Completions.ChatCompletionMessage;
    const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
      { role: "user", content: "Weather in Paris?" },
      { role: "assistant", content: assistant.content, tool_calls: assistant.tool_calls ?? [] },
      { role: "tool", tool_call_id: "call_mock1", content: '{"temp_c":21,"sky":"clear"}' },
    ];
    const second = await client.chat.completions.create({ model: "gpt-4o-mini", messages, tools });
    expect(second.choices[0]?.message.content).toBe("Hello from the mock");
    const sent = mock.last.body?.["messages"] as unknown[];
    expect(sent).toEqual(JSON.parse(JSON.stringify(messages)));
    expect(sent[2]).toEqual({ role: "tool", tool_call_id: "call_mock1", content: '{"temp_c":21,"sky":"clear"}' });
  });

  it("tools, streamed: argument pieces are reassembled by the SDK", async () => {
    mock.use(reply.sse(chatToolCallChunks("get_weather", ['{"ci', 'ty":', ' "Par', 'is"}'])));
    const stream = client.chat.completions.stream({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Weather in Paris?" }],
      tools: [{ type: "function", function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } } }],
    });
    const final = await stream.finalChatCompletion();
    const call = final.choices[0]?.message.tool_calls?.[0];
    expect(call && call.type === "function" ? call.function : undefined).toEqual({ name: "get_weather", arguments: '{"city": "Paris"}' });
    expect(final.choices[0]?.finish_reason).toBe("tool_calls");
    expect(mock.last.body?.["stream"]).toBe(true);
  });

  it("multi-part content (text + image parts) passes through unchanged", async () => {
    const tinyPng = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
    const messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[] = [
      {
        role: "user",
        content: [
          { type: "text", text: "What is in these images?" },
          { type: "image_url", image_url: { url: "https://example.com/cat.png", detail: "low" } },
          { type: "image_url", image_url: { url: tinyPng } },
          { type: "text", text: "Answer briefly." },
        ],
      },
    ];
    await client.chat.completions.create({ model: "gpt-4o-mini", messages });
    expect(mock.last.body?.["messages"]).toEqual(messages);
  });

  it("/v1/completions: prompt array and suffix relayed, text returned", async () => {
    const params = { model: "gpt-3.5-turbo-instruct", prompt: ["Once upon", "a time"], suffix: "The end.", max_tokens: 5, ...EXTRA };
    const res = await client.completions.create(params);
    expect(res.choices[0]?.text).toBe("mock completion");
    expect(mock.last.path).toBe("/v1/completions");
    expect(mock.last.body).toEqual(params);
    expectUpstreamAuth(mock.last);
  });

  it("/v1/completions streamed", async () => {
    const stream = await client.completions.create({ model: "gpt-3.5-turbo-instruct", prompt: "Say hi", stream: true });
    let text = "";
    for await (const c of stream) text += c.choices[0]?.text ?? "";
    expect(text).toBe("mock completion");
  });

  it("/v1/embeddings: the SDK's default base64 request is relayed and decoded", async () => {
    const res = await client.embeddings.create({ model: "text-embedding-3-small", input: ["first text", "second text"] });
    expect(mock.last.path).toBe("/v1/embeddings");
    expect(mock.last.body).toEqual({ model: "text-embedding-3-small", input: ["first text", "second text"], encoding_format: "base64" });
    expect(res.data).toHaveLength(2);
    expect(res.data[0]?.embedding).toEqual(MOCK_VECTOR);
    expectUpstreamAuth(mock.last);
  });

  it("/v1/embeddings with encoding_format float", async () => {
    const res = await client.embeddings.create({ model: "text-embedding-3-small", input: "one", encoding_format: "float", dimensions: 4 });
    expect(mock.last.body).toEqual({ model: "text-embedding-3-small", input: "one", encoding_format: "float", dimensions: 4 });
    expect(res.data[0]?.embedding).toEqual(MOCK_VECTOR);
  });

  it("/v1/responses, not streamed", async () => {
    const params = { model: "gpt-4.1", instructions: "Be brief.", input: [{ role: "user" as const, content: "Hi there" }], ...EXTRA };
    const res = await client.responses.create(params);
    expect(res.output_text).toBe("Mock response");
    expect(mock.last.path).toBe("/v1/responses");
    expect(mock.last.body).toEqual(params);
    expectUpstreamAuth(mock.last);
    expectNoUpstreamKey(res);
  });

  it("/v1/responses, streamed: every event type arrives in order", async () => {
    const stream = await client.responses.create({ model: "gpt-4.1", input: "Hi there", stream: true });
    const types: string[] = [];
    let text = "";
    for await (const ev of stream) {
      types.push(ev.type);
      if (ev.type === "response.output_text.delta") text += ev.delta;
    }
    expect(text).toBe("Mock response");
    expect(types).toEqual([
      "response.created",
      "response.in_progress",
      "response.output_item.added",
      "response.content_part.added",
      "response.output_text.delta",
      "response.output_text.delta",
      "response.output_text.done",
      "response.content_part.done",
      "response.output_item.done",
      "response.completed",
    ]);
    expect(mock.last.body).toEqual({ model: "gpt-4.1", input: "Hi there", stream: true });
  });

  it("GET /v1/models lists the literal model names of the routes", async () => {
    const ids: string[] = [];
    for await (const m of client.models.list()) ids.push(m.id);
    expect(ids).toEqual(["gpt-4o-mini", "claude-mock-1", "demo"]);
    expect(mock.requests).toHaveLength(0);
  });

  it("upstream errors never show the upstream key to the client", async () => {
    mock.use(reply.error(400, { error: { message: `Invalid value for 'temperature' (key used: ${UPSTREAM_KEY})`, type: "invalid_request_error", param: "temperature", code: null } }));
    const bad = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }], temperature: 9 }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(OpenAI.BadRequestError);
    const e400 = bad as InstanceType<typeof OpenAI.BadRequestError>;
    expect(e400.status).toBe(400);
    expect(e400.message).toContain("Invalid value for 'temperature'");
    expectNoUpstreamKey({ message: e400.message, error: e400.error });

    mock.use(reply.error(401, { error: { message: `Incorrect API key provided: ${UPSTREAM_KEY}.`, type: "invalid_request_error", code: "invalid_api_key" } }));
    const unauth = await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "x" }] }).catch((e: unknown) => e);
    expect(unauth).toBeInstanceOf(OpenAI.APIError);
    const e401 = unauth as InstanceType<typeof OpenAI.APIError>;
    expect(e401.status).toBe(502);
    expect(e401.code).toBe("WARDEN_UPSTREAM_ERROR");
    expect(e401.message).not.toContain("Incorrect API key");
    expectNoUpstreamKey({ message: e401.message, error: e401.error });
  });
});
