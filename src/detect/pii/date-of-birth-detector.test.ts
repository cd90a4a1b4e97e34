import { describe, expect, it } from "vitest";
import { dateOfBirthScanner } from "./date-of-birth-detector.js";
import { expectCase, hitsOf, type Case } from "./test-support/hits.js";

const cases: Case[] = [
  { text: "DOB: 03/04/1985", value: "03/04/1985", min: 0.9 },
  { text: "I was born on 4 March 1985 in Leeds", value: "4 March 1985", min: 0.9 },
  { text: "Date of birth: March 4, 1985", value: "March 4, 1985", min: 0.9 },
  { text: "birthday 1985-03-04", value: "1985-03-04", min: 0.9 },
  // year first with slashes or dots; a label with an accent
  { text: "DOB: 1985/11/02", value: "1985/11/02", min: 0.9 },
  { text: "Date of Birth: 1985.11.02", value: "1985.11.02", min: 0.9 },
  { text: "Né le 12/05/1975 à Lyon", value: "12/05/1975", min: 0.9 },
  { text: "build 2024/01/05 released", value: "2024/01/05", min: 0.2, max: 0.35 },
  { text: "The meeting is on 5/20/2021 at noon", value: "5/20/2021", min: 0.2, max: 0.35 },
  { text: "ts 2024-03-15T14:30:00Z", value: "2024-03-15T14:30:00Z", min: 0, max: 0.1 },
  { text: "DOB: 13/13/1985", value: null, min: 0 },
  { text: "version 1.2.3", value: null, min: 0 },
  // month words of other languages, with their day forms and connectors
  { text: "Nato il 1 aprile 1990 a Torino.", value: "1 aprile 1990", min: 0.9 },
  { text: "geboren am 12. März 1985 in Köln", value: "12. März 1985", min: 0.9 },
  { text: "Geburtsdatum: 3. Oktober 1990", value: "3. Oktober 1990", min: 0.9 },
  { text: "née le 1er janvier 1990 à Lille", value: "1er janvier 1990", min: 0.9 },
  { text: "fecha de nacimiento: 12 de marzo de 1985", value: "12 de marzo de 1985", min: 0.9 },
  { text: "data de nascimento: 1º de março de 1990", value: "1º de março de 1990", min: 0.9 },
  { text: "ur. 3 maja 1988 w Krakowie", value: "3 maja 1988", min: 0.9 },
  { text: "född 7 augusti 1969 i Umeå", value: "7 augusti 1969", min: 0.9 },
  { text: "syntynyt 5. toukokuuta 1975", value: "5. toukokuuta 1975", min: 0.9 },
  { text: "geboren op 14 mei 1982", value: "14 mei 1982", min: 0.9 },
  // short foreign abbreviations are ordinary words without a year ("out", "set", "gen")
  { text: "at age 3 out of 5 children walked", value: null, min: 0 },
  { text: "born after 2 gen of selective breeding", value: null, min: 0 },
];

describe("dateOfBirthScanner", () => {
  it.each(cases)("%j", ({ text, value, min = 0.5, max = 1 }) => {
    expectCase(dateOfBirthScanner, "DATE_TIME", { text, value, min, max });
  });
});
