import { describe, expect, it } from "vitest";
import { WardenError } from "../../core/warden-error.js";
import { chatToMessagesRequest, DEFAULT_MAX_TOKENS } from "./chat-to-messages.js";
import { ChatChunkTranslator } from "./messages-stream-to-chat.js";
import { finishReason, messagesToChatResponse } from "./messages-to-chat.js";

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return WardenError.isInstance(e) ? e.code : String(e);
  }
  return undefined;
};

describe("OpenAI chat → Anthropic messages", () => {
  it("defaults max_tokens, merges consecutive turns, maps http image URLs and tool_choice variants", () => {
    const out = chatToMessagesRequest(
      {
        model: "claude-x",
        messages: [
          { role: "user", content: "a" },
          { role: "user", content: [{ type: "image_url", image_url: { url: "https://example.com/cat.png" } }] },
          { role: "tool", tool_call_id: "t1", content: [{ type: "text", text: "r1" }] },
        ],
        tool_choice: { type: "function", function: { name: "f" } },
      },
      false,
    );
    expect(out["max_tokens"]).toBe(DEFAULT_MAX_TOKENS);
    expect(out["messages"]).toEqual([
      {
        role: "user",
        content: [
          { type: "text", text: "a" },
          { type: "image", source: { type: "url", url: "https://example.com/cat.png" } },
          { type: "tool_result", tool_use_id: "t1", content: "r1" },
        ],
      },
    ]);
    expect(out["tool_choice"]).toEqual({ type: "tool", name: "f" });
    expect(out["stream"]).toBeUndefined();
  });

  it.each([
    ["an unknown role", { messages: [{ role: "narrator", content: "x" }] }],
    ["messages not an array", { messages: "hi" }],
    ["bad tool arguments", { messages: [{ role: "assistant", tool_calls: [{ id: "1", type: "function", function: { name: "f", arguments: "[1]" } }] }] }],
    ["a non-function tool", { messages: [], tools: [{ type: "web_search" }] }],
    ["logprobs", { messages: [], logprobs: true }],
    ["an audio part", { messages: [{ role: "user", content: [{ type: "input_audio", input_audio: { data: "", format: "wav" } }] }] }],
  ])("refuses %s", (_name, body) => {
    expect(code(() => chatToMessagesRequest(body as never, false))).toBe("WARDEN_ROUTE_TRANSLATION");
  });
});

describe("Anthropic → OpenAI chat", () => {
  it("maps stop reasons", () => {
    expect(["end_turn", "stop_sequence", "max_tokens", "tool_use", "refusal", null].map(finishReason)).toEqual(["stop", "stop", "length", "tool_calls", "content_filter", null]);
  });

  it("a response without text has null content; thinking blocks are left out; cache tokens count as prompt tokens", () => {
    const r = messagesToChatResponse(
      { id: "msg_1", model: "claude-x", content: [{ type: "thinking", thinking: "hmm" }], stop_reason: "max_tokens", usage: { input_tokens: 3, output_tokens: 4, cache_read_input_tokens: 10 } },
      "claude-x",
      0,
    );
    expect(r).toMatchObject({
      id: "chatcmpl-msg_1",
      created: 0,
      choices: [{ message: { role: "assistant", content: null }, finish_reason: "length" }],
      usage: { prompt_tokens: 13, completion_tokens: 4, total_tokens: 17, prompt_tokens_details: { cached_tokens: 10 } },
    });
  });

  it("stream: pings produce nothing, an upstream error event becomes a gateway error", () => {
    const t = new ChatChunkTranslator("claude-x", false);
    expect(t.translate({ data: "{}", json: { type: "ping" } })).toEqual([]);
    expect(code(() => t.translate({ data: "", json: { type: "error", error: { type: "overloaded_error", message: "secret" } } }))).toBe("WARDEN_UPSTREAM_ERROR");
    const stop = t.translate({ data: "", json: { type: "message_stop" } });
    expect(stop).toEqual([{ data: "[DONE]" }]);
  });
});
