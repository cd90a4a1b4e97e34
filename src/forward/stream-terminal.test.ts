import { describe, expect, it } from "vitest";
import type { ApiKind } from "../core/message-spec.js";
import { isTerminalEvent } from "./stream-terminal.js";

const ev = (json: object) => ({ data: JSON.stringify(json), json: json as never });

describe("isTerminalEvent", () => {
  it.each([
    { api: "openai.chat", event: { data: "[DONE]" }, terminal: true },
    { api: "openai.chat", event: ev({ choices: [{ finish_reason: "stop" }] }), terminal: false },
    { api: "openai.completions", event: { data: "[DONE]" }, terminal: true },
    { api: "openai.responses", event: ev({ type: "response.completed" }), terminal: true },
    { api: "openai.responses", event: ev({ type: "response.failed" }), terminal: true },
    { api: "openai.responses", event: ev({ type: "response.incomplete" }), terminal: true },
    { api: "openai.responses", event: ev({ type: "error" }), terminal: true },
    { api: "openai.responses", event: ev({ type: "response.output_text.done" }), terminal: false },
    { api: "anthropic.messages", event: ev({ type: "message_stop" }), terminal: true },
    { api: "anthropic.messages", event: ev({ type: "error" }), terminal: true },
    { api: "anthropic.messages", event: ev({ type: "message_delta" }), terminal: false },
  ] as { api: ApiKind; event: { data: string; json?: never }; terminal: boolean }[])("$api $event.data → $terminal", ({ api, event, terminal }) => {
    expect(isTerminalEvent(api, event)).toBe(terminal);
  });
});
