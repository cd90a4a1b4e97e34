import { describe, expect, it } from "vitest";
import { addressScanner } from "./address-detector.js";
import { expectCase, hitsOf, type Case } from "./test-support/hits.js";

const cases: Case[] = [
  { text: "Ship to 123 Main St. Apt. 4B, Springfield, IL 62704 please", value: "123 Main St. Apt. 4B, Springfield, IL 62704", min: 0.9 },
  { text: "She lives at 1600 Pennsylvania Avenue NW, Washington, DC 20500 now.", value: "1600 Pennsylvania Avenue NW, Washington, DC 20500", min: 0.9 },
  { text: "Address: 29319 School Close", value: "29319 School Close", min: 0.8 },
  { text: "PO Box 1234", value: "PO Box 1234", min: 0.6 },
  // the town and postcode that follow belong to the address (UK form; a PO box's town, state and ZIP)
  { text: "Send it to 14 Elm Grove, Cardiff CF24 3AA please", value: "14 Elm Grove, Cardiff CF24 3AA", min: 0.8 },
  { text: "221B Baker Street, London NW1 6XE", value: "221B Baker Street, London NW1 6XE", min: 0.6 },
  { text: "PO Box 1432, Boise, ID 83701", value: "PO Box 1432, Boise, ID 83701", min: 0.6 },
  { text: "We sold 3 Apple Stores last year", value: null, min: 0.5 },
  { text: "use 2 Way binding in 4 Park", value: null, min: 0.5 },
  // continental European forms: number after the street name, or a lower-case street type after the number
  { text: "Lieferadresse: Musterstraße 12, 10115 Berlin", value: "Musterstraße 12, 10115 Berlin", min: 0.95 },
  { text: "Ich wohne in der Berliner Straße 5a.", value: "Berliner Straße 5a", min: 0.8 },
  { text: "Adresse : 12 rue de la Paix, 75002 Paris", value: "12 rue de la Paix, 75002 Paris", min: 0.95 },
  { text: "Dirección: Calle de Alcalá 45, 28014 Madrid", value: "Calle de Alcalá 45, 28014 Madrid", min: 0.95 },
  { text: "Via Roma 10, 00184 Roma", value: "Via Roma 10, 00184 Roma", min: 0.8 },
  { text: "Keizersgracht 123, 1015 CJ Amsterdam", value: "Keizersgracht 123, 1015 CJ Amsterdam", min: 0.7 },
  { text: "Drottninggatan 5, 111 51 Stockholm", value: "Drottninggatan 5, 111 51 Stockholm", min: 0.8 },
  { text: "Spring 2024 release notes", value: null, min: 0 },
  { text: "Watergate 5 times over", value: null, min: 0 },
  { text: "He finished Platz 3 in the race; Route 66 is long.", value: null, min: 0 },
  // typed without capitals, after an address cue; a town of the gazetteers joins, another word does not
  { text: "my name is john smith and i live at 42 baker street, london", value: "42 baker street, london", min: 0.85 },
  { text: "ship to 221b baker street, london nw1 thanks", value: "221b baker street, london", min: 0.85 },
  { text: "deliver to 12 oak ave apt 3, springfield", value: "12 oak ave apt 3, springfield", min: 0.85 },
  { text: "i live at 5 main st, and you?", value: "5 main st", min: 0.85 },
  { text: "i walked 5 blocks down the street", value: null, min: 0 },
  { text: "my address has 3 way street signs", value: null, min: 0 },
  { text: "we need 4 lane road markings", value: null, min: 0 },
  // found by review: an address cue elsewhere in the sentence is not enough
  { text: "We should address the 2 bugs the same way.", value: null, min: 0 },
  { text: "The email address has 3 parts in a row.", value: null, min: 0 },
  { text: "the address is 10 downing street", value: "10 downing street", min: 0.85 },
];

describe("addressScanner", () => {
  it.each(cases)("%j", ({ text, value, min = 0.5, max = 1 }) => {
    expectCase(addressScanner, "ADDRESS", { text, value, min, max });
  });
});
