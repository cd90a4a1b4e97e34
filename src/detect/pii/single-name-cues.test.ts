import { describe, expect, it } from "vitest";
import { personLocationScanner } from "./person-location-detector.js";
import { contactAfterName, KIN_BEFORE } from "./single-name-cues.js";
import { expectCase } from "./test-support/hits.js";

describe("KIN_BEFORE and contactAfterName", () => {
  it.each(["a note for my grandmother, ", "our neighbour ", "the plumber ", "meine Tochter ", "mi sobrina "])("kin cue %j", (s) => {
    expect(KIN_BEFORE.test(s)).toBe(true);
  });
  it.each(["a note for the ", "in the ", "sonar ", "Exeter "])("no kin cue %j", (s) => {
    expect(KIN_BEFORE.test(s)).toBe(false);
  });
  it("a phone or e-mail after a given name, not after a label", () => {
    expect(contactAfterName("Kasia", " +48 601 220 118")).toBe(true);
    expect(contactAfterName("Ingvar", " ingvar.l@example.se")).toBe(true);
    expect(contactAfterName("Tel", " +49 30 1234567")).toBe(false);
    expect(contactAfterName("Kasia", ". +48 601 220 118")).toBe(false);
    expect(contactAfterName("Kasia", " has 3 kids")).toBe(false);
  });
});

describe("one known given name with a kinship word before or a contact after", () => {
  it.each([
    { text: "Could you write a birthday card for my niece, Matilda, who turns nine on Friday?", value: "Matilda" },
    { text: "The rota this week: Kasia +48 601 220 118, Ingvar +46 70 331 29 04.", value: "Ingvar" },
    { text: "Ask if the builder Dmitri can come earlier on Monday.", value: "Dmitri" },
  ])("$value", ({ text, value }) => {
    expectCase(personLocationScanner, "PERSON", { text, value, min: 0.6, max: 1 });
  });
  it.each([
    "Write a note to my brother about the Ford he sold.",
    "Contact sales: Tel +44 20 7946 0018, Mobil 0171 2233445.",
  ])("no person in %j", (text) => {
    expectCase(personLocationScanner, "PERSON", { text, value: null, min: 0.6, max: 1 });
  });
});
