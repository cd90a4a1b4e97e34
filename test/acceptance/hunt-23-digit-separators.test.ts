/**
 * Bypass hunt 23: a card number, IBAN, phone number or SSN whose groups are joined by a Unicode separator instead of
 * an ASCII space or hyphen (NBSP and narrow NBSP from word processors and French typography, figure and thin spaces
 * from typeset tables, en dashes and non-breaking hyphens from autocorrect) reached the upstream in clear: the
 * normalised view turned them into ASCII but was never built, because Unicode spaces and dash look-alikes alone did
 * not count as a change, while the numeric patterns take only ASCII separators.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startDefaultPolicyGateway, upstreamText } from "./acceptance-support.js";

let h: Harness;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

const SEPARATORS: Record<string, string> = {
  "no-break space": "\u00a0",
  "narrow no-break space": "\u202f",
  "figure space": "\u2007",
  "thin space": "\u2009",
  "ideographic space": "\u3000",
  "en dash": "\u2013",
  "non-breaking hyphen": "\u2011",
  "minus sign": "\u2212",
  "full-width hyphen": "\uff0d",
};
const GROUPED: Record<string, { groups: string[]; lead: string; digits: string }> = {
  card: { groups: ["4111", "1111", "1111", "1111"], lead: "my card number is", digits: "4111111111111111" },
  iban: { groups: ["DE89", "3704", "0044", "0532", "0130", "00"], lead: "wire it to IBAN", digits: "370400440532" },
  phone: { groups: ["+44", "20", "7946", "0958"], lead: "call me on", digits: "79460958" },
  ssn: { groups: ["536", "22", "1456"], lead: "my SSN is", digits: "536221456" },
};

describe("grouped numbers with Unicode separators never reach the upstream", () => {
  for (const [sepName, sep] of Object.entries(SEPARATORS)) {
    it(sepName, async () => {
      for (const [kind, { groups, lead, digits }] of Object.entries(GROUPED)) {
        // a space-like separator for every kind; dashes only where the format is written with hyphens
        if (!/\s/.test(sep) && kind === "iban") continue;
        h.mock.reset();
        const value = groups.join(sep);
        await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `${lead} ${value}, thanks` }] });
        const up = upstreamText(h.mock);
        expect(up, `${kind} joined by ${sepName}`).not.toContain(value);
        expect(up.replace(/\\u[0-9a-f]{4}/gi, "").replace(/[^0-9]/g, ""), `${kind} joined by ${sepName}`).not.toContain(digits);
      }
    });
  }

  it("ordinary text with no-break spaces between numbers and units is left alone", async () => {
    const text = "Le prix est de 100\u00a0€ pour 3\u00a0personnes, soit 12\u202f500\u00a0km au total.";
    await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: text }] });
    expect((h.mock.last.body as { messages: { content: string }[] }).messages[0]?.content).toBe(text);
  });
});
