import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanDigitTokens } from "../shared/digit-tokens.js";
import { encodedRuns, mixedTokens, mixedTokensFrom, scanText } from "./scan-text.js";

const pairs = (flat: number[], text: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push(text.slice(flat[i], flat[i + 1]));
  return out;
};

describe("encodedRuns", () => {
  it.each([
    ["one run", "x aGVsbG8gd29ybGQgaGVsbG8= y", ["aGVsbG8gd29ybGQgaGVsbG8"]],
    ["exactly 16", "..0123456789abcdef..", ["0123456789abcdef"]],
    ["15 is too short", "..0123456789abcde..", []],
    ["url-safe and path characters", "a/b_c-d+e/f_g-h+i/j", ["a/b_c-d+e/f_g-h+i/j"]],
    ["at both ends", `${"A".repeat(20)} ${"B".repeat(17)}`, ["A".repeat(20), "B".repeat(17)]],
    ["short words only", "the quick brown fox jumps over the lazy dog", []],
  ])("%s", (_name, text, expected) => {
    expect(pairs(encodedRuns(text, 16), text)).toEqual(expected);
  });

  it("finds exactly the maximal runs a plain scan finds (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "Z", "0", "+", "/", "_", "-", " ", ".", "é", "\n"), { maxLength: 300 }), (chars) => {
        const text = chars.join("");
        const expected: string[] = [];
        for (const m of text.matchAll(/[A-Za-z0-9+/_-]+/g)) if (m[0].length >= 16) expected.push(m[0]);
        expect(pairs(encodedRuns(text, 16), text)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe("mixedTokens", () => {
  it.each([
    ["leet words", "1gn0r3 the pr3v10u5 rules, m3 and 7h3", ["1gn0r3", "pr3v10u5", "m3", "7h3"]],
    ["numbers and hex ids are not words", "in 2024 we paid $100 for deadbeef12 e3b0c44298fc", []],
    ["too long", `x${"a1".repeat(20)}`, []],
    ["short hex-looking words still count", "4c7 now", ["4c7"]],
    ["@ and $ inside words", "p@$$w0rd", ["p@$$w0rd"]],
  ])("%s", (_name, text, expected) => {
    expect(pairs(mixedTokens(text), text)).toEqual(expected);
  });

  it.each([
    ["leet words", "1gn0r3 the pr3v10u5 rules, m3 and 7h3"],
    ["@ and $ inside words", "p@$$w0rd and $ecret and user1@example.com, a@1"],
    ["ids and amounts", "in 2024 we paid $100 for deadbeef12 e3b0c44298fc"],
  ])("mixedTokensFrom (digit tokens) finds the same: %s", (_name, text) => {
    expect(mixedTokensFrom(text, scanDigitTokens(text))).toEqual(mixedTokens(text));
  });

  it("mixedTokensFrom finds exactly what mixedTokens finds (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "Z", "x", "f", "0", "1", "3", "7", "2", "9", "@", "$", " ", "-", ".", "é", "\n"), { maxLength: 200 }), (chars) => {
        const text = chars.join("");
        expect(mixedTokensFrom(text, scanDigitTokens(text))).toEqual(mixedTokens(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("scanText returns both", () => {
    const s = scanText("1gn0r3 aGVsbG8gd29ybGQgaGVsbG8=", 16);
    expect(s.mixedTokens).toEqual([0, 6]);
    expect(s.encodedRuns).toEqual([7, 30]);
    const t = "1gn0r3 aGVsbG8gd29ybGQgaGVsbG8=";
    expect(scanText(t, 16, scanDigitTokens(t))).toEqual(s);
  });
});
