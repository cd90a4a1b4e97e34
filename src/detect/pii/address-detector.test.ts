import { describe, expect, it } from "vitest";
import { addressScanner } from "./address-detector.js";
import { expectCase, hitsOf, type Case } from "./test-support/hits.js";

const cases: Case[] = [
  { text: "Ship to 123 Main St. Apt. 4B, Springfield, IL 62704 please", value: "123 Main St. Apt. 4B, Springfield, IL 62704", min: 0.9 },
  { text: "She lives at 1600 Pennsylvania Avenue NW, Washington, DC 20500 now.", value: "1600 Pennsylvania Avenue NW, Washington, DC 20500", min: 0.9 },
  { text: "Address: 29319 School Close", value: "29319 School Close", min: 0.8 },
  { text: "PO Box 1234", value: "PO Box 1234", min: 0.6 },
  { text: "We sold 3 Apple Stores last year", value: null, min: 0.5 },
  { text: "use 2 Way binding in 4 Park", value: null, min: 0.5 },
];

describe("addressScanner", () => {
  it.each(cases)("%j", ({ text, value, min = 0.5, max = 1 }) => {
    expectCase(addressScanner, "ADDRESS", { text, value, min, max });
  });
});
