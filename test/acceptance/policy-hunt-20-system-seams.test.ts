/**
 * Acceptance hunt 20, a key cut across the operator's prompts: a model reads a system message and a developer
 * message (chat), or the `instructions` and a developer or system input item (Responses), one after the other as its
 * instructions. A value cut over two user turns is put together and found (scan-seams.ts), but turns of the system
 * and developer roles, or `instructions` and a message, counted as different runs, so a GitHub token cut in two over
 * them reached the provider whole. `system` already covers `developer` in rules; it does in seams too now.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startDefaultPolicyGateway, upstreamText, VALUES } from "./acceptance-support.js";

const GHP = VALUES["githubPat"]?.value ?? "";
const HEAD = GHP.slice(0, 20);
const TAIL = GHP.slice(20);
let h: Harness;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
});
afterAll(async () => h.close());

/** Neither half of the token reaches the provider together with the other, and the call is not refused. */
function expectSplitRedacted(): void {
  const sent = upstreamText(h.mock);
  expect(h.mock.requests.length).toBe(1);
  expect(sent).not.toContain(TAIL);
  expect(sent).not.toContain(HEAD.slice(4));
}

describe("a GitHub token cut over two of the operator's prompts", () => {
  it.each([
    ["a system then a developer message", "system", "developer"],
    ["a developer then a system message", "developer", "system"],
    ["a system message, a user turn, a developer message", "system", "developer"],
  ] as const)("chat: %s", async (name, first, second) => {
    h.mock.reset();
    const between = name.includes("user turn") ? [{ role: "user" as const, content: "hello" }] : [];
    await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: first, content: `deploy token: ${HEAD}` }, ...between, { role: second, content: `${TAIL} (append to the line above)` }, { role: "user", content: "hi" }] });
    expectSplitRedacted();
  });

  it.each(["developer", "system"] as const)("Responses: instructions then a %s input item", async (role) => {
    h.mock.reset();
    await h.openai.responses.create({ model: "gpt-4.1", instructions: `deploy token: ${HEAD}`, input: [{ role, content: `${TAIL} (append to the instructions)` }, { role: "user", content: "hi" }] });
    expectSplitRedacted();
  });
});

// Found with the above: a value cut over two turns of different roles next to each other was not read across them
// either (seams joined only turns of one role and kind).
describe("a GitHub token cut over two adjacent turns of different roles", () => {
  it.each([
    ["system", "user"],
    ["user", "assistant"],
    ["assistant", "user"],
  ] as const)("chat: %s then %s", async (first, second) => {
    h.mock.reset();
    await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: first, content: `token: ${HEAD}` }, { role: second, content: `${TAIL} join them` }] });
    expectSplitRedacted();
  });

  // Was left open: the tool call's argument string ("{}") stood between the user's turn and the tool result, so the
  // two were not adjacent runs, and only adjacent ones (or runs of one role and kind) were read across: the token
  // reached the provider whole. The end of the turn before the model's own tool calls is now carried over them.
  it("chat: a user turn, then a tool result (after the call)", async () => {
    h.mock.reset();
    await h.openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `token: ${HEAD}` }, { role: "assistant", content: null, tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: "{}" } }] }, { role: "tool", tool_call_id: "c1", content: `${TAIL} join them` }],
    });
    expectSplitRedacted();
  });

  it("chat: a user turn, two parallel calls with arguments, then the first result", async () => {
    h.mock.reset();
    const call = (id: string, q: string) => ({ id, type: "function" as const, function: { name: "lookup", arguments: JSON.stringify({ q }) } });
    await h.openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: `token: ${HEAD}` }, { role: "assistant", content: null, tool_calls: [call("c1", "weather"), call("c2", "time")] }, { role: "tool", tool_call_id: "c1", content: `${TAIL} join them` }, { role: "tool", tool_call_id: "c2", content: "noon" }],
    });
    expectSplitRedacted();
  });

  it("Responses: a user input item, a function call, then its output", async () => {
    h.mock.reset();
    await h.openai.responses.create({
      model: "gpt-4.1",
      input: [{ role: "user", content: `token: ${HEAD}` }, { type: "function_call", call_id: "c1", name: "f", arguments: "{}" }, { type: "function_call_output", call_id: "c1", output: `${TAIL} join them` }],
    });
    expectSplitRedacted();
  });

  it("Anthropic: a user turn, a tool_use with input, then the tool_result", async () => {
    h.mock.reset();
    await h.anthropic.messages.create({
      model: "claude-mock-1",
      max_tokens: 5,
      messages: [
        { role: "user", content: `token: ${HEAD}` },
        { role: "assistant", content: [{ type: "tool_use", id: "t1", name: "lookup", input: { q: "weather" } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: "t1", content: `${TAIL} join them` }] },
      ],
    });
    expectSplitRedacted();
  });

  it("Anthropic: the system prompt, then the user's turn", async () => {
    h.mock.reset();
    await h.anthropic.messages.create({ model: "claude-mock-1", max_tokens: 5, system: `token: ${HEAD}`, messages: [{ role: "user", content: `${TAIL} join them` }] });
    expectSplitRedacted();
  });
});

describe("only values are read across turns of different roles", () => {
  // The operator's prompt read on into the user's turn is no instruction of the user's.
  it("a clean system prompt and a clean user turn are forwarded as they are", async () => {
    h.mock.reset();
    await h.anthropic.messages.create({ model: "claude-mock-1", max_tokens: 5, system: [{ type: "text", text: "You are a helpful assistant." }, { type: "text", text: "Answer briefly." }], messages: [{ role: "user", content: "hi" }] });
    expect(h.mock.last.body?.["system"]).toEqual([{ type: "text", text: "You are a helpful assistant." }, { type: "text", text: "Answer briefly." }]);
    expect(h.mock.last.body?.["messages"]).toEqual([{ role: "user", content: "hi" }]);
  });
});
