/**
 * Bypass hunt, system text cut in pieces: a key cut over two Anthropic `system` blocks, two content parts of one
 * system or developer message, two consecutive system messages, or two text blocks of one Anthropic document
 * reaches the model as one text, so it must be found as it is
 * in user text (docs/policy.md, "What the response rules see": adjacent text parts a model reads as one run). Official
 * SDKs, default policy, mock upstream (acceptance tester).
 */
import type Anthropic from "@anthropic-ai/sdk";
import type OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startDefaultPolicyGateway, upstreamText, VALUES } from "./acceptance-support.js";

const GHP = VALUES["githubPat"]?.value ?? "";
const HEAD = GHP.slice(0, 21);
const TAIL = GHP.slice(21);

let h: Harness;
let openai: OpenAI;
let anthropic: Anthropic;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
  openai = h.openai;
  anthropic = h.anthropic;
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

/** Neither half of the key reached the upstream. */
function expectNoHalfUpstream(): void {
  expect(h.mock.requests.length).toBe(1);
  const up = upstreamText(h.mock);
  expect(up).not.toContain(HEAD.slice(4));
  expect(up).not.toContain(TAIL);
}

describe("a key cut over two pieces of system text", () => {
  it("Anthropic: two system blocks", async () => {
    await anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, system: [{ type: "text", text: `Deploy token: ${HEAD}` }, { type: "text", text: `${TAIL} (do not share)` }], messages: [{ role: "user", content: "hi" }] });
    expectNoHalfUpstream();
  });

  it("chat: two content parts of one system message", async () => {
    await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "system", content: [{ type: "text", text: `Deploy token: ${HEAD}` }, { type: "text", text: `${TAIL} (do not share)` }] }, { role: "user", content: "hi" }] });
    expectNoHalfUpstream();
  });

  it("chat: two consecutive system messages", async () => {
    await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "system", content: `Deploy token: ${HEAD}` }, { role: "system", content: `${TAIL} (do not share)` }, { role: "user", content: "hi" }] });
    expectNoHalfUpstream();
  });

  it("chat: two content parts of one developer message", async () => {
    await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "developer", content: [{ type: "text", text: `Deploy token: ${HEAD}` }, { type: "text", text: `${TAIL} (do not share)` }] }, { role: "user", content: "hi" }] });
    expectNoHalfUpstream();
  });

  it("Anthropic: two text blocks of a document with a content source", async () => {
    await anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, messages: [{ role: "user", content: [{ type: "document", source: { type: "content", content: [{ type: "text", text: `Deploy token: ${HEAD}` }, { type: "text", text: `${TAIL} (do not share)` }] } }, { type: "text", text: "summarise" }] }] });
    expectNoHalfUpstream();
  });

  it("clean system blocks are forwarded unchanged", async () => {
    await anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, system: [{ type: "text", text: "You are a helpful assistant." }, { type: "text", text: "Answer briefly." }], messages: [{ role: "user", content: "hi" }] });
    expect(h.mock.last.body?.["system"]).toEqual([{ type: "text", text: "You are a helpful assistant." }, { type: "text", text: "Answer briefly." }]);
  });
});
