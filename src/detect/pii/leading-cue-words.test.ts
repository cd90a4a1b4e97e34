import { describe, expect, it } from "vitest";
import { personLocationScanner } from "./person-location-detector.js";
import { hitsOf } from "./test-support/hits.js";

/** PERSON values at or above the default PERSON threshold (0.6). */
const people = (text: string) => hitsOf(personLocationScanner, text, "PERSON").filter((h) => h.score >= 0.6).map((h) => h.value);

describe("kinship words and salutations leading a name", () => {
  it.each([
    // a kinship word capitalised as a German noun or at a sentence start is the cue, not part of the name
    ["Befund: Pat. Leopold Wimmer. Tochter Martina als Kontakt, Tel. 0664 5223108.", "Martina"],
    ["CR consultation : M. Bernard Fauchon, 71 ans. Épouse Yvette présente.", "Yvette"],
    ["Notfallkontakt: Ehefrau Petra, erreichbar ab 18 Uhr.", "Petra"],
    // a salutation joined to the name by capitalisation
    ["Moien Gilles,\nhei d'Kontaktdaten.", "Gilles"],
    ["Tisztelt Kovács Zsuzsanna!\nKöszönjük levelét.", "Kovács Zsuzsanna"],
    // an English closing before a given name alone on the next line
    ["Dear Lucinda,\n\nThanks for meeting us.\n\nWarmly,\nJeannette", "Jeannette"],
  ] as const)("%j", (text, name) => {
    const found = people(text);
    expect(found).toContain(name);
    // the cue word is no part of any span
    for (const f of found) expect(f).not.toMatch(/^(?:Tochter|Épouse|Ehefrau|Moien|Tisztelt)\b/u);
  });

  it.each([
    // the same words before ordinary words, firms and products name no one
    ["Die Tochter Unternehmen GmbH meldet Umsatz.", ["Tochter Unternehmen", "Unternehmen"]],
    ["Kedves Vásárlóink! Az akció holnap indul.", ["Vásárlóink"]],
    ["Beste Koffie van Nederland, zegt de jury.", ["Koffie", "Beste Koffie"]],
    // a contact label before its number is no name, whatever label comes before it
    ["Bei Fragen Kontakt, Tel. 0664 5223108, Fax 0664 5223109.", ["Tel", "Fax"]],
  ] as const)("%j", (text, absent) => {
    const found = people(text);
    for (const w of absent) expect(found).not.toContain(w);
  });
});

describe("greetings and closings of more languages before a known name", () => {
  it.each([
    ["Hiya Declan, hope you're well. Quick one about the invoice.", "Declan"],
    ["Tere Kadri!\nMinu aadress on muutunud.\nParimat,\nMargus Tamm", "Margus Tamm"],
  ] as const)("%j", (text, name) => {
    expect(people(text)).toContain(name);
  });

  it.each([
    // the same cue words before ordinary words, a group, a product: no known name, no person
    ["Morning Glory seeds are back in stock.", ["Morning Glory", "Glory"]],
    ["Hiya Team, the build is green again.", ["Team"]],
    ["Parimat, Meeskond", ["Meeskond"]],
  ] as const)("benign: %j", (text, absent) => {
    const found = people(text);
    for (const w of absent) expect(found).not.toContain(w);
  });
});
