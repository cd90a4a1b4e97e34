/**
 * Bypass hunt 23: Unicode tag characters (U+E0020-E007E, invisible copies of ASCII) put one at a time between the
 * letters of a key or e-mail address. The normalised view revealed each tag as the ASCII it hides, set off by spaces,
 * so the key came out cut into single letters ("A K I A …", or with the hidden letters mixed in): only UNICODE_TAG
 * was reported (the default policy does not act on it) and the key reached the upstream in clear.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startDefaultPolicyGateway, upstreamText, VALUES } from "./acceptance-support.js";

let h: Harness;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

const between = (v: string, inv: string): string => [...v].join(inv);
/** The upstream text with every tag character (raw or as a JSON surrogate-pair escape) removed. */
const withoutTags = (s: string): string => s.replace(/\\udb40\\udc[0-7][0-9a-f]/gi, "").replace(/[\u{E0000}-\u{E007F}]/gu, "");

describe("tag characters between the letters of a value do not hide it", () => {
  const TAGS: Record<string, string> = { "tag space": "\u{E0020}", "tag letter A": "\u{E0041}", "tag digit 7": "\u{E0037}", "tag full stop": "\u{E002E}" };
  for (const [name, tag] of Object.entries(TAGS)) {
    it(name, async () => {
      for (const kind of ["aws", "githubPat", "email", "card"] as const) {
        const { value, core } = VALUES[kind] as { value: string; core: string };
        h.mock.reset();
        await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `keep this: ${between(value, tag)} please` }] });
        expect(withoutTags(upstreamText(h.mock)), `${kind} with a ${name} between letters`).not.toContain(core);
      }
    });
  }

  it("two tags between letters", async () => {
    const { value, core } = VALUES["aws"] as { value: string; core: string };
    await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `id ${between(value, "\u{E0020}\u{E0078}")} ok` }] });
    expect(withoutTags(upstreamText(h.mock))).not.toContain(core);
  });

  it("a flag emoji tag sequence in prose is left alone", async () => {
    const text = "Cheering for \u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F} tonight!";
    await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] });
    expect((h.mock.last.body as { messages: { content: string }[] }).messages[0]?.content).toBe(text);
  });
});
