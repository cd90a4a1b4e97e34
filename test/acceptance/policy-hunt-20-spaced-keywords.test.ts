/**
 * Acceptance hunt 20, custom keyword rules and words spelled out letter by letter: a deny list (`keywords`) matched
 * the word as written and its leet and zero-width forms, but not `p a s s w o r d`, `s-e-c-r-e-t` or `s.e.c.r.e.t`
 * (the cipher views that join spaced letters are built for keys and instructions of eight and more characters, and
 * keyword rules did not read them). Keyword rules now also read a view with such runs joined back
 * (normalize/spaced-letters-view.ts); the span found maps to the spelled-out form in the original, which the
 * action replaces whole, in requests and in streamed answers. Mixed separators, a word next to spelled-out letters and
 * pieces of two letters are found by the keyword rule itself (detect/custom/spelled-keywords.ts).
 */
import OpenAI from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chatChunks, type MockUpstream, reply, startMockUpstream } from "../support/mock-upstream.js";
import { mockConfig, startTestGateway, type TestGateway } from "../support/test-gateway.js";
import { upstreamText } from "./acceptance-support.js";

const POLICY = {
  detection: { customRules: [{ id: "words", type: "DENIED_WORD", keywords: ["password", "secret", "project bluebird"] }] },
  rules: [{ id: "deny-words", match: { detector: "custom.words" }, action: "redact" }],
};

let mock: MockUpstream;
let t: TestGateway;
let client: OpenAI;
beforeAll(async () => {
  mock = await startMockUpstream();
  t = await startTestGateway({ ...mockConfig(mock.url), policy: POLICY });
  client = new OpenAI({ apiKey: t.key, baseURL: `${t.url}/v1`, maxRetries: 0 });
});
afterAll(async () => {
  await t.close();
  await mock.close();
});
beforeEach(() => mock.reset());

const FORMS: readonly [string, string][] = [
  ["spaces", "p a s s w o r d"],
  ["dashes", "s-e-c-r-e-t"],
  ["dots", "s.e.c.r.e.t"],
  ["underscores", "p_a_s_s_w_o_r_d"],
  ["zero-width spaces", "s\u200be\u200bc\u200br\u200be\u200bt"],
  ["dots and zero-width spaces", "s.\u200be.\u200bc.\u200br.\u200be.\u200bt"],
  ["a phrase, its second word spaced", "project B L U E B I R D"],
  ["mixed separators", "p-a.s_s w/o|r~d"],
  ["a word, then spelled letters", "pass-w-o-r-d"],
  ["pieces of two letters", "se-cr-et"],
  ["one letter split off", "s ecret"],
];

describe("a keyword spelled out letter by letter", () => {
  it.each(FORMS)("in a request (%s): the upstream gets the label, not the word", async (_name, form) => {
    await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `the ${form} is in the drawer` }] });
    const sent = upstreamText(mock);
    expect(sent).not.toContain(form);
    expect(mock.last.body?.["messages"]).toEqual([{ role: "user", content: "the [DENIED_WORD] is in the drawer" }]);
  });

  it.each(FORMS)("in a streamed answer (%s), cut into 2-character events: the caller gets the label", async (_name, form) => {
    const answer = `ok, the ${form} is in the drawer`;
    mock.use(reply.sse(chatChunks(answer.match(/.{1,2}/gsu) ?? [])));
    let out = "";
    for await (const c of await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "where is it?" }], stream: true })) out += c.choices[0]?.delta.content ?? "";
    expect(out).toBe("ok, the [DENIED_WORD] is in the drawer");
  });

  it("the article written in the run's style is not read as a letter of the word (request and streamed answer)", async () => {
    await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "here is a p a s s w o r d for you" }] });
    expect(mock.last.body?.["messages"]).toEqual([{ role: "user", content: "here is a [DENIED_WORD] for you" }]);
    mock.use(reply.sse(chatChunks("ok, a s e c r e t: done".match(/.{1,2}/gsu) ?? [])));
    let out = "";
    for await (const c of await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "go" }], stream: true })) out += c.choices[0]?.delta.content ?? "";
    expect(out).toBe("ok, a [DENIED_WORD]: done");
  });

  it("words that merely contain single letters are left alone", async () => {
    const text = "Plan A, then B: a b testing of s e c t i o n s, and pass word hints.";
    await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] });
    expect(mock.last.body?.["messages"]).toEqual([{ role: "user", content: text }]);
  });
});
