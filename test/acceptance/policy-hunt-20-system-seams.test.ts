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
