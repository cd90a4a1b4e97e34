import { describe, expect, it } from "vitest";
import { UpstreamEvent } from "../../forward/sse/upstream-event.js";
import { openaiChatStreamDeltas, openaiChatStreamTextLength } from "./openai-chat-stream-deltas.js";

const events = [
  { id: "c", choices: [{ index: 0, delta: { role: "assistant", content: "" } }] },
  { id: "c", choices: [{ index: 0, delta: { content: "Hello \"world\"\n😀 café" } }] },
  { id: "c", choices: [{ index: 0, delta: { reasoning_content: "think", refusal: "no" } }] },
  { id: "c", choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: "t", function: { name: "f", arguments: '{"q":"x"}' } }] } }] },
  { id: "c", choices: [{ index: 0, delta: { audio: { transcript: "spoken" } } }] },
  { id: "c", choices: [{ index: 0, delta: { content: [{ type: "text", text: "parts" }] } }] },
  { id: "c", choices: [{ index: 0, delta: {}, finish_reason: "stop" }], usage: null },
];

describe("openaiChatStreamTextLength", () => {
  it("parses content parts written with spaces (Python's json.dumps)", () => {
    const data = '{"choices": [{"index": 0, "delta": {"content": [{"type": "text", "text": "parts here"}]}}]}';
    expect(openaiChatStreamTextLength(new UpstreamEvent(data))).toBe(10);
  });

  it.each(events.map((e) => [JSON.stringify(e)]))("reads the same length from the raw event as from the parsed one: %s", (data) => {
    const raw = new UpstreamEvent(data);
    const fromRaw = openaiChatStreamTextLength(raw);
    // Nothing was parsed for it (except content given as parts).
    const parsed = new UpstreamEvent(data);
    void parsed.json;
    expect(fromRaw).toBe(openaiChatStreamTextLength(parsed));
    expect(fromRaw).toBe(openaiChatStreamDeltas(parsed).reduce((n, d) => n + d.text.length, 0));
    if (!/"content"\s*:\s*\[/.test(data)) expect(raw.wasParsed).toBe(false);
  });
});
