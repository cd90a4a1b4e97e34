import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { anthropicEvents, anthropicMessage, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { ANTHROPIC_UPSTREAM_KEY, mockConfig, postJson, startTestGateway, type TestGateway } from "../support/test-gateway.js";

let mock: MockUpstream;
let t: TestGateway;
let client: Anthropic;

beforeAll(async () => {
  mock = await startMockUpstream();
  t = await startTestGateway(mockConfig(mock.url));
  client = new Anthropic({ apiKey: t.key, baseURL: t.url, maxRetries: 0 });
});

afterAll(async () => {
  await t.close();
  await mock.close();
});

beforeEach(() => mock.reset());

function expectUpstreamAuth(): void {
  expect(mock.last.headers["x-api-key"]).toBe(ANTHROPIC_UPSTREAM_KEY);
  expect(mock.last.headers["authorization"]).toBeUndefined();
  expect(JSON.stringify(mock.last.headers)).not.toContain(t.key);
  expect(mock.last.raw.toString("utf8")).not.toContain(t.key);
}

describe("Anthropic SDK → Warden → mock upstream", () => {
  it("messages, not streamed: body relayed exactly, x-api-key swapped", async () => {
    const params = {
      model: "claude-mock-1",
      max_tokens: 64,
      system: [{ type: "text" as const, text: "You are terse.", cache_control: { type: "ephemeral" as const } }],
      messages: [{ role: "user" as const, content: "Hello, Claude" }],
      metadata: { user_id: "u-1" },
      warden_test_extra: { keep: ["me", 1] },
    };
    const msg = await client.messages.create(params);
    expect(msg.content).toEqual([{ type: "text", text: "Hello from Claude mock" }]);
    expect(msg.stop_reason).toBe("end_turn");
    expect(mock.last.path).toBe("/v1/messages");
    expect(mock.last.body).toEqual(params);
    // The SDK sends its own anthropic-version; the gateway relays it.
    expect(mock.last.headers["anthropic-version"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expectUpstreamAuth();
    expect(JSON.stringify(msg)).not.toContain(ANTHROPIC_UPSTREAM_KEY);
  });

  it("messages, streamed: the event types arrive in order and the text reassembles", async () => {
    const stream = await client.messages.create({ model: "claude-mock-1", max_tokens: 64, messages: [{ role: "user", content: "Stream please" }], stream: true });
    const types: string[] = [];
    let text = "";
    for await (const ev of stream) {
      types.push(ev.type);
      if (ev.type === "content_block_delta" && ev.delta.type === "text_delta") text += ev.delta.text;
    }
    expect(text).toBe("Hello from Claude mock");
    expect(types).toEqual([
      "message_start",
      "content_block_start",
      "content_block_delta",
      "content_block_delta",
      "content_block_delta",
      "content_block_delta",
      "content_block_stop",
      "message_delta",
      "message_stop",
    ]);
    expect(mock.last.body?.["stream"]).toBe(true);
    expect(mock.last.headers["accept"]).toBe("text/event-stream");
    expectUpstreamAuth();
  });

  it("raw stream keeps the upstream's `event:` names (ping included)", async () => {
    const res = await postJson(`${t.url}/v1/messages`, { model: "claude-mock-1", max_tokens: 10, stream: true, messages: [{ role: "user", content: "hi" }] }, undefined, {
      "x-api-key": t.key,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const text = await res.text();
    const events = [...text.matchAll(/^event: (\S+)$/gm)].map((m) => m[1]);
    expect(events).toEqual(["message_start", "content_block_start", "ping", "content_block_delta", "content_block_delta", "content_block_delta", "content_block_delta", "content_block_stop", "message_delta", "message_stop"]);
  });

  it("tool_use, not streamed, and the tool_result round trip", async () => {
    const tools: Anthropic.Tool[] = [{ name: "get_weather", description: "Weather for a city", input_schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } }];
    mock.use(reply.json(anthropicMessage("Let me check.", { toolUse: { name: "get_weather", input: { city: "Paris" } } })));
    const first = await client.messages.create({ model: "claude-mock-1", max_tokens: 64, tools, messages: [{ role: "user", content: "Weather in Paris?" }] });
    expect(first.stop_reason).toBe("tool_use");
    const use = first.content.find((b) => b.type === "tool_use");
    expect(use).toEqual({ type: "tool_use", id: "toolu_mock1", name: "get_weather", input: { city: "Paris" } });
    expect(mock.last.body?.["tools"]).toEqual(tools);

    mock.reset();
    const messages: Anthropic.MessageParam[] = [
      { role: "user", content: "Weather in Paris?" },
      { role: "assistant", content: first.content },
      { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_mock1", content: [{ type: "text", text: "21C, clear" }] }] },
    ];
    await client.messages.create({ model: "claude-mock-1", max_tokens: 64, tools, messages });
    expect(mock.last.body?.["messages"]).toEqual(JSON.parse(JSON.stringify(messages)));
  });

  it("tool_use, streamed: input_json_delta pieces are reassembled by the SDK", async () => {
    mock.use(reply.sse(anthropicEvents(["Checking."], { toolUse: { name: "get_weather", jsonPieces: ['{"ci', 'ty": "Pa', 'ris"}'] } })));
    const final = await client.messages
      .stream({ model: "claude-mock-1", max_tokens: 64, messages: [{ role: "user", content: "Weather?" }], tools: [{ name: "get_weather", input_schema: { type: "object" } }] })
      .finalMessage();
    expect(final.content).toEqual([
      { type: "text", text: "Checking." },
      { type: "tool_use", id: "toolu_mock1", name: "get_weather", input: { city: "Paris" } },
    ]);
    expect(final.stop_reason).toBe("tool_use");
  });

  it("count_tokens", async () => {
    const params = { model: "claude-mock-1", system: "sys", messages: [{ role: "user" as const, content: "Count me" }] };
    const res = await client.messages.countTokens(params);
    expect(res.input_tokens).toBe(42);
    expect(mock.last.path).toBe("/v1/messages/count_tokens");
    expect(mock.last.body).toEqual(params);
    expectUpstreamAuth();
  });

  it("anthropic-version: the caller's value is forwarded, the configured default used when absent", async () => {
    await client.messages.create({ model: "claude-mock-1", max_tokens: 8, messages: [{ role: "user", content: "v" }] }, { headers: { "anthropic-version": "2099-01-01", "anthropic-beta": "test-beta-1" } });
    expect(mock.last.headers["anthropic-version"]).toBe("2099-01-01");
    expect(mock.last.headers["anthropic-beta"]).toBe("test-beta-1");

    const res = await postJson(`${t.url}/v1/messages`, { model: "claude-mock-1", max_tokens: 8, messages: [{ role: "user", content: "v" }] }, undefined, { "x-api-key": t.key });
    expect(res.status).toBe(200);
    expect(mock.last.headers["anthropic-version"]).toBe("2023-06-01");
  });

  it("x-api-key authenticates (and so does a Bearer token); a bad x-api-key gets an Anthropic-format 401", async () => {
    const body = { model: "claude-mock-1", max_tokens: 8, messages: [{ role: "user", content: "k" }] };
    expect((await postJson(`${t.url}/v1/messages`, body, undefined, { "x-api-key": t.key })).status).toBe(200);
    expect((await postJson(`${t.url}/v1/messages`, body, t.key)).status).toBe(200);
    const bad = new Anthropic({ apiKey: "wdn_not_a_real_key", baseURL: t.url, maxRetries: 0 });
    const err = await bad.messages.create(body as Anthropic.MessageCreateParamsNonStreaming).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.AuthenticationError);
    const e = err as InstanceType<typeof Anthropic.AuthenticationError>;
    expect(e.status).toBe(401);
    expect(e.error).toMatchObject({ type: "error", error: { type: "authentication_error", code: "WARDEN_AUTH_MALFORMED_KEY" } });
  });
});
