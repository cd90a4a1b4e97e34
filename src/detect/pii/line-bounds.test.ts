import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { piiDetectors } from "./index.js";
import { blankLeadStart, lastIndexWithin, lineScanSteps, lineStartWithin, newlineWithin } from "./line-bounds.js";

/** The unbounded formulations the helpers replace, as the detectors wrote them. */
const ref = {
  lineStartWithin(text: string, pos: number, max: number, cr: boolean): number {
    const nl = text.lastIndexOf("\n", pos - 1);
    const ls = Math.max(nl, cr ? text.lastIndexOf("\r", pos - 1) : -1) + 1;
    return pos - ls > max ? -1 : ls;
  },
  newlineWithin(text: string, pos: number, max: number): number {
    const le = text.indexOf("\n", pos);
    return le < 0 || le > pos + max ? -1 : le;
  },
  lastIndexWithin(text: string, needle: string, pos: number, max: number): number {
    const k = text.lastIndexOf(needle, pos);
    return k < 0 || pos - k > max ? -1 : k;
  },
  blankLeadStart(text: string, pos: number): number {
    const ls = text.lastIndexOf("\n", pos - 1);
    return text.slice(ls + 1, pos).trim() === "" ? ls : -2;
  },
};

const lines = fc.string({ unit: fc.constantFrom("a", " ", "\n", "\r", "\t", ":", "/", "\u00a0"), maxLength: 60 });

describe("line-bounds helpers", () => {
  it("give the same answers as lastIndexOf / indexOf / trim on the whole text", () => {
    fc.assert(
      fc.property(lines, fc.nat(70), fc.nat(30), fc.boolean(), (text, p, max, cr) => {
        const pos = Math.min(p, text.length);
        // a pos of 0 has no line before it (lastIndexOf(x, -1) looks at index 0)
        if (pos === 0) return;
        expect(lineStartWithin(text, pos, max, cr)).toBe(ref.lineStartWithin(text, pos, max, cr));
        expect(newlineWithin(text, pos, max)).toBe(ref.newlineWithin(text, pos, max));
        expect(lastIndexWithin(text, "://", pos, max)).toBe(ref.lastIndexWithin(text, "://", pos, max));
        expect(blankLeadStart(text, pos)).toBe(ref.blankLeadStart(text, pos));
      }),
      { numRuns: 3000 },
    );
  });

  it("visit at most the window they are given", () => {
    const text = "x".repeat(10_000);
    lineScanSteps.count = 0;
    expect(lineStartWithin(text, 9_000, 80)).toBe(-1);
    expect(newlineWithin(text, 100, 200)).toBe(-1);
    expect(lastIndexWithin(text, "://", 9_000, 200)).toBe(-1);
    expect(lineScanSteps.count).toBeLessThanOrEqual(81 + 201 + 202);
  });
});

/**
 * Dense one-line inputs whose candidates each used to look back to the start of the line (so the whole text):
 * e-mail addresses (URL userinfo check), compact dates after "|" (HL7 PID field), names before "here", example names,
 * postcodes, Arabic name fields. The line scans now stay within their windows: the steps counted per character do
 * not grow with the text.
 */
const UNITS: Record<string, (i: number) => string> = {
  emails: (i) => `lorem ipsum dolor jane.doe${i % 10}@acme-corp.com `,
  hl7: (i) => `|1|2|3|4|5|6|19${50 + (i % 49)}0101 PID|19800101|x `,
  here: (i) => `${["Jane", "Marta", "Pierre"][i % 3]} here, `,
  example: () => "Example: John Doe A and Mario Rossi, ",
  postcodes: () => "221B Baker St, NW1 6XE; Bronx, NY 10456 ",
  arabic: (i) => `  ليلى حداد,+961 3 ${100000 + i} `,
  mrz: () => "  L898902C36UTO7408125F1204159ZE184226B<<<<<10 ",
};

describe("PII context scans are linear in the text", () => {
  const detector = piiDetectors[0]!.build();
  const steps = (text: string): number => {
    lineScanSteps.count = 0;
    detector.detect({ text, context: { direction: "request" } });
    return lineScanSteps.count;
  };
  for (const [name, unit] of Object.entries(UNITS)) {
    it(`${name}: line-scan steps per character stay flat from 500 to 2,000 repetitions`, () => {
      const small = Array.from({ length: 500 }, (_, i) => unit(i)).join("");
      const big = Array.from({ length: 2000 }, (_, i) => unit(i)).join("");
      const s = steps(small);
      const b = steps(big);
      expect(s).toBeGreaterThan(0);
      // every window is at most a few hundred characters around a candidate
      expect(b / big.length).toBeLessThan(250);
      // 4x the text, 4x the steps (with slack for the edges), where a scan back to the start would be 16x
      expect(b).toBeLessThanOrEqual(4.5 * s + 1000);
    });
  }
});
