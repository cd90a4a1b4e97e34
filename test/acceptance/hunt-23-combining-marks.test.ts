/**
 * Bypass hunt 23: one combining accent on every character of a value ("g\u0301h\u0301p\u0301_…"), or a single one
 * inside a key ("AKIA\u0301Z3…"), hides it from the patterns as well as stacked marks do, and the model reads through
 * it. Only stacks of two or more marks on one character made the normalised view (which drops the marks) count as
 * changed, so these values reached the upstream in clear.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startDefaultPolicyGateway, upstreamText, VALUES } from "./acceptance-support.js";

let h: Harness;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

const accentEach = (v: string, mark: string): string => [...v].map((c) => (/[A-Za-z0-9]/.test(c) ? c + mark : c)).join("");
/** The value as the upstream would carry it with every combining mark dropped. */
const withoutMarks = (s: string): string => s.replace(/\\u03[0-6][0-9a-f]/gi, "").replace(/[\u0300-\u036f]/g, "");

describe("combining marks on a value do not hide it from the policy", () => {
  const kinds = ["githubPat", "aws", "openaiKey", "email", "card", "iban", "ssn"] as const;
  for (const [name, mark] of [["acute on every character", "\u0301"], ["low line on every character", "\u0332"], ["dot below on every character", "\u0323"]] as const) {
    it(name, async () => {
      for (const kind of kinds) {
        const { value, core } = VALUES[kind] as { value: string; core: string };
        h.mock.reset();
        await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `keep this: ${accentEach(value, mark)} please` }] });
        expect(withoutMarks(upstreamText(h.mock)), `${kind} with ${name}`).not.toContain(core);
      }
    });
  }

  it("one accent inside a key", async () => {
    const aws = VALUES["aws"]?.value as string;
    const hidden = `${aws.slice(0, 4)}\u0301${aws.slice(4)}`;
    await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `aws_access_key_id = ${hidden}` }] });
    expect(withoutMarks(upstreamText(h.mock))).not.toContain(aws);
  });

  it("decomposed accents in ordinary prose are left alone", async () => {
    const text = "L'e\u0301le\u0300ve pre\u0301fe\u0301re\u0301e de Mu\u0308nchen a re\u0301ussi.";
    await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] });
    expect((h.mock.last.body as { messages: { content: string }[] }).messages[0]?.content).toBe(text);
  });
});
