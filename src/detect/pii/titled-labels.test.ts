import { describe, expect, it } from "vitest";
import { runScanner } from "./pii-detector.js";
import { personLocationScanner } from "./person-location-detector.js";

const persons = (text: string): string[] =>
  runScanner(personLocationScanner, text).filter((h) => h.type === "PERSON" && h.score >= 0.6).map((h) => text.slice(h.start, h.end));

describe("a capitalised label word without a colon before an ordinary word is a title, not a label", () => {
  it.each([
    ["Kind regards,\nIbrahim Sesay\nCustomer Care", ["Ibrahim Sesay"]],
    ["Please contact Customer Care today.", []],
    ["Open the Patient Portal to book.", []],
  ])("%j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it.each([
    ["Customer: Grant", "Grant"],
    ["Customer Alvarez called twice", "Alvarez"],
    ["customer Priya Raman called", "Priya Raman"],
    ["Patient: Hope Sterling", "Hope Sterling"],
  ])("still a label in %j", (text, name) => {
    expect(persons(text)).toContain(name);
  });
});
