/**
 * Bypass hunt 23: a key or number written with precomposed accented letters ("AKIÀZ3…", or every character accented
 * and NFC-composed, "ǵh́ṕ_Ŕ8́ḱ…") reached the upstream in clear: NFKC keeps "À" as it is and the normalised view
 * dropped only combining marks, so the patterns never saw the ASCII key the model reads through the accents.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startDefaultPolicyGateway, upstreamText, VALUES } from "./acceptance-support.js";

let h: Harness;
beforeAll(async () => {
  h = await startDefaultPolicyGateway();
});
afterAll(async () => h.close());
beforeEach(() => h.mock.reset());

/** Every ASCII letter and digit with `mark`, composed (NFC) wherever Unicode has a precomposed letter. */
const accentEach = (v: string, mark: string): string => [...v].map((c) => (/[A-Za-z0-9]/.test(c) ? c + mark : c)).join("").normalize("NFC");
/** What the upstream got, accents and escapes undone: the key as the model would read it. */
const readThrough = (s: string): string => JSON.parse(JSON.stringify(s)).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\\u03[0-6][0-9a-f]/gi, "");

describe("precomposed accented letters do not hide a key", () => {
  const kinds = ["githubPat", "aws", "openaiKey", "card", "iban"] as const;
  for (const [name, mark] of [["acute", "\u0301"], ["grave", "\u0300"], ["diaeresis", "\u0308"]] as const) {
    it(`every character with a ${name}, composed`, async () => {
      for (const kind of kinds) {
        const { value, core } = VALUES[kind] as { value: string; core: string };
        h.mock.reset();
        await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `keep this: ${accentEach(value, mark)} please` }] });
        expect(readThrough(upstreamText(h.mock)), `${kind} with a ${name}`).not.toContain(core);
      }
    });
  }

  it("one precomposed letter inside a key", async () => {
    for (const hidden of ["AKIÀZ3MHQ7RT2XKPLW4N", "AKIAZ3MHQ7RT2XKPLẂ4N"]) {
      h.mock.reset();
      await h.openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: `aws_access_key_id = ${hidden}` }] });
      expect(upstreamText(h.mock)).not.toContain(hidden);
    }
  });

  it("accented names and prose are left alone", async () => {
    const text = "Çağdaş Şişli und Frau Müller aus München: l'élève préférée, Nguyễn Văn Thắng, Zimmer 3ä.";
    await h.anthropic.messages.create({ model: "claude-mock-1", max_tokens: 10, messages: [{ role: "user", content: `Nur weiterleiten: ${text}` }] });
    const sent = JSON.stringify(h.mock.last.body);
    for (const word of ["élève", "préférée", "München", "Zimmer 3ä"]) expect(sent).toContain(word);
  });
});
