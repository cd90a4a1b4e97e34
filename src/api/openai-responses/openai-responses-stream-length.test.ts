import { describe, expect, it } from "vitest";
import { UpstreamEvent } from "../../forward/sse/upstream-event.js";
import { openaiResponsesEndpoint } from "./openai-responses-endpoint.js";

const events = [
  { type: "response.output_text.delta", item_id: "m", output_index: 0, content_index: 0, delta: "Hi \"there\"\n😀" },
  { type: "response.function_call_arguments.delta", item_id: "f", output_index: 1, delta: '{"city":"Par' },
  { type: "response.reasoning_summary_text.delta", item_id: "r", output_index: 0, summary_index: 0, delta: "thinking" },
  { type: "response.output_text.done", item_id: "m", output_index: 0, content_index: 0, text: "Hi there" },
  { type: "response.audio.delta", delta: "QUJDREVGRw==" },
];

describe("Responses stream text length", () => {
  it.each(events.map((e) => [e.type, JSON.stringify(e)]))("%s: the raw read agrees with the deltas", (type, data) => {
    const raw = new UpstreamEvent(data);
    raw.scanned(type);
    const parsed = new UpstreamEvent(data);
    const want = openaiResponsesEndpoint.streamDeltas(parsed).reduce((n, d) => n + d.text.length, 0);
    expect(openaiResponsesEndpoint.streamTextLength?.(raw)).toBe(want);
    if (type?.endsWith(".delta") && type !== "response.audio.delta") expect(raw.wasParsed).toBe(false);
  });
});
