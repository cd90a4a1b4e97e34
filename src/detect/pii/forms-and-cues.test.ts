import { describe, expect, it } from "vitest";
import { actionablePii as found } from "./test-support/actionable.js";

describe("forms of address and role nouns before a name (not part of it)", () => {
  it.each([
    ["Bitte ein Zeugnis für Herrn Jürgen Hoffmann schreiben.", "PERSON:Jürgen Hoffmann"],
    ["Schadenmeldung: Versicherungsnehmer Matthias Krüger, Unfall auf der A9.", "PERSON:Matthias Krüger"],
    ["Kontoinhaber Anna Gómez", "PERSON:Anna Gómez"],
    ["Madame Chloé Lefèvre a appelé.", "PERSON:Chloé Lefèvre"],
  ])("%s", (text, want) => {
    expect(found(text)).toContain(want);
  });
});

describe("birth-date cues in other languages and forms", () => {
  it.each([
    ["Herr Krüger, geb. 17.04.1979, wohnhaft in Köln", "DATE_TIME:17.04.1979"],
    ["Pat. Sabine Lehmann, *23.06.1971, seit 2 Wochen Schwindel", "DATE_TIME:23.06.1971"],
    ["Pacjent Jan Kowalski, ur. 07.07.1993, skierowany na rehabilitację", "DATE_TIME:07.07.1993"],
    ['"id","full_name","dob"\n"1001","Tyler Brooks","1987-05-19"\n"1002","Monique Baptiste","1992-12-01"', "DATE_TIME:1992-12-01"],
  ])("%s", (text, want) => {
    expect(found(text)).toContain(want);
  });

  it("a list bullet before a date is no birth star", () => {
    expect(found("Release notes\n* 12.03.2024: fixed login")).toEqual([]);
  });
});

describe("numbers labelled as something else", () => {
  it("cloud account and resource numbers are no bank accounts", () => {
    expect(found("AWS account 428850197131, role arn:aws:iam::445548226798:role/deploy")).toEqual([]);
  });

  it("'Routing' labels a routing number even after an SSN label", () => {
    const f = found("Full SSN on file 827-48-9517. Routing 288634560 account 1194883965.");
    expect(f).toContain("ABA_ROUTING_NUMBER:288634560");
    expect(f).not.toContain("US_SSN:288634560");
  });
});

describe("street addresses and phone numbers in more national forms", () => {
  it.each([
    ["Anschrift: Am Mühlbach 3a, 80331 München", "ADDRESS:Am Mühlbach 3a, 80331 München"],
    ["Please update my address to Carrer de Mallorca 401, 08013 Barcelona, thanks!", "ADDRESS:Carrer de Mallorca 401, 08013 Barcelona"],
    ["Adres: ul. Marszałkowska 84/92, 00-514 Warszawa", "ADDRESS:ul. Marszałkowska 84/92, 00-514 Warszawa"],
    ["Her address: Thereses gate 14B, 0452 Oslo.", "ADDRESS:Thereses gate 14B, 0452 Oslo"],
    ["Ship to Via Giuseppe Garibaldi 27, 20121 Milano. Make it formal.", "ADDRESS:Via Giuseppe Garibaldi 27, 20121 Milano"],
    ["Tel. 030/4555852", "PHONE_NUMBER:030/4555852"],
    ["tél : 01.52.50.51.45", "PHONE_NUMBER:01.52.50.51.45"],
  ])("%s", (text, want) => {
    expect(found(text)).toContain(want);
  });

  it("slashes, version strings and questions are no phones or addresses", () => {
    expect(found("ratio 10/100/1000 Mbps; see pages 120/1234567")).toEqual([]);
    expect(found("Windows 10.0.55526.3883, Chrome 38.0.2564.308")).toEqual([]);
    expect(found("Am I 3 years late?")).toEqual([]);
  });
});

describe("more labels and evasions", () => {
  it("an SSN with spaced or long dashes next to its label", () => {
    expect(found("ssn 826 - 31 - 6987 (spaced so the filter doesn't eat it)")).toContain("US_SSN:826 - 31 - 6987");
    expect(found("SSN: 826 – 31 – 6987")).toContain("US_SSN:826 – 31 – 6987");
    expect(found("score 826 - 31 - 6987")).toEqual([]);
  });

  it("Kontakt: labels a name; a CSV header after 'name,' is no name", () => {
    expect(found("Kontakt: Chiara Visser, 030/4555852")).toContain("PERSON:Chiara Visser");
    expect(found("name,Steuer-ID,created_at\nLarissa Rocha,12 509 482 733,2025-01-14")).not.toContain("PERSON:Steuer-ID");
    expect(found("tel +33.1.44.55.66.77 (Paris)")).toContain("PHONE_NUMBER:+33.1.44.55.66.77");
  });
});

describe("review findings: weekdays, articles, italics, buildings", () => {
  it("German weekday abbreviations are no titles; an article before a role noun is dropped", () => {
    expect(found("Lieferung am Fr Morgen möglich.")).toEqual([]);
    expect(found("Der Kontoinhaber Anna Gómez wohnt in Köln.")).toContain("PERSON:Anna Gómez");
  });

  it("a date in Markdown italics or after 'Geb.' (a building) is no birth date; 'geb.' right before a date is", () => {
    expect(found("Deadline: *12.03.2024*")).toEqual([]);
    expect(found("Treffpunkt Geb. 4, Termin 17.04.2024 um 10 Uhr").filter((f) => f.startsWith("DATE_TIME"))).toEqual([]);
    expect(found("Herr Krüger, geb. 17.04.1979")).toContain("DATE_TIME:17.04.1979");
  });
});
