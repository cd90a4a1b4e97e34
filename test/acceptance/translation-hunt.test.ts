/**
 * Bypass hunt, translation between the APIs: the controls inspect a call in the caller's format, so a translation
 * must not join what they saw apart, nor part what they must see whole.
 * - Requests: an Anthropic client on a GPT route sends its history as blocks; joining two assistant text blocks with
 *   nothing handed the provider a key that no control had seen whole.
 * - Streams: an Anthropic client on a GPT route gets the OpenAI stream as Messages events, and the response controls
 *   scan each content block as one text. OpenAI tool calls may interleave (`index` 0, 1, 0 in one stream);
 *   Anthropic blocks cannot, so a translation that opened a new block at each switch cut one call's arguments (and
 *   a key in them) over several blocks: the halves passed the controls separately.
 */
import type Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reply, type SseOut } from "../support/mock-upstream.js";
import { postJson, readSse } from "../support/test-gateway.js";
import { type Harness, startDefaultPolicyGateway, upstreamText } from "./acceptance-support.js";

const AWS = "AKIAZ3MHQ7RT2XKPLW4N";
let h: Harness;
let anthropic: Anthropic;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
  anthropic = h.anthropic;
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

const base = { id: "chatcmpl-x", object: "chat.completion.chunk", created: 1, model: "gpt-4o-mini" };
const chunk = (delta: object, finish: string | null = null): SseOut => ({ data: { ...base, choices: [{ index: 0, delta, finish_reason: finish }] } });
const args = (...calls: [number, string][]) => chunk({ tool_calls: calls.map(([index, a]) => ({ index, function: { arguments: a } })) });
const hi = [{ role: "user" as const, content: "hi" }];

describe("an Anthropic history sent to a GPT route", () => {
  it("two assistant text blocks holding a key's halves: joined with a line break for the GPT route, and redacted (the blocks are scanned as one run)", async () => {
    await anthropic.messages.create({
      model: "gpt-4o-mini",
      max_tokens: 50,
      messages: [
        { role: "user", content: "hi" },
        { role: "assistant", content: [{ type: "text", text: "the key is AKIAZ3MHQ7" }, { type: "text", text: "RT2XKPLW4N ok" }] },
        { role: "user", content: "thanks" },
      ],
    });
    expect(upstreamText(h.mock)).not.toContain(AWS);
    const content = (h.mock.last.body?.["messages"] as { content: string }[])[1]?.content ?? "";
    expect(content).not.toContain("AKIAZ3MHQ7");
    expect(content).not.toContain("RT2XKPLW4N");
    expect(content).toMatch(/^the key is .*\n.* ok$/s);
  });
});

describe("GPT tool calls streamed to an Anthropic client", () => {
  it("interleaved calls: each call is one tool_use block, and a key split inside either is redacted", async () => {
    h.mock.use(
      reply.sse([
        chunk({ role: "assistant", tool_calls: [{ index: 0, id: "call_a", type: "function", function: { name: "save", arguments: "" } }, { index: 1, id: "call_b", type: "function", function: { name: "send", arguments: "" } }] }),
        args([0, '{"note":"AKIAZ3MH'], [1, '{"to":"ops","body":"AKIAZ3MH']),
        args([1, 'Q7RT2XKPLW4N"}'], [0, 'Q7RT2XKPLW4N"}']),
        chunk({}, "tool_calls"),
        { data: "[DONE]" },
      ]),
    );
    const msg = await anthropic.messages.stream({ model: "gpt-4o-mini", max_tokens: 50, messages: hi }).finalMessage();
    expect(JSON.stringify(msg)).not.toContain("Q7RT2XKP");
    expect(msg.content).toEqual([
      { type: "tool_use", id: "call_a", name: "save", input: { note: "[aws-access-key-id]" } },
      { type: "tool_use", id: "call_b", name: "send", input: { to: "ops", body: "[aws-access-key-id]" } },
    ]);
  });

  it("sequential calls (as OpenAI sends them) still arrive as one block each", async () => {
    h.mock.use(
      reply.sse([
        chunk({ role: "assistant", tool_calls: [{ index: 0, id: "call_a", type: "function", function: { name: "save", arguments: "" } }] }),
        args([0, '{"note":"one"}']),
        chunk({ tool_calls: [{ index: 1, id: "call_b", type: "function", function: { name: "save", arguments: "" } }] }),
        args([1, `{"note":"${AWS}"}`]),
        chunk({}, "tool_calls"),
        { data: "[DONE]" },
      ]),
    );
    const msg = await anthropic.messages.stream({ model: "gpt-4o-mini", max_tokens: 50, messages: hi }).finalMessage();
    expect(msg.content).toEqual([
      { type: "tool_use", id: "call_a", name: "save", input: { note: "one" } },
      { type: "tool_use", id: "call_b", name: "save", input: { note: "[aws-access-key-id]" } },
    ]);
  });

  it("arguments resuming a call after a text block: the stream ends with an error, no part of the key", async () => {
    h.mock.use(
      reply.sse([
        chunk({ role: "assistant", tool_calls: [{ index: 0, id: "call_a", type: "function", function: { name: "save", arguments: '{"note":"AKIAZ3MH' } }] }),
        chunk({ content: "thinking aloud" }),
        args([0, 'Q7RT2XKPLW4N"}']),
        chunk({}, "tool_calls"),
        { data: "[DONE]" },
      ], { delayMs: 5 }),
    );
    const res = await postJson(`${h.t.url}/v1/messages`, { model: "gpt-4o-mini", max_tokens: 50, stream: true, messages: hi }, h.t.key);
    const text = await res.text();
    expect(text).not.toContain("Q7RT2XKP");
    // Refused before the first byte (502) or, once streaming, an error event last: either way the gateway's code.
    const last = res.status === 200 ? (await readSse(new Response(text))).at(-1)?.json : JSON.parse(text);
    expect(last).toMatchObject({ type: "error", error: { code: "WARDEN_UPSTREAM_BAD_RESPONSE" } });
  });
});
