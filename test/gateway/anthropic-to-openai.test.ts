import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chatChunks, chatCompletion, chatToolCallChunks, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway, UPSTREAM_KEY } from "../support/test-gateway.js";

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

describe("Anthropic SDK → Warden → OpenAI-compatible provider (translated)", () => {
  it("a Messages call becomes a chat completion and comes back as a Messages response", async () => {
    mock.use(reply.json(chatCompletion("Hi there")));
    // `temperature` is part of the Messages API, though this SDK version's types leave it out.
    const params: Record<string, unknown> = {
      model: "gpt-4o-mini",
      max_tokens: 40,
      system: [{ type: "text", text: "Be brief." }],
      messages: [{ role: "user", content: [{ type: "text", text: "Hello" }, { type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgo=" } }] }],
      stop_sequences: ["END"],
      temperature: 0.2,
      metadata: { user_id: "u-7" },
    };
    const msg = await client.messages.create(params as unknown as Anthropic.MessageCreateParamsNonStreaming);
    expect(msg.type).toBe("message");
    expect(msg.content).toEqual([{ type: "text", text: "Hi there" }]);
    expect(msg.stop_reason).toBe("end_turn");
    expect(msg.usage).toMatchObject({ input_tokens: 11, output_tokens: 7 });
    expect(mock.last.path).toBe("/v1/chat/completions");
    expect(mock.last.headers["authorization"]).toBe(`Bearer ${UPSTREAM_KEY}`);
    expect(mock.last.headers["x-api-key"]).toBeUndefined();
    expect(mock.last.body).toEqual({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: [{ type: "text", text: "Hello" }, { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=" } }] },
      ],
      max_tokens: 40,
      temperature: 0.2,
      stop: ["END"],
      user: "u-7",
    });
  });

  it("tools: tool_use and tool_result turns translate, a tool call comes back as a tool_use block", async () => {
    mock.use(reply.json(chatCompletion(null, { toolCall: { name: "get_weather", arguments: '{"city":"Oslo"}' } })));
    const msg = await client.messages.create({
      model: "gpt-4o-mini",
      max_tokens: 40,
      tools: [{ name: "get_weather", description: "Weather by city", input_schema: { type: "object", properties: { city: { type: "string" } } } }],
      tool_choice: { type: "any", disable_parallel_tool_use: true },
      messages: [
        { role: "user", content: "Weather in Bergen, then Oslo?" },
        { role: "assistant", content: [{ type: "text", text: "Checking." }, { type: "tool_use", id: "call_1", name: "get_weather", input: { city: "Bergen" } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "call_1", content: "9°C" }, { type: "text", text: "And Oslo?" }] },
      ],
    });
    expect(msg.stop_reason).toBe("tool_use");
    expect(msg.content).toEqual([{ type: "tool_use", id: "call_mock1", name: "get_weather", input: { city: "Oslo" } }]);
    const sent = mock.last.body as Record<string, unknown>;
    expect(sent["tool_choice"]).toBe("required");
    expect(sent["parallel_tool_calls"]).toBe(false);
    expect(sent["tools"]).toEqual([{ type: "function", function: { name: "get_weather", description: "Weather by city", parameters: { type: "object", properties: { city: { type: "string" } } } } }]);
    expect(sent["messages"]).toEqual([
      { role: "user", content: "Weather in Bergen, then Oslo?" },
      { role: "assistant", content: "Checking.", tool_calls: [{ id: "call_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Bergen"}' } }] },
      { role: "tool", tool_call_id: "call_1", content: "9°C" },
      { role: "user", content: "And Oslo?" },
    ]);
  });

  it("streamed text: the Anthropic event sequence, text and usage", async () => {
    mock.use(reply.sse(chatChunks(["Hel", "lo", "!"], { usage: true })));
    const stream = await client.messages.create({ model: "gpt-4o-mini", max_tokens: 40, messages: [{ role: "user", content: "hi" }], stream: true });
    const types: string[] = [];
    let text = "";
    let outputTokens = 0;
    for await (const ev of stream) {
      types.push(ev.type);
      if (ev.type === "content_block_delta" && ev.delta.type === "text_delta") text += ev.delta.text;
      if (ev.type === "message_delta") outputTokens = ev.usage.output_tokens;
    }
    expect(text).toBe("Hello!");
    expect(types).toEqual(["message_start", "content_block_start", "content_block_delta", "content_block_delta", "content_block_delta", "content_block_stop", "message_delta", "message_stop"]);
    expect(outputTokens).toBe(3);
    expect((mock.last.body as Record<string, unknown>)["stream_options"]).toEqual({ include_usage: true });
  });

  it("streamed tool call: a tool_use block whose input the SDK reassembles", async () => {
    mock.use(reply.sse(chatToolCallChunks("lookup", ['{"q"', ':"warden"}'])));
    const stream = client.messages.stream({ model: "gpt-4o-mini", max_tokens: 40, messages: [{ role: "user", content: "find" }] });
    const final = await stream.finalMessage();
    expect(final.stop_reason).toBe("tool_use");
    expect(final.content).toEqual([{ type: "tool_use", id: "call_mock1", name: "lookup", input: { q: "warden" } }]);
  });

  it("features with no OpenAI equivalent are refused with WARDEN_ROUTE_TRANSLATION in the Anthropic format", async () => {
    const err = await client.messages
      .create({ model: "gpt-4o-mini", max_tokens: 40, messages: [{ role: "user", content: [{ type: "document", source: { type: "text", media_type: "text/plain", data: "x" } }] }] })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Anthropic.BadRequestError);
    expect(JSON.stringify((err as InstanceType<typeof Anthropic.BadRequestError>).error)).toContain("WARDEN_ROUTE_TRANSLATION");
    expect(mock.requests).toHaveLength(0);
  });
});
