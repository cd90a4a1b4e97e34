import { describe, expect, it } from "vitest";
import { personLocationScanner } from "./person-location-detector.js";
import { hitsOf } from "./test-support/hits.js";

/** PERSON values at or above the default PERSON threshold (0.6). */
const people = (text: string) => hitsOf(personLocationScanner, text, "PERSON").filter((h) => h.score >= 0.6).map((h) => h.value);

describe("surnames after a lower-case form of address", () => {
  it.each([
    ["Gentile dott.ssa Benedetti,\nle invio il documento.", "Benedetti"],
    ["Dobrý den, pane Dvořáku,\nposílám adresu.", "Dvořáku"],
    ["Bună ziua, doamna Ionescu,\nvă trimit datele.", "Ionescu"],
    ["Poštovana gospođo Horvat, šaljem vam račun.", "Horvat"],
  ] as const)("%j", (text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each([
    // benign twins: Italian bread before a place or product, a place after the form of address, an ordinary word
    ["Ho comprato pane Toscano e pane Pugliese al mercato.", ["Toscano", "Pugliese"]],
  ] as const)("benign: %j", (text, absent) => {
    const found = people(text);
    for (const w of absent) expect(found).not.toContain(w);
  });
});
