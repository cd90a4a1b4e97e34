import { describe, expect, it } from "vitest";
import { IDENTITY_CUE_AFTER } from "./identity-cue-after.js";
import { personLocationScanner } from "./person-location-detector.js";
import { expectCase } from "./test-support/hits.js";

describe("IDENTITY_CUE_AFTER", () => {
  it.each([", date of birth 3/4/1990", " (DOB 1990-04-03)", ", PESEL 9001...", ", geb. 1.2.1980", ", née Marsh", " — passport X12", ", born 1975"])("cue %j", (s) => {
    expect(IDENTITY_CUE_AFTER.test(s)).toBe(true);
  });
  it.each([", tel. 0201 555", ", info@firm.example", " said yes", ", Bornholm", ", Nebraska", ", dobra"])("no cue %j", (s) => {
    expect(IDENTITY_CUE_AFTER.test(s)).toBe(false);
  });
});

describe("a name group before a birth date or national identifier", () => {
  it.each([
    { text: "Record updated. Oyelaran Adebisi-Cole, date of birth 02/02/1985, moved to Leeds.", value: "Oyelaran Adebisi-Cole" },
    { text: "Wniosek do urzędu. Bożena Kraśnicka-Lis, PESEL 81020312345, prosi o zwrot.", value: "Bożena Kraśnicka-Lis" },
    { text: "Tavita Leaupepe-Brown (DOB 1993-03-11) starts Monday.", value: "Tavita Leaupepe-Brown" },
  ])("$value", ({ text, value }) => {
    expectCase(personLocationScanner, "PERSON", { text, value, min: 0.6, max: 1 });
  });
  it.each([
    "Harbour Logistics Ltd, tel. 0161 555 0199, opens at nine.",
    "Grand Central Station, born of the railway age, reopened in 1913.",
  ])("no person in %j", (text) => {
    expectCase(personLocationScanner, "PERSON", { text, value: null, min: 0.6, max: 1 });
  });
});
