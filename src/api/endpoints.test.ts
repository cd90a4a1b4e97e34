import { describe, expect, it } from "vitest";
import type { JsonObject } from "../core/json.js";
import { WardenError } from "../core/warden-error.js";
import { ENDPOINTS } from "./endpoints.js";

const byApi = Object.fromEntries(ENDPOINTS.map((e) => [e.api, e]));

function invalidMessage(api: string, body: unknown): string | undefined {
  try {
    byApi[api]?.parse(body as JsonObject);
  } catch (err) {
    if (WardenError.isInstance(err) && err.code === "WARDEN_REQUEST_INVALID") return err.message;
    throw err;
  }
  return undefined;
}

describe("ENDPOINTS", () => {
  it("one endpoint per method and path, each with its error format", () => {
    expect(ENDPOINTS.map((e) => `${e.method} ${e.path} ${e.errorFormat}`)).toEqual([
      "POST /v1/chat/completions openai",
      "POST /v1/completions openai",
      "POST /v1/embeddings openai",
      "POST /v1/responses openai",
      "POST /v1/messages anthropic",
      "POST /v1/messages/count_tokens anthropic",
    ]);
  });
});

describe("parse: minimal valid bodies", () => {
  it.each([
    { api: "openai.chat", body: { model: "m", messages: [] }, stream: false },
    { api: "openai.chat", body: { model: "m", messages: [{ role: "user", content: null }], stream: true }, stream: true },
    { api: "openai.completions", body: { model: "m", prompt: "", stream: true }, stream: true },
    { api: "openai.embeddings", body: { model: "m", input: "x", stream: false }, stream: false },
    { api: "openai.responses", body: { model: "m" }, stream: false },
    { api: "openai.responses", body: { model: "m", input: [], stream: true }, stream: true },
    { api: "anthropic.messages", body: { model: "m", messages: [], stream: true }, stream: true },
    { api: "anthropic.count_tokens", body: { model: "m", messages: [], stream: true }, stream: false },
  ])("$api $body", ({ api, body, stream }) => {
    const spec = byApi[api]?.parse(body as unknown as JsonObject);
    expect(spec).toMatchObject({ api, model: "m", stream });
  });
});

describe("parse: invalid bodies name the field", () => {
  it.each([
    { api: "openai.chat", body: {}, field: "model" },
    { api: "openai.chat", body: { model: "" }, field: "model" },
    { api: "openai.chat", body: { model: "m" }, field: "messages" },
    { api: "openai.chat", body: { model: "m", messages: {} }, field: "messages" },
    { api: "openai.chat", body: { model: "m", messages: [null] }, field: "messages[0]" },
    { api: "openai.chat", body: { model: "m", messages: [{ role: 1 }] }, field: "messages[0].role" },
    { api: "openai.chat", body: { model: "m", messages: [{ role: "user", content: { text: "x" } }] }, field: "messages[0].content" },
    { api: "openai.chat", body: { model: "m", messages: [], stream: 1 }, field: "stream" },
    { api: "openai.completions", body: { model: "m" }, field: "prompt" },
    { api: "openai.completions", body: { model: "m", prompt: [1, 2] }, field: "prompt" },
    { api: "openai.embeddings", body: { model: "m" }, field: "input" },
    { api: "openai.embeddings", body: { model: "m", input: null }, field: "input" },
    { api: "openai.embeddings", body: { model: "m", input: "x", stream: true }, field: "stream" },
    { api: "openai.embeddings", body: { model: "m", input: [[1, 2]] }, field: "input" },
    { api: "openai.responses", body: { input: "x" }, field: "model" },
    { api: "openai.responses", body: { model: "m", input: 5 }, field: "input" },
    { api: "openai.responses", body: { model: "m", input: ["text"] }, field: "input[0]" },
    { api: "anthropic.messages", body: { model: "m" }, field: "messages" },
    { api: "anthropic.messages", body: { model: "m", messages: [], system: 5 }, field: "system" },
    { api: "anthropic.messages", body: { model: "m", messages: [], stream: "true" }, field: "stream" },
    { api: "anthropic.count_tokens", body: { messages: [] }, field: "model" },
  ])("$api $body → names '$field'", ({ api, body, field }) => {
    const message = invalidMessage(api, body);
    expect(message).toBeDefined();
    expect(message).toContain(`'${field}`);
  });
});

describe("roles", () => {
  it.each([
    { role: "system", want: "system" },
    { role: "developer", want: "developer" },
    { role: "assistant", want: "assistant" },
    { role: "tool", want: "tool" },
    { role: "function", want: "tool" },
    { role: "user", want: "user" },
    { role: "something-new", want: "user" },
  ])("chat role $role → $want (unknown roles are untrusted user text)", ({ role, want }) => {
    const spec = byApi["openai.chat"]?.parse({ model: "m", messages: [{ role, content: "text" }] });
    expect(spec?.parts.map((p) => p.role)).toEqual([want]);
  });

  it("message indexes follow the conversation; top-level fields are -1", () => {
    const spec = byApi["anthropic.messages"]?.parse({ model: "m", system: "s", messages: [{ role: "user", content: "a" }, { role: "assistant", content: "b" }] });
    expect(spec?.parts.map((p) => [p.text, p.messageIndex])).toEqual([
      ["s", -1],
      ["a", 0],
      ["b", 1],
    ]);
  });
});
