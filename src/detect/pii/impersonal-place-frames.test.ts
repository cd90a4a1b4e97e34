import { describe, expect, it } from "vitest";
import { personLocationScanner } from "./person-location-detector.js";
import { runScanner } from "./pii-detector.js";

function places(text: string): string[] {
  return runScanner(personLocationScanner, text)
    .filter((h) => h.type === "LOCATION" && h.score >= 0.6)
    .map((h) => text.slice(h.start, h.end));
}

describe("impersonalPlaceFrames", () => {
  it.each([
    // (with "; conviene visitare Città Alta" after it, "Città Alta" is read as a name and the route is kept: a text
    // naming someone keeps its routes, below)
    "Da Milano a Bergamo ci vogliono 50 minuti in treno.",
    "Berapa lama perjalanan dari Kuala Lumpur ke Pulau Pinang dengan ETS?",
    "Wie lange fährt der Zug von Köln nach Hamburg?",
    "Victor Hugo est né à Besançon en 1802 et mort à Paris en 1885.",
    "Nel 1861 Torino divenne la prima capitale del Regno d'Italia.",
    "Bundesrat Ignazio Cassis sagte an der Medienkonferenz, die Schweiz bleibe neutral.",
  ])("no personal place in %j", (text) => {
    expect(places(text)).toEqual([]);
  });

  it.each([
    // benign twins: a record, a move of house, a living person's birth, a country with someone's number
    ["Name: Anna Keller\nGeburtsort: Bergamo\nTel. 0171 4459821", "Bergamo"],
    ["Wir sind letztes Jahr von Köln nach Hamburg umgezogen.", "Hamburg"],
    ["Élodie Marchand est née à Besançon en 1994.", "Besançon"],
    ["Kontakt: 0171 4459821, wohnhaft in der Schweiz", "Schweiz"],
    // someone's journey is about them
    ["Please book a flight from Lisbon to Porto for Anna Reid next Monday.", "Lisbon"],
  ])("keeps the place of %j", (text, place) => {
    expect(places(text)).toContain(place);
  });
});
