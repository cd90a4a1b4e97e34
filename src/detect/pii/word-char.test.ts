import { describe, expect, it } from "vitest";
import { endsWithPossessive, isApostropheOrHyphen, isLetterDigitUnderscoreAt, isLetterDigitUnderscoreAtDot } from "./word-char.js";

describe("word-char: the same answers as the regexes they replace", () => {
  it("agrees with the Unicode classes on every UTF-16 code unit and on the empty string", () => {
    const mismatches: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isLetterDigitUnderscoreAt(ch) !== /[\p{L}\p{N}_@]/u.test(ch)) mismatches.push(c);
      if (isLetterDigitUnderscoreAtDot(ch) !== /[\p{L}\p{N}_@.]/u.test(ch)) mismatches.push(c);
      if (isApostropheOrHyphen(ch) !== /['’-]/.test(ch)) mismatches.push(c);
    }
    expect(mismatches).toEqual([]);
    expect(isLetterDigitUnderscoreAt("")).toBe(false);
    expect(isLetterDigitUnderscoreAtDot("")).toBe(false);
    expect(isApostropheOrHyphen("")).toBe(false);
  });

  it.each(["rosa's", "rosa’s", "'s", "s", "", "bass", "rosa`s", "o'", "x’S"])("endsWithPossessive(%j) as /['’]s$/", (w) => {
    expect(endsWithPossessive(w)).toBe(/['’]s$/.test(w));
  });
});
