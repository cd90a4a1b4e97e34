import { describe, expect, it } from "vitest";
import { KeywordScanner } from "./keyword-scanner.js";

function hits(s: KeywordScanner, text: string): [string, number][] {
  const flat = s.scan(text);
  const out: [string, number][] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([s.keywords[flat[i] as number] as string, flat[i + 1] as number]);
  return out;
}

describe("KeywordScanner", () => {
  const s = new KeywordScanner(["ghp_", "token", "tok", "password", "pass", "xoxb-"]);

  it.each<[string, [string, number][]]>([
    ["", []],
    ["to", []],
    ["my TOKEN is", [["token", 3], ["tok", 3]]],
    ["Password: x", [["password", 0], ["pass", 0]]],
    ["ghp_ghp_", [["ghp_", 0], ["ghp_", 4]]],
    ["ütoken€xoxb-", [["token", 1], ["tok", 1], ["xoxb-", 7]]],
    ["tokentoken", [["token", 0], ["tok", 0], ["token", 5], ["tok", 5]]],
  ])("scan(%j)", (text, expected) => {
    const got = hits(s, text).sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
    expect(got).toEqual([...expected].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])));
  });

  it("does not match across non-ASCII characters", () => {
    expect(hits(s, "to\u212Aen")).toEqual([]); // Kelvin sign, which lower-cases to k in Unicode
  });

  it("rejects keywords shorter than three characters", () => {
    expect(() => new KeywordScanner(["ab"])).toThrow(RangeError);
  });

  it("reports a keyword of one repeated character once per keyword length in a run of it (others every time)", () => {
    expect(hits(new KeywordScanner([" -u "]), "curl -u -u admin:x")).toEqual([[" -u ", 4], [" -u ", 7]]);
    const r = new KeywordScanner(["aaaa", "zzz"]);
    expect(hits(r, "aaaaaaaaaa")).toEqual([["aaaa", 0], ["aaaa", 4]]);
    expect(hits(r, "x AAAAAA aaaa zzzz")).toEqual([["aaaa", 2], ["aaaa", 9], ["zzz", 14]]);
    // a 4 MB run gives a million hits, not four million
    expect(r.scan("a".repeat(1 << 22)).length / 2).toBe(1 << 20);
  });

  /**
   * Every occurrence by brute force, in the scanner's order (text order; same start: highest index first), less
   * those that overlap the last reported occurrence of the same keyword.
   */
  function naive(kws: readonly string[], text: string): number[] {
    const out: number[] = [];
    const last = kws.map(() => -Infinity);
    const oneChar = kws.map((k) => [...k].every((c) => c === k[0]));
    const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    for (let i = 0; i < text.length; i++) {
      for (let k = kws.length - 1; k >= 0; k--) {
        const kw = (kws[k] as string).toLowerCase();
        if ((!oneChar[k] || i >= (last[k] as number) + kw.length) && lower.startsWith(kw, i)) {
          last[k] = i;
          out.push(k, i);
        }
      }
    }
    return out;
  }

  it("agrees with a brute-force search on random texts of every length (filters never drop a hit)", () => {
    const kws = ["ghp_", "token", "tok", "Password", "pass", "xoxb-", "[at", ".io", "sk-", "aws", "eyj", "api_key", "zzz", "abab", "aaa"];
    const scanner = new KeywordScanner(kws);
    const alphabet = ["a", "b", "g", "h", "p", "_", "t", "o", "k", "e", "n", "T", "O", "K", "P", "a", "s", "w", "r", "d", "x", "b", "-", "[", ".", "i", "y", "j", "z", "Z", " ", "\n", "é", "\u212A", "\u0174", "\u{1F600}"];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    for (let round = 0; round < 400; round++) {
      const len = round < 40 ? round : rand(200);
      let text = "";
      while (text.length < len) text += rand(4) === 0 ? (kws[rand(kws.length)] as string) : (alphabet[rand(alphabet.length)] as string);
      expect(scanner.scan(text)).toEqual(naive(kws, text));
    }
    // long texts (no reusable copy) and a short one after them (stale bytes past its end)
    const long = `${"ab TOKEN cd ".repeat(9000)}zz`;
    expect(scanner.scan(long)).toEqual(naive(kws, long));
    expect(scanner.scan("tokzz")).toEqual(naive(kws, "tokzz"));
    expect(scanner.scan("zz")).toEqual([]);
  });
});

