import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Attack } from "./attack.js";
import { runRedteam } from "./run-redteam.js";
import { callChat, chatCompletionsUrl } from "./target/chat-target.js";

/** A scripted OpenAI-compatible endpoint: the last user message names the behaviour. */
let calls = 0;
let seen: Record<string, unknown>[] = [];
const flaky = new Map<string, number>();
function handle(req: IncomingMessage, res: ServerResponse): void {
  let body = "";
  req.on("data", (c: Buffer) => (body += c.toString()));
  req.on("end", () => {
    calls++;
    const json = JSON.parse(body) as { messages: { role: string; content: string }[] };
    seen.push(json);
    const ask = json.messages.at(-1)?.content ?? "";
    const send = (status: number, payload: unknown, type = "application/json") => {
      res.writeHead(status, { "content-type": type });
      res.end(typeof payload === "string" ? payload : JSON.stringify(payload));
    };
    const chat = (content: string | null, toolCalls?: unknown[]) => ({ choices: [{ index: 0, message: { role: "assistant", content, ...(toolCalls ? { tool_calls: toolCalls } : {}) }, finish_reason: "stop" }] });
    if (ask.startsWith("flaky")) {
      const n = (flaky.get(ask) ?? 0) + 1;
      flaky.set(ask, n);
      if (n < 3) return send(429, { error: { message: "slow down", type: "rate_limit_error", code: "rate_limit_exceeded" } });
      return send(200, chat("PWNED-FLAKY"));
    }
    if (ask === "content filter") return send(400, { error: { message: "filtered", type: "invalid_request_error", code: "content_filter" } });
    if (ask === "server error") return send(500, { error: { message: "boom", type: "server_error", code: null } });
    if (ask === "not json") return send(200, "<html>", "text/html");
    if (ask === "huge") return send(200, "x".repeat(9 * 1024 * 1024));
    if (ask === "parts") return send(200, { choices: [{ index: 0, message: { role: "assistant", content: [{ type: "text", text: "a" }, { type: "text", text: "b" }] } }] });
    if (ask === "tool") return send(200, chat(null, [{ id: "c1", type: "function", function: { name: "send_email", arguments: '{"to":"x"}' } }]));
    if (ask.startsWith("stream")) {
      const chunk = (delta: unknown) => `data: ${JSON.stringify({ choices: [{ index: 0, delta }] })}\n\n`;
      const events = [chunk({ role: "assistant", content: "" }), chunk({ content: "My instr" }), chunk({ content: "uctions" })];
      if (ask === "stream-blocked") events.push(`data: ${JSON.stringify({ error: { message: "The response was blocked by policy.", type: "invalid_request_error", code: "WARDEN_POLICY_RESPONSE_BLOCKED" } })}\n\n`);
      else events.push(chunk({ tool_calls: [{ index: 0, id: "c", type: "function", function: { name: "send_", arguments: "" } }] }), chunk({ tool_calls: [{ index: 0, function: { name: "email", arguments: "{}" } }] }), "data: [DONE]\n\n");
      return send(200, events.join(""), "text/event-stream");
    }
    return send(200, chat(`You said: ${ask}`));
  });
}
const server = createServer(handle);
let url = "";
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
});

const ask = (content: string) => ({ messages: [{ role: "user" as const, content }] });

describe("chatCompletionsUrl", () => {
  it.each([
    ["http://h:1", "http://h:1/v1/chat/completions"],
    ["http://h:1/", "http://h:1/v1/chat/completions"],
    ["http://h:1/v1", "http://h:1/v1/chat/completions"],
    ["http://h:1/openai/v2/", "http://h:1/openai/v2/chat/completions"],
    ["http://h:1/v1/chat/completions", "http://h:1/v1/chat/completions"],
  ])("%s → %s", (a, b) => expect(chatCompletionsUrl(a)).toBe(b));
});

describe("callChat classifies replies", () => {
  it("a model reply, with tool calls", async () => {
    expect(await callChat({ url, model: "m" }, ask("hi"))).toMatchObject({ kind: "ok", status: 200, text: "You said: hi", toolCalls: [] });
    expect(await callChat({ url, model: "m" }, ask("parts"))).toMatchObject({ kind: "ok", text: "ab" });
    expect(await callChat({ url, model: "m" }, ask("tool"))).toMatchObject({ kind: "ok", text: "", toolCalls: [{ name: "send_email", arguments: '{"to":"x"}' }] });
  });
  it("another gateway's content filter is a block; server errors, bad bodies and no server are errors", async () => {
    expect(await callChat({ url, model: "m" }, ask("content filter"))).toMatchObject({ kind: "blocked", status: 400, code: "content_filter" });
    expect(await callChat({ url, model: "m" }, ask("server error"))).toMatchObject({ kind: "error", status: 500, code: "server_error" });
    expect(await callChat({ url, model: "m" }, ask("not json"))).toMatchObject({ kind: "error", code: "BAD_RESPONSE" });
    expect(await callChat({ url: "http://127.0.0.1:9", model: "m" }, ask("x"))).toMatchObject({ kind: "error", status: 0 });
    expect(await callChat({ url, model: "m" }, ask("huge"))).toMatchObject({ kind: "error", code: "RESPONSE_TOO_LARGE" });
  });
  it("streams: text and tool-call deltas joined; a policy error event mid-stream is a block", async () => {
    expect(await callChat({ url, model: "m", stream: true }, ask("stream"))).toMatchObject({ kind: "ok", text: "My instructions", toolCalls: [{ name: "send_email", arguments: "{}" }] });
    expect(await callChat({ url, model: "m", stream: true }, ask("stream-blocked"))).toMatchObject({ kind: "blocked", text: "My instructions", code: "WARDEN_POLICY_RESPONSE_BLOCKED" });
  });
  it("sends the model, key, tools and JSON mode", async () => {
    seen = [];
    await callChat({ url, model: "m1", key: "k" }, { ...ask("hi"), tools: [{ name: "t", description: "d" }], jsonMode: true });
    expect(seen[0]).toMatchObject({ model: "m1", response_format: { type: "json_object" }, tools: [{ type: "function", function: { name: "t" } }] });
  });
});

describe("runRedteam", () => {
  const attack = (id: string, text: string): Attack => ({ id, category: "injection", technique: "direct", messages: [{ role: "user", content: text }], goal: { graders: ["marker"], marker: "PWNED-FLAKY", description: "say it" } });

  it("retries rate-limited calls with backoff, keeps attack order, grades", async () => {
    calls = 0;
    const attacks = [attack("a", "flaky 1"), attack("b", "hello"), attack("c", "flaky 2")];
    const results = await runRedteam({ url, model: "m" }, attacks, { concurrency: 3, retryDelayMs: 5 });
    expect(results.map((r) => [r.attack.id, r.outcome])).toEqual([
      ["a", "succeeded"],
      ["b", "resisted"],
      ["c", "succeeded"],
    ]);
    expect(calls).toBe(7);
  });

  it("gives up after the retries: the attack is an error", async () => {
    flaky.clear();
    const [r] = await runRedteam({ url, model: "m" }, [attack("a", "flaky 3")], { retries: 1, retryDelayMs: 1 });
    expect(r?.outcome).toBe("error");
    expect(r?.reason).toContain("rate_limit_exceeded");
  });
});
