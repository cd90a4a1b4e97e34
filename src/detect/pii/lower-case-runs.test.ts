import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lowerCaseRuns } from "./lower-case-runs.js";

/** What the scanner stands for: the regex's matches. */
function viaRegex(text: string): [number, number][] {
  return [...text.matchAll(/[\p{Ll}][\p{Ll}'’-]*/gu)].map((m) => [m.index, m.index + m[0].length]);
}
function spans(text: string): [number, number][] {
  const starts: number[] = [];
  const ends: number[] = [];
  lowerCaseRuns(text, starts, ends);
  return starts.map((s, i) => [s, ends[i]!]);
}

/** Lower-case and other letters of several scripts, astral lower-case letters, lone surrogates, apostrophes, hyphens. */
const unit = fc.oneof(
  fc.constantFrom("a", "z", "A", "é", "É", "ß", "ǅ", "ǆ", "ı", "ω", "Ω", "ж", "Ж", "ա", "ᵃ", "ʰ", "ª", "𝐚", "𝐀", "𐐨", "𐐀", "\ud835", "\udc1a", "'", "’", "-", " ", "_", "1", ".", "文"),
  fc.string({ unit: "binary", maxLength: 1 }),
);
const text = fc.array(unit, { maxLength: 40 }).map((u) => u.join(""));

describe("lowerCaseRuns", () => {
  it("gives the spans of the lower-case-word regex on any text (surrogate pairs, lone surrogates, titlecase letters)", () => {
    fc.assert(fc.property(text, (t) => {
      expect(spans(t)).toEqual(viaRegex(t));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), (t) => {
      expect(spans(t)).toEqual(viaRegex(t));
    }), { numRuns: 1000 });
  });
  it("reads words, possessives and hyphenated names", () => {
    expect(spans("Hi lena's-")).toEqual([[1, 2], [3, 10]]);
    expect(spans("jean-luc 𝐚𝐛 ABC")).toEqual([[0, 8], [9, 13]]);
  });
});
