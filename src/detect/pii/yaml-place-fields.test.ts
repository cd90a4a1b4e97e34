import { describe, expect, it } from "vitest";
import { personLocationScanner } from "./person-location-detector.js";
import { runScanner } from "./pii-detector.js";

/** LOCATION values at or over the threshold (0.6). */
function places(text: string): string[] {
  return runScanner(personLocationScanner, text)
    .filter((h) => h.type === "LOCATION" && h.score >= 0.6)
    .map((h) => text.slice(h.start, h.end));
}

describe("place fields written as 'key: Value' lines", () => {
  it.each([
    ["patient:\n  first_name: Ana\n  city: Recife\n  zip: '50000'", ["Recife"]],
    ["shipping:\n  country: Portugal\r\n  street: Rua Nova", ["Portugal"]],
    ["name: Siobhan Walsh\ntown: Leeds", ["Leeds"]],
  ])("%j", (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    // type annotations in code stay code
    "interface Office {\n  city: Paris;\n  label: string;\n}",
    "function f(city: Paris, n: number) {}",
  ])("no place in %j", (text) => {
    expect(places(text)).toEqual([]);
  });
});
