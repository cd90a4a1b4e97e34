import { describe, expect, it } from "vitest";
import { personLocationScanner } from "./person-location-detector.js";
import { hitsOf } from "./test-support/hits.js";

/** Distinct PERSON values at or above the default PERSON threshold (0.6). */
const people = (text: string) => [...new Set(hitsOf(personLocationScanner, text, "PERSON").filter((h) => h.score >= 0.6).map((h) => h.value))];

describe("names beside names and addresses", () => {
  it.each([
    // a found name printed again in another script, in brackets
    ["Booking for Haruto Sato (佐藤 陽翔), arriving Monday.", ["Haruto Sato", "佐藤 陽翔"]],
    ["Applicant: Li Na (李娜), born 1990-01-02", ["Li Na", "李娜"]],
    ["Please call Olena Kovalenko (Олена Коваленко) tomorrow.", ["Olena Kovalenko", "Олена Коваленко"]],
    // the addressee on the line above an address
    ["Ingebjørg Solberg\nKongens gate 14\n7011 Trondheim\n\nVi viser til brevet.", ["Ingebjørg Solberg"]],
  ] as const)("%j", (text, expected) => {
    expect(people(text)).toEqual(expect.arrayContaining([...expected]));
  });

  it.each([
    // a brand or place with its name in another script is no person, nor is a non-name in brackets after a name
    ["Apple (アップル) released a phone", ["アップル"]],
    ["Tokyo Tower (東京タワー) is tall", ["東京タワー", "Tokyo Tower"]],
    ["Ask Maria Lopez (нет) about it", ["нет"]],
  ] as const)("%j", (text, absent) => {
    const found = people(text);
    for (const a of absent) expect(found).not.toContain(a);
  });
});
