import { describe, it } from "vitest";
import { expectNegative, expectPositive, type PositiveCase } from "./test-helpers.js";

// PINs count only with an explicit label and a colon or a plain "is"; the span is the digits.
const positives: PositiveCase[] = [
  ["SIM-Karte für das Diensthandy, PIN: 8302", "labelled-pin", "8302", 0.65],
  ["the keypad code for the bike room is 61947", "labelled-pin", "61947", 0.65],
  ["Pincode van de nieuwe pas: 582613", "labelled-pin", "582613", 0.65],
  ["O código PIN do cartão é 7395", "labelled-pin", "7395", 0.65],
  ["ПИН-код: 40817", "labelled-pin", "40817", 0.65],
];

// Rules about PINs, trivial values, years, chip pins and longer numbers.
const negatives: string[] = [
  "Your PIN must be 6 digits and cannot be 123456.",
  "PIN: 1111",
  "PIN: 987654",
  "the PIN is 6 digits long",
  "door code is 2025",
  "GPIO pin 17 is the LED",
  "Layout pin: 1024",
  "PIN-Code 1234-5678-9012",
  "The PIN is now 4829",
  "Wrong PIN entered: 3 attempts left",
  "pin: 3.3V",
];

describe("labelled PINs", () => {
  it.each(positives)("%s → %s", (...row) => expectPositive(row));
  it.each(negatives)("not: %s", (text) => expectNegative(text, "labelled-pin"));
});
