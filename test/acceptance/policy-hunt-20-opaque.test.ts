/**
 * Acceptance hunt 20, payloads no control reads: a thinking block's `signature` (Anthropic), a reasoning item's
 * `encrypted_content` (Responses) are provider-signed or encrypted and travel back unread (docs/policy.md,
 * "Structure"). That exemption went by the key's name alone, wherever it was: a credential put under a `signature`
 * key of a chat message, a text part or a Responses input item, or under `encrypted_content` (or any other opaque
 * key) beside a tool call in the history, reached the provider without any control reading it. Only the places where
 * a provider puts such a payload are exempt now; anywhere else the string is checked like any other structure.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startDefaultPolicyGateway, upstreamText, VALUES } from "./acceptance-support.js";

const GHP = VALUES["githubPat"]?.value ?? "";
let h: Harness;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
});
afterAll(async () => h.close());

const hi = [{ role: "user" as const, content: "hi" }];
/** The SDKs' types do not know these keys: the objects are cast, as a client adding fields of its own would send them. */
const as = <T>(v: unknown): T => v as T;

/** Whatever the gateway did (refused, or forwarded with the value removed), the value did not reach the provider. */
async function neverUpstream(call: () => Promise<unknown>): Promise<void> {
  h.mock.reset();
  await call().catch((err: { status?: number }) => expect(err.status).toBe(400));
  expect(upstreamText(h.mock)).not.toContain(GHP.slice(4));
}

describe("a secret under an opaque key's name, where no provider puts such a payload", () => {
  it.each(["signature", "encrypted_content", "obfuscation", "encrypted_index", "b64_json"])("chat: in a message, a text part and a tool call (%s)", async (key) => {
    await neverUpstream(() => h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: as([{ role: "user", content: "hi", [key]: GHP }]) }));
    await neverUpstream(() => h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: as([{ role: "user", content: [{ type: "text", text: "hi", [key]: GHP }] }]) }));
    await neverUpstream(() =>
      h.openai.chat.completions.create({
        model: "gpt-4o-mini",
        messages: as([...hi, { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: "{}" }, [key]: GHP }] }, { role: "tool", tool_call_id: "c1", content: "ok" }]),
      }),
    );
  });

  it.each(["signature", "encrypted_content", "obfuscation", "encrypted_index", "b64_json"])("Anthropic: in a text block, a tool_use block and at the top (%s)", async (key) => {
    await neverUpstream(() => h.anthropic.messages.create({ model: "claude-mock-1", max_tokens: 5, messages: as([{ role: "user", content: [{ type: "text", text: "hi", [key]: GHP }] }]) }));
    await neverUpstream(() =>
      h.anthropic.messages.create({
        model: "claude-mock-1",
        max_tokens: 5,
        messages: as([...hi, { role: "assistant", content: [{ type: "tool_use", id: "t1", name: "f", input: {}, [key]: GHP }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: "t1", content: "ok" }] }]),
      }),
    );
    await neverUpstream(() => h.anthropic.messages.create(as({ model: "claude-mock-1", max_tokens: 5, messages: hi, [key]: GHP })));
  });

  it.each(["signature", "encrypted_content"])("Responses: in a message item and at the top (%s)", async (key) => {
    await neverUpstream(() => h.openai.responses.create({ model: "gpt-4.1", input: as([{ role: "user", content: [{ type: "input_text", text: "hi" }], [key]: GHP }]) }));
    await neverUpstream(() => h.openai.responses.create(as({ model: "gpt-4.1", input: "hi", [key]: GHP })));
  });
});

describe("the provider's own opaque payloads still travel unread", () => {
  // A signature or encrypted blob is long base64 that may look like a key: reading it could refuse a good replay.
  it("an Anthropic thinking block's signature and a redacted thinking block", async () => {
    h.mock.reset();
    await h.anthropic.messages.create({
      model: "claude-mock-1",
      max_tokens: 5,
      messages: [...hi, { role: "assistant", content: [{ type: "thinking", thinking: "ok", signature: GHP }, { type: "redacted_thinking", data: GHP }, { type: "text", text: "ok" }] }, { role: "user", content: "go on" }],
    });
    expect(upstreamText(h.mock)).toContain(GHP);
  });
});
