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
});
