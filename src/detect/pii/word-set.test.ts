import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gazetteers, titleCase } from "./gazetteers.js";
import { WordSet } from "./word-set.js";

describe("WordSet", () => {
  it("answers exactly as a Set of the same entries", () => {
    const words = ["Paris", "New York", "São Paulo", "Łódź", "東京", "a", "ab", "abc", "Ab"];
    const set = new WordSet(words.join("\n"));
    expect(set.size).toBe(words.length);
    for (const w of words) expect(set.has(w)).toBe(true);
    for (const w of ["", "Pari", "Parisx", "paris", "New", "York", "New York\nParis", "ab\nabc", "b", "São", "東"]) {
      expect(set.has(w)).toBe(false);
    }
    expect([...set].sort()).toEqual([...words].sort());
  });

  it("keeps duplicates once and ignores empty entries", () => {
    const set = new WordSet("x\n\ny\nx\n");
    expect(set.size).toBe(2);
    expect([...set].sort()).toEqual(["x", "y"]);
    expect(set.has("")).toBe(false);
    expect(new WordSet("").size).toBe(0);
    expect(new WordSet("").has("")).toBe(false);
  });

  it("agrees with Set on many random entries and probes (collisions in a full table)", () => {
    let seed = 7;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const word = () => Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => "abcdeéz"[Math.floor(rnd() * 7)]).join("");
    const entries = Array.from({ length: 5000 }, word);
    const ref = new Set(entries);
    const set = new WordSet(entries.join("\n"));
    expect(set.size).toBe(ref.size);
    for (let i = 0; i < 20000; i++) {
      const q = word();
      expect(set.has(q)).toBe(ref.has(q));
    }
  });

  it("agrees with Set when wide entries (beyond Latin-1) are mixed in, first, last and duplicated", () => {
    let seed = 11;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const word = () => Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => "abéłz東"[Math.floor(rnd() * 6)]).join("");
    for (const entries of [Array.from({ length: 3000 }, word), ["ł", "a", "ł"], ["a", "東京"], ["東京", "a\u00ff"]]) {
      const ref = new Set(entries);
      const set = new WordSet(entries.join("\n"));
      expect(set.size).toBe(ref.size);
      expect([...set].sort()).toEqual([...ref].sort());
      for (let i = 0; i < 5000; i++) {
        const q = word();
        expect(set.has(q)).toBe(ref.has(q));
      }
      for (const e of ref) expect(set.has(e)).toBe(true);
    }
  });

  it("holds the shipped gazetteers", () => {
    const g = gazetteers();
    expect(g.firstNames.has("Aaron")).toBe(true);
    expect(g.countries.has("France")).toBe(true);
    expect(g.cities.has("Lyon")).toBe(true);
    expect(g.commonWords.has("table")).toBe(true);
    expect(g.firstNames.size).toBeGreaterThan(5000);
    expect(g.maxLocationTokens).toBeGreaterThanOrEqual(2);
    expect(g.maxLocationTokens).toBeLessThanOrEqual(4);
  });

  it("hasTitleCased(s, from, to) answers has(titleCase(s.slice(from, to))) for any word, read in place", () => {
    const set = new WordSet(["Anna", "Ana", "Ça", "Éva", "SSa", "SSa", "Ǆemal", "X", "A'b", "Jean-luc", "Ōno", "Ab", "Zo", "Z"].join("\n"));
    const names = gazetteers().firstNames;
    const unit = fc.constantFrom("a", "n", "A", "N", "b", "ç", "Ç", "é", "É", "ß", "ǆ", "ǅ", "ō", "x", "'", "-", "j", "e", "l", "u", "c", "\n", "𝐚", "\ud835", "z", "o", "Z");
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), fc.array(unit, { maxLength: 8 }).map((u) => u.join("")), fc.string({ maxLength: 3 }), (before, word, after) => {
        const s = before + word + after;
        const from = before.length;
        const to = from + word.length;
        expect(set.hasTitleCased(s, from, to)).toBe(set.has(titleCase(word)));
        if (!word.includes(" ")) expect(names.hasTitleCased(s, from, to)).toBe(names.has(titleCase(word)));
      }),
      { numRuns: 3000 },
    );
    const text = "maria josé anna-lena ana ßa ǆemal x";
    for (const m of text.matchAll(/\S+/g)) expect(set.hasTitleCased(text, m.index, m.index + m[0].length)).toBe(set.has(titleCase(m[0])));
    expect(set.hasTitleCased("anna", 0, 4)).toBe(true);
    expect(names.hasTitleCased("xx maria", 3, 8)).toBe(true);
  });
});
