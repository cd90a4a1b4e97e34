import { describe, it } from "vitest";
import { personLocationScanner } from "./person-location-detector.js";
import { expectCase } from "./test-support/hits.js";

// where someone was born, in several languages, a date between the verb and the place or not
describe("birth places", () => {
  it.each([
    { text: "Paziente Chiara Bianchi, nata il 30/04/1979 a Firenze, CF BNCCHR79D70D612P", value: "Firenze" },
    { text: "Intestatario: Salvatore Conti, nato a Bari il 11/01/1960", value: "Bari" },
    { text: "Soy Nerea, nací el 7 de octubre de 1994 en Bilbao.", value: "Bilbao" },
    { text: "Geboren am 21.11.1972 in Kassel.", value: "Kassel" },
  ])("$value", ({ text, value }) => {
    expectCase(personLocationScanner, "LOCATION", { text, value, min: 0.6, max: 1 });
  });
});

// a place that is no one's: the country closing a street address (the address is reported), a place naming a treaty,
// a battle or a title
describe("places that are part of something else", () => {
  it.each([
    { text: "Zustellung an Veronika Gruber, Mariahilfer Straße 88/2/14, 1070 Wien, Österreich.", value: "Österreich" },
    { text: "Send to Liam Nguyen, Unit 6, 45 Smith Street, Fitzroy VIC 3065, Australia.", value: "Australia" },
    { text: "The Treaty of Versailles was signed on 28 June 1919.", value: "Versailles" },
    { text: "My essay on the Battle of Hastings is due on 14 October.", value: "Hastings" },
  ])("$value", ({ text, value }) => {
    expectCase(personLocationScanner, "LOCATION", { text, value: null, min: 0.5, max: 1 });
  });
  it.each([
    "Traveller: Rose Hunter\nPassport number: 526706999\nNationality: USA",
    "Staatsangehörigkeit: Österreich",
  ])("a nationality is no place: %j", (text) => {
    expectCase(personLocationScanner, "LOCATION", { text, value: null, min: 0.5, max: 1 });
  });
  it("a city after a street address is still its town", () => {
    expectCase(personLocationScanner, "LOCATION", { text: "She lives at 42 Wallaby Way, Sydney now.", value: "Sydney", min: 0.6, max: 1 });
  });
});

// a year, a date or a clock time says when, not whose: a text with only those and a place is general
describe("places in texts whose only numbers are dates", () => {
  it.each([
    { text: "What happened on 9 November 1989 in Berlin?", value: "Berlin" },
    { text: "Spotkanie przeniesiono na 5 grudnia 2026 o 10:00 w sali Kraków.", value: "Kraków" },
    { text: "Toplantı 12 Aralık 2026 saat 14:00'te Ankara ofisinde yapılacak.", value: "Ankara" },
  ])("$value", ({ text, value }) => {
    expectCase(personLocationScanner, "LOCATION", { text, value, min: 0.45, max: 0.55 });
  });
  // a phone number (groups of digits, one of them year-shaped) still makes the text someone's
  it("a phone number is no year", () => {
    expectCase(personLocationScanner, "LOCATION", { text: "Call 0161 496 2011 about the flat in Leeds.", value: "Leeds", min: 0.6, max: 1 });
  });
});
