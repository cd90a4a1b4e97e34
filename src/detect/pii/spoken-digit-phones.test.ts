import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDetectionEngine } from "../engine.js";
import { buildCipherViews } from "../normalize/cipher-views.js";
import { createSharedScan } from "../shared/shared-scan.js";

/**
 * Phone numbers read out in digit words reach the PII scanners through the spoken-digit view. That view is built when a
 * trigger holds, tested with the engine's shared keyword pass at the digit words it found: a run starting with a
 * two-letter word ("un", "um"), which the pass did not hold, was missed whenever no later word could start the trigger
 * ("un-deux-trois-…": each later word follows a "-", and the trigger starts after white space or punctuation).
 */
const views = (text: string, shared: boolean): string[] => buildCipherViews(text, shared ? createSharedScan(text) : undefined).map((v) => v.text);

const WORDS = ["un", "um", "uno", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dois", "dos", "tres", "oh", "one", "two", "eins", "zwei", "due", "tre", "null", "zero", "otto", "sei"];
const SEPARATORS = [" ", ", ", "-", " - ", ". ", "/"];

describe("spoken-digit view with the shared keyword pass", () => {
  it.each([
    ["French, dashes", "mon numero: un-deux-trois-quatre-cinq-six-sept-huit-neuf merci", "mon numero: 1-2-3-4-5-6-7-8-9 merci"],
    ["Portuguese, dashes", "meu numero e um-dois-tres-quatro-cinco-seis-sete-oito-nove", "meu numero e 1-2-3-4-5-6-7-8-9"],
    ["French, six words", "code un deux trois quatre cinq six", "code 123456"],
    ["capitalised", "Numero: Un, deux, trois, quatre, cinq, six, sept", "Numero: 1-2-3-4-5-6-7"],
  ])("%s: the same view as without the shared pass", (_name, text, digits) => {
    expect(views(text, false)).toContain(digits);
    expect(views(text, true)).toEqual(views(text, false));
  });

  it("builds the same views as the full scan for runs of digit words in any order and separator", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 12 }), fc.constantFrom(...SEPARATORS), (words, sep) => {
        const text = `my number is ${words.join(sep)} thanks`;
        expect(views(text, true)).toEqual(views(text, false));
      }),
      { numRuns: 1500 },
    );
  });

  it("a French phone number read out with dashes is found by the engine (which shares its keyword pass)", () => {
    const engine = createDetectionEngine({ enable: ["pii"] });
    const spoken = "tel: un-quatre-un-cinq-cinq-cinq-deux-trois-quatre-cinq";
    const phones = engine.detect(spoken).findings.filter((f) => f.type === "PHONE_NUMBER");
    expect(phones.map((f) => spoken.slice(f.start, f.end))).toContain("un-quatre-un-cinq-cinq-cinq-deux-trois-quatre-cinq");
  });
});
