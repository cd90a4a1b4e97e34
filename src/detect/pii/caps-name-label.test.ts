import { describe, expect, it } from "vitest";
import { personLocationScanner } from "./person-location-detector.js";
import { runScanner } from "./pii-detector.js";

/** PERSON values at or over the threshold (0.6). */
function people(text: string): string[] {
  return runScanner(personLocationScanner, text)
    .filter((h) => h.type === "PERSON" && h.score >= 0.6)
    .map((h) => text.slice(h.start, h.end));
}

describe("names in capitals after a name label", () => {
  it.each([
    // a given name that is an ordinary word, with a surname that is one too
    ["DELIVER TO:\nHOPE BAKER\n40 PIER ROAD\nWHITBY YO21 3PU", "HOPE BAKER"],
    ["RECIPIENT: WILL BAKER\n8 STATION ROAD", "WILL BAKER"],
    // surname particles in capitals
    ["SHIP TO:\nLOTTE DE JONG\nPRINSENGRACHT 55\n1015 DP AMSTERDAM", "LOTTE DE JONG"],
    ["CONSIGNEE: JOAO DOS SANTOS\nRUA DO OURO 12", "JOAO DOS SANTOS"],
  ])("%j", (text, name) => {
    expect(people(text)).toEqual([name]);
  });

  it.each([
    // ordinary words that the given-name list holds but that are no known name-words
    "BILL TO: RED HOUSE\n12 MAIN ST",
    "SHIP TO: WHITE STONE\n12 MAIN ST",
    // no label: ordinary words in capitals stay words
    "NOTICE\nGRACE PERIOD ENDS FRIDAY",
    // a particle may not end the name
    "SHIP TO: OFFICE DE\n12 MAIN ST",
  ])("no name in %j", (text) => {
    expect(people(text)).toEqual([]);
  });
});
