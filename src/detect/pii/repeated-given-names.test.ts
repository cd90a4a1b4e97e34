import { describe, expect, it } from "vitest";
import { gazetteers } from "./gazetteers.js";
import { personLocationScanner } from "./person-location-detector.js";
import type { PiiHit } from "./pii-detector.js";
import { repeatedGivenNames } from "./repeated-given-names.js";
import { hitsOf } from "./test-support/hits.js";

/** PERSON values at or over the threshold (0.6), in text order. */
function people(text: string): string[] {
  return hitsOf(personLocationScanner, text, "PERSON")
    .filter((h) => h.score >= 0.6)
    .sort((a, b) => a.start - b.start)
    .map((h) => h.value);
}

describe("repeatedGivenNames", () => {
  it.each([
    ["Dr. Olivia Brennan reviewed the scans on Monday. Olivia thinks the fracture has healed.", ["Olivia Brennan", "Olivia"]],
    ["Present: Dr. Marcus Lindqvist, Dr. Helen Okoro\n- Marcus to draft the protocol\n- Helen's team books the room", ["Marcus Lindqvist", "Helen Okoro", "Marcus", "Helen"]],
    // a given name that is an ordinary word, where a person reads
    ["Please welcome Mr. Grant Holloway to the team. Grant is based in Leeds and starts on Monday.", ["Grant Holloway", "Grant"]],
    ["Our tenant Mrs. Faith Adebayo called twice; Faith, as usual, was polite.", ["Faith Adebayo", "Faith"]],
  ])("%j", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    // an ordinary word used as a word, not as the person
    ["Mr. Grant Holloway will apply. The Grant covers travel only.", ["Grant Holloway"]],
    ["Mrs. Summer Okafor moves in Summer, so the lease starts in Summer.", ["Summer Okafor"]],
    ["Mr. Will Abbott asked for the file. Will you send it today?", ["Will Abbott"]],
    // nobody named in full: a lone ordinary-word name stays unreported
    ["Grant applications close on Friday.", []],
  ])("no repeated mention in %j", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it("raises a below-threshold hit in place rather than adding a second one", () => {
    const text = "Chloe Adams wrote back. Chloe agrees.";
    const out: PiiHit[] = [
      { type: "PERSON", start: 0, end: 11, score: 0.85, explanation: "x" },
      { type: "PERSON", start: 24, end: 29, score: 0.45, explanation: "y" },
    ];
    repeatedGivenNames(text, gazetteers(), out, 0, new Set(["grant"]));
    expect(out).toHaveLength(2);
    expect(out[1]!.score).toBeGreaterThanOrEqual(0.6);
  });

  it("leaves a text without full names unchanged", () => {
    const text = "Chloe agrees. Chloe wrote back.";
    const out: PiiHit[] = [{ type: "PERSON", start: 0, end: 5, score: 0.45, explanation: "y" }];
    repeatedGivenNames(text, gazetteers(), out, 0, new Set(["grant"]));
    expect(out).toEqual([{ type: "PERSON", start: 0, end: 5, score: 0.45, explanation: "y" }]);
  });
});
