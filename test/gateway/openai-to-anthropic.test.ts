import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { anthropicEvents, anthropicMessage, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { ANTHROPIC_UPSTREAM_KEY, mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";

let mock: MockUpstream;
let t: TestGateway;
let client: OpenAI;

beforeAll(async () => {
  mock = await startMockUpstream();
  t = await startTestGateway(mockConfig(mock.url));
  client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
});

afterAll(async () => {
  await t.close();
  await mock.close();
});

beforeEach(() => mock.reset());

describe("OpenAI SDK → Warden → Anthropic provider (translated)", () => {
  it("a chat completion becomes a Messages call and comes back as a chat completion", async () => {
    mock.use(reply.json(anthropicMessage("Bonjour!")));
    const res = await client.chat.completions.create({
      model: "claude-mock-1",
      messages: [
        { role: "system", content: "You are terse." },
        { role: "developer", content: "Answer in French." },
        { role: "user", content: [{ type: "text", text: "Say hello" }, { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=" } }] },
      ],
      max_completion_tokens: 50,
      temperature: 1.6,
      stop: "END",
      user: "u-42",
    });
    expect(res.object).toBe("chat.completion");
    expect(res.choices[0]?.message.content).toBe("Bonjour!");
    expect(res.choices[0]?.finish_reason).toBe("stop");
    expect(res.usage?.total_tokens).toBe((res.usage?.prompt_tokens ?? 0) + (res.usage?.completion_tokens ?? 0));
    expect(mock.last.path).toBe("/v1/messages");
    expect(mock.last.headers["x-api-key"]).toBe(ANTHROPIC_UPSTREAM_KEY);
    expect(mock.last.headers["anthropic-version"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(mock.last.body).toEqual({
      model: "claude-mock-1",
      system: "You are terse.\n\nAnswer in French.",
      messages: [{ role: "user", content: [{ type: "text", text: "Say hello" }, { type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgo=" } }] }],
      max_tokens: 50,
      temperature: 1,
      stop_sequences: ["END"],
      metadata: { user_id: "u-42" },
    });
  });

  it("tools: definitions, tool calls and tool results translate both ways", async () => {
    mock.use(reply.json(anthropicMessage("Checking.", { toolUse: { name: "get_weather", input: { city: "Paris" } } })));
    const res = await client.chat.completions.create({
      model: "claude-mock-1",
      messages: [
        { role: "user", content: "Weather in Lyon and Paris?" },
        { role: "assistant", content: null, tool_calls: [{ id: "toolu_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Lyon"}' } }] },
        { role: "tool", tool_call_id: "toolu_1", content: "12°C" },
      ],
      tools: [{ type: "function", function: { name: "get_weather", description: "Weather by city", parameters: { type: "object", properties: { city: { type: "string" } } } } }],
      tool_choice: "required",
      parallel_tool_calls: false,
    });
    const msg = res.choices[0]?.message;
    expect(res.choices[0]?.finish_reason).toBe("tool_calls");
    expect(msg?.tool_calls?.[0]).toMatchObject({ id: "toolu_mock1", type: "function", function: { name: "get_weather" } });
    const call = msg?.tool_calls?.[0];
    expect(call && "function" in call ? JSON.parse(call.function.arguments) : undefined).toEqual({ city: "Paris" });
    const sent = mock.last.body as Record<string, unknown>;
    expect(sent["tools"]).toEqual([{ name: "get_weather", description: "Weather by city", input_schema: { type: "object", properties: { city: { type: "string" } } } }]);
    expect(sent["tool_choice"]).toEqual({ type: "any", disable_parallel_tool_use: true });
    expect(sent["messages"]).toEqual([
      { role: "user", content: [{ type: "text", text: "Weather in Lyon and Paris?" }] },
      { role: "assistant", content: [{ type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Lyon" } }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1", content: "12°C" }] },
    ]);
  });

  it("streamed: Anthropic events arrive as chat chunks, with tool-call fragments, usage and [DONE]", async () => {
    mock.use(reply.sse(anthropicEvents(["Hel", "lo"], { toolUse: { name: "lookup", jsonPieces: ['{"q":', '"x"}'] } })));
    const stream = await client.chat.completions.create({
      model: "claude-mock-1",
      messages: [{ role: "user", content: "hi" }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    let args = "";
    let name = "";
    let finish: string | null = null;
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      expect(chunk.object).toBe("chat.completion.chunk");
      const c = chunk.choices[0];
      text += c?.delta.content ?? "";
      for (const tc of c?.delta.tool_calls ?? []) {
        name += tc.function?.name ?? "";
        args += tc.function?.arguments ?? "";
      }
      finish = c?.finish_reason ?? finish;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe("Hello");
    expect(name).toBe("lookup");
    expect(JSON.parse(args)).toEqual({ q: "x" });
    expect(finish).toBe("tool_calls");
    expect(usage).toMatchObject({ prompt_tokens: 12, completion_tokens: 6, total_tokens: 18 });
    expect((mock.last.body as Record<string, unknown>)["stream"]).toBe(true);
  });

  it("a stream cut before message_stop ends with an error, not a silent success", async () => {
    mock.use(reply.sse(anthropicEvents(["partial"], { stop: false })));
    const stream = await client.chat.completions.create({ model: "claude-mock-1", messages: [{ role: "user", content: "hi" }], stream: true });
    await expect(
      (async () => {
        for await (const _ of stream) void _;
      })(),
    ).rejects.toThrow();
  });

  it("features with no Anthropic equivalent are refused with WARDEN_ROUTE_TRANSLATION, nothing sent upstream", async () => {
    const err = await client.chat.completions.create({ model: "claude-mock-1", messages: [{ role: "user", content: "hi" }], n: 2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).code).toBe("WARDEN_ROUTE_TRANSLATION");
    expect((err as Error).message).toContain("n > 1");
    expect(mock.requests).toHaveLength(0);
  });

  it("upstream errors come back in the OpenAI format", async () => {
    mock.use(reply.json({ type: "error", error: { type: "overloaded_error", message: "upstream secret detail" } }, 529));
    const err = await client.chat.completions.create({ model: "claude-mock-1", messages: [{ role: "user", content: "hi" }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect(JSON.stringify(err)).not.toContain("upstream secret detail");
  });
});
