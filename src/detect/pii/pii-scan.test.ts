import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PiiScan, scanDigitTokens, scanSeparatorAnchors, SEPARATOR_ANCHOR } from "./pii-scan.js";

/** Reference: maximal ASCII alphanumeric runs with a digit, by regex. */
function reference(text: string): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (const m of text.matchAll(/[A-Za-z0-9]+/g)) {
    const v = m[0];
    const d = v.replace(/[^0-9]/g, "").length;
    if (d === 0) continue;
    out.push([m.index, m.index + v.length, d === v.length || v.length <= 6 ? d : -1]);
  }
  return out;
}

function tokens(text: string): Array<[number, number, number]> {
  const t = scanDigitTokens(text);
  return Array.from({ length: t.n }, (_, i) => [t.start[i]!, t.end[i]!, t.digits[i]!]);
}

describe("scanDigitTokens", () => {
  it.each([
    ["", []],
    ["no digits here", []],
    ["v1.2.3 abc123 42", [[0, 2, 1], [3, 4, 1], [5, 6, 1], [7, 13, 3], [14, 16, 2]]],
    ["id a3f9c2d1e0b7a6f5 end", [[3, 19, -1]]],
    ["2024-03-05T10:20:30Z", [[0, 4, 4], [5, 7, 2], [8, 13, 4], [14, 16, 2], [17, 20, 2]]],
    ["ü1 é2x", [[1, 2, 1], [4, 6, 1]]],
  ] as const)("%j", (text, want) => {
    expect(tokens(text)).toEqual(want);
  });

  it("matches the regex reference and splits tokens into all-digit and mixed lists", () => {
    const piece = fc.constantFrom("a", "Z", "1", "09", " ", "-", ".", "_", "é", "ü", "abc", "12345678", "x9", "\n", "0x");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(tokens(text)).toEqual(reference(text));
        const t = scanDigitTokens(text);
        const all = Array.from(t.allDigit.subarray(0, t.nAllDigit));
        const mixed = Array.from(t.mixed.subarray(0, t.nMixed));
        expect([...all, ...mixed].sort((a, b) => a - b)).toEqual(Array.from({ length: t.n }, (_, i) => i));
        for (const i of all) expect(t.digits[i]).toBe(t.end[i]! - t.start[i]!);
        for (const i of mixed) expect(t.digits[i]).not.toBe(t.end[i]! - t.start[i]!);
      }),
      { numRuns: 2000 },
    );
  });

  it("grows past its initial capacity", () => {
    const text = "1 ".repeat(5000);
    const t = new PiiScan(text).digitTokens;
    expect(t.n).toBe(5000);
    expect(t.nAllDigit).toBe(5000);
    expect(t.start[4999]).toBe(9998);
  });
});

describe("scanSeparatorAnchors", () => {
  it("finds IPv6 colons, dash-MAC separators and Cisco dots, one character each", () => {
    const text = 'x fe80::1 00-1a-2b-3c-4d-5e 0011.2233.4455 "a":1 end.';
    const a = scanSeparatorAnchors(text);
    const chars = Array.from(a.pos.subarray(0, a.n), (p) => `${p}${text[p]}`);
    // "fe80::1": the first ":" (before "::"); the MAC's first three "-" (each before "hh-hh-"); the dot
    // between the first two Cisco quads. JSON's `"a":1` and the sentence's "." are not anchors.
    expect(chars).toEqual(["6:", "12-", "15-", "18-", "32."]);
  });

  it("gives the positions of the anchor regex on any text", () => {
    const viaRegex = (t: string): number[] => {
      const out: number[] = [];
      const re = new RegExp(SEPARATOR_ANCHOR.source, "g");
      while (re.test(t)) out.push(re.lastIndex - 1);
      return out;
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(..."0aF9:-.g_ x:.-"), { maxLength: 60 }), (cs) => {
        const t = cs.join("");
        const a = scanSeparatorAnchors(t);
        expect(Array.from(a.pos.subarray(0, a.n))).toEqual(viaRegex(t));
      }),
      { numRuns: 3000 },
    );
  });
});
