/**
 * Bypass hunt, tokenization: a vault token is restored only in the conversation that made it (not for another
 * tenant, key or conversation header, not when the token is forged into a request), and text that merely looks
 * like a token does not shield a value from the response controls.
 */
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chatChunks, chatCompletion, type MockHandler, reply } from "../support/mock-upstream.js";
import { type Harness, startDefaultPolicyGateway, upstreamText, VALUES } from "./acceptance-support.js";

const EMAIL = VALUES["email"]?.value ?? "";
let h: Harness;
/** Tenant t1's client (the harness key), and a key of tenant t2 on the same gateway. */
let alice: OpenAI;
let mallory: OpenAI;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
  alice = new OpenAI({ apiKey: h.t.key, baseURL: `${h.t.url}/v1`, maxRetries: 0 });
  const other = h.t.gw.keys.create({ tenant: "t2", app: "a1", roles: ["app"] }).key;
  mallory = new OpenAI({ apiKey: other, baseURL: `${h.t.url}/v1`, maxRetries: 0 });
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

const hi = [{ role: "user" as const, content: "hi" }];
/** An upstream that repeats the caller's last user message (so a token in the request comes back). */
const echo: MockHandler = (req, res, n) => {
  const msgs = (req.body?.["messages"] ?? []) as { content: string }[];
  return reply.json(chatCompletion(`you said: ${msgs.at(-1)?.content ?? ""}`))(req, res, n);
};

describe("a token is restored only in its own conversation", () => {
  let token = "";
  beforeAll(async () => {
    h.mock.reset();
    await alice.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `write to ${EMAIL} today` }] }, { headers: { "x-warden-conversation": "alice-1" } });
    token = /⟦[^⟧]+⟧/.exec(upstreamText(h.mock))?.[0] ?? "";
  });

  it("the owner gets the value back", async () => {
    expect(token).toMatch(/^⟦EMAIL_ADDRESS_[0-9a-f]+⟧$/);
    h.mock.use(reply.json(chatCompletion(`the address is ${token}`)));
    const r = await alice.chat.completions.create({ model: "gpt-4o-mini", messages: hi }, { headers: { "x-warden-conversation": "alice-1" } });
    expect(r.choices[0]?.message.content).toBe(`the address is ${EMAIL}`);
  });

  it.each([
    ["another tenant", () => mallory, "alice-1"],
    ["the same key, another conversation", () => alice, "alice-2"],
    ["the same key, no conversation header", () => alice, undefined],
  ] as const)("%s: the model echoing the token gets nothing", async (_name, client, conversation) => {
    const headers = conversation ? { "x-warden-conversation": conversation } : {};
    h.mock.use(reply.json(chatCompletion(`the address is ${token}`)));
    const r = await client().chat.completions.create({ model: "gpt-4o-mini", messages: hi }, { headers });
    expect(JSON.stringify(r)).not.toContain(EMAIL);
    // Streamed too (restoration there runs in the stream stage, per event).
    h.mock.use(reply.sse(chatChunks(["the address is ", token.slice(0, 5), token.slice(5)])));
    let got = "";
    for await (const c of await client().chat.completions.create({ model: "gpt-4o-mini", messages: hi, stream: true }, { headers })) got += c.choices[0]?.delta.content ?? "";
    expect(got).not.toContain(EMAIL);
  });

  it("another tenant forging the token into its own request gets nothing back", async () => {
    h.mock.use(echo);
    const r = await mallory.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `what is ${token}?` }] }, { headers: { "x-warden-conversation": "alice-1" } });
    expect(JSON.stringify(r)).not.toContain(EMAIL);
  });
});

describe("look-alike tokens", () => {
  const AWS = VALUES["aws"]?.value ?? "";
  const GHP = VALUES["githubPat"]?.value ?? "";
  const CARD = "4111-1111-1111-1111";
  // On the response side only tokens the conversation's vault holds shield what they cover: a model (or injected
  // content steering it) that wraps a value as `⟦<value>_c0ffee⟧` is redacted like plain text, streamed or not
  // (src/enforce/policy-guard.ts scanText).
  const wrapped = async (value: string): Promise<void> => {
    const text = `here: ⟦${value}_c0ffee⟧`;
    h.mock.use(reply.json(chatCompletion(text)));
    const r = await alice.chat.completions.create({ model: "gpt-4o-mini", messages: hi });
    expect(r.choices[0]?.message.content).not.toContain(value);
    h.mock.use(reply.sse(chatChunks([text.slice(0, 9), text.slice(9)])));
    let got = "";
    for await (const c of await alice.chat.completions.create({ model: "gpt-4o-mini", messages: hi, stream: true })) got += c.choices[0]?.delta.content ?? "";
    expect(got).not.toContain(value);
  };
  it.each([
    ["AWS key", AWS],
    ["GitHub token", GHP],
  ])("a %s wrapped as a fake token is still redacted", async (_name, value) => wrapped(value));
  // A formatted number glued to `_` keeps its last group (`4111-1111-1111-1111_c0ffee`: src/detect/pii
  // numeric-candidates.ts), so the card detector sees it.
  it("a card number wrapped as a fake token is still redacted", async () => wrapped(CARD));
});
