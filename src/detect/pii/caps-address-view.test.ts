import { describe, expect, it } from "vitest";
import { addressScanner } from "./address-detector.js";
import { capsAddressView } from "./caps-address-view.js";
import { expectCase, type Case } from "./test-support/hits.js";

describe("capsAddressView", () => {
  it.each([
    ["1234 ELM STREET APT 5, SPRINGFIELD, IL 62704", "1234 Elm Street Apt 5, Springfield, IL 62704"],
    // a street type's abbreviation is title-cased, a state before its ZIP code is not ("CT" is Connecticut there)
    ["55 N MAIN ST STE 200, HARTFORD, CT 06103", "55 N Main St Ste 200, Hartford, CT 06103"],
    ["PO BOX 123, AUSTIN, TX 78701", "PO Box 123, Austin, TX 78701"],
    // words with digits (postcodes, units) keep their capitals
    ["88 BAKER STREET, LONDON NW1 6XE", "88 Baker Street, London NW1 6XE"],
  ])("%s", (text, view) => {
    expect(capsAddressView(text)).toBe(view);
  });

  it.each(["no house number before CAPITALS here", "12 apples and 3 pears", "Route 66 is OK"])("no view for %j", (text) => {
    expect(capsAddressView(text)).toBeUndefined();
  });

  it("keeps the text's length and offsets", () => {
    const text = "SHIP TO: ÅSA LUNDQVIST, 7 GRÖNA GATAN, 41 NORTH RD, LEEDS LS6 4DP";
    const view = capsAddressView(text)!;
    expect(view.length).toBe(text.length);
    expect(view.toUpperCase()).toBe(text.toUpperCase());
  });
});

const cases: Case[] = [
  { text: "1234 ELM STREET APT 5, SPRINGFIELD, IL 62704", value: "1234 ELM STREET APT 5, SPRINGFIELD, IL 62704", min: 0.8 },
  { text: "SHIP TO: 55 N MAIN ST STE 200, HARTFORD, CT 06103", value: "55 N MAIN ST STE 200, HARTFORD, CT 06103", min: 0.8 },
  { text: "REMIT TO PO BOX 4410, AUSTIN, TX 78701", value: "PO BOX 4410, AUSTIN, TX 78701", min: 0.8 },
  { text: "deliver to 9 OAK AVENUE, DAYTON, OH 45402 please", value: "9 OAK AVENUE, DAYTON, OH 45402", min: 0.8 },
  // headings and notices in capitals: a street type with no town, unit or address label is no address
  { text: "2 NEW STREET LAMPS INSTALLED", value: null, min: 0.5 },
  { text: "ROOM 101: 3 DOWNING STREET MEETING", value: null, min: 0.5 },
  { text: "TOP 10 HIGH STREET BRANDS OF 2024", value: null, min: 0.5 },
];

describe("addressScanner on addresses in capitals", () => {
  it.each(cases)("$text", (c) => {
    expectCase(addressScanner, "ADDRESS", { min: 0.5, max: 1, ...c });
  });
});
