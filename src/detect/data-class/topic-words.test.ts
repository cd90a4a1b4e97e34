import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSharedScan } from "../shared/shared-scan.js";
import { HEALTH_KEYWORDS, MRN_GATE_KEYWORD, MRN_KEYWORDS, STEM_KEYWORDS } from "./topic-keywords.js";
import { topicWords, topicWordsFrom } from "./topic-words.js";

const viaShared = (text: string) => topicWordsFrom(text, createSharedScan(text));

describe("topicWordsFrom (shared keyword pass) agrees with the regexes", () => {
  it.each([
    ["nothing", "the quick brown fox", false, false],
    ["stem", "This is STRICTLY CONFIDENTIAL.", true, false],
    ["need-to-know", "on a need-to-know basis", true, false],
    ["need without to-know", "we need to go", false, false],
    ["nda as a word", "under NDA.", true, false],
    ["nda inside a word", "the agenda", false, false],
    ["health word", "the patient was admitted", false, true],
    ["health word needs a boundary", "outpatient", false, false],
    ["ICD-10 code", "coded as E11.9 today", false, true],
    ["ICD-10 code after an underscore", "x_E11.9", false, false],
    ["ICD-10 label", "ICD-10 codes", false, true],
    ["both", "Internal memo: blood pressure", true, true],
    ["non-ASCII look-alike", "pat\u0131ent", false, false],
  ])("%s", (_name, text, stem, health) => {
    expect(topicWords(text)).toMatchObject({ confidentialStem: stem, health });
    expect(viaShared(text)).toEqual(topicWords(text));
  });

  it.each([
    ["labelled MRN", "MRN: 00123456", true],
    ["lower-case label without the gate", "mrn: 00123456", false],
    ["lower-case label with the gate elsewhere", "see the record; mrn: 00123456", true],
    ["medical record number", "Medical record no. A-12345", true],
    ["gate but no value", "MRN: n/a", false],
  ])("MRN: %s", (_name, text, mrn) => {
    expect(topicWords(text).labelledMrn).toBe(mrn);
    expect(viaShared(text)).toEqual(topicWords(text));
  });

  it("on random mixtures of keyword fragments (property)", () => {
    const pieces = [...STEM_KEYWORDS, ...HEALTH_KEYWORDS, ...MRN_KEYWORDS, MRN_GATE_KEYWORD, "MRN", "Record", "number", "no.", "#", ": ", "A1234", "ized", "es", "al", "10", "-", " ", "_", ".", "E11", "z99", "9", "A", "to", "know", "results", "history", "x", "\u0130"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.boolean(), (parts, upper) => {
        const text = upper ? parts.join("").toUpperCase() : parts.join("");
        expect(viaShared(text)).toEqual(topicWords(text));
      }),
      { numRuns: 2000 },
    );
  });
});
