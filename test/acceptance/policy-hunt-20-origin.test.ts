/**
 * Acceptance hunt 20, `origin` in responses: the default policy redacts personal data in an answer unless the caller
 * sent that value itself (`default.redact-model-pii`, `origin: model`). A value counted as the caller's when it was
 * found anywhere in the request's text between two non-letters, so another person's e-mail address that is the tail
 * of the caller's (`smith@corp-mail.com` in `bob.smith@corp-mail.com`), or its head with another domain
 * (`bob.smith@corp-mail.co` in `…com`), went to the caller unredacted. The value must stand whole in the request.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anthropicMessage, chatChunks, chatCompletion, reply } from "../support/mock-upstream.js";
import { type Harness, startDefaultPolicyGateway } from "./acceptance-support.js";

let h: Harness;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
});
afterAll(async () => h.close());

const CALLER = "bob.smith@corp-mail.com";
const PROMPT = `Please draft a reply to ${CALLER} about the invoice.`;

async function chat(answer: string, stream: boolean): Promise<string> {
  if (stream) {
    h.mock.use(reply.sse(chatChunks(answer.match(/.{1,3}/gs) ?? [])));
    let out = "";
    for await (const c of await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: PROMPT }], stream: true })) out += c.choices[0]?.delta.content ?? "";
    return out;
  }
  h.mock.use(reply.json(chatCompletion(answer)));
  const r = await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: PROMPT }] });
  return r.choices[0]?.message.content ?? "";
}

describe("a value the model wrote that is only part of one the caller sent", () => {
  it.each([
    ["the tail of the caller's address", "smith@corp-mail.com"],
    ["another local part joined by a dash", "ops-smith@corp-mail.com"],
    ["the head of it with another domain", "bob.smith@corp-mail.co"],
  ])("%s is redacted (chat, streamed and not)", async (_name, other) => {
    for (const stream of [false, true]) {
      const out = await chat(`I also copied ${other} on it.`, stream);
      expect(out).not.toContain(other);
      expect(out).toContain("[EMAIL_ADDRESS]");
    }
  });

  it("Anthropic: the tail of the caller's address is redacted", async () => {
    h.mock.use(reply.json(anthropicMessage("I also copied smith@corp-mail.com on it.")));
    const m = await h.anthropic.messages.create({ model: "claude-mock-1", max_tokens: 50, messages: [{ role: "user", content: PROMPT }] });
    expect(m.content[0]).toMatchObject({ type: "text", text: "I also copied [EMAIL_ADDRESS] on it." });
  });
});

describe("the caller's own value still passes", () => {
  it.each([
    ["as sent", `Replying to ${CALLER}.`],
    ["at the end of a sentence", `I wrote to ${CALLER}.`],
    ["in brackets", `(${CALLER})`],
  ])("%s", async (_name, answer) => {
    for (const stream of [false, true]) expect(await chat(answer, stream)).toBe(answer);
  });
});
