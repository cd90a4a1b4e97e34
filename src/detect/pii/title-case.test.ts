import { describe, expect, it } from "vitest";
import { titleCase } from "./gazetteers.js";

/** The definition titleCase must keep: each space-separated word's first character upper-cased. */
const reference = (words: string): string => words.split(" ").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");

describe("titleCase", () => {
  it.each(["new york", "New York", "", " ", "  x", "a", "ß", "straße", "éire", "ǆemal", "ﬀ", "1st street", "o'neil", "rio de janeiro", "\ud83d\ude00x", "x "])("%j as each word's first character upper-cased", (w) => {
    expect(titleCase(w)).toBe(reference(w));
  });

  it("agrees with the definition for every UTF-16 code unit as a first character", () => {
    const bad: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const w = `${String.fromCharCode(c)}ab cd`;
      if (titleCase(w) !== reference(w)) bad.push(c);
    }
    expect(bad).toEqual([]);
  });
});
