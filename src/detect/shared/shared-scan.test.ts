import { describe, expect, it } from "vitest";
import type { SharedScan, TextPart } from "../../core/detector.js";
import { DIGIT_TOKENS, scanDigitTokens } from "./digit-tokens.js";
import { createSharedScan, sharedPart } from "./shared-scan.js";
import { SharedKeywords } from "./shared-keywords.js";

describe("createSharedScan", () => {
  it("computes each part once per text, and parts can build on other parts", () => {
    let calls = 0;
    const words: TextPart<string[]> = { name: "words", compute: (s) => (calls++, s.text.split(" ")) };
    const count: TextPart<number> = { name: "count", compute: (s: SharedScan) => s.get(words).length };
    const scan = createSharedScan("a b c");
    expect(scan.get(count)).toBe(3);
    expect(scan.get(words)).toEqual(["a", "b", "c"]);
    expect(scan.get(count)).toBe(3);
    expect(calls).toBe(1);
    expect(createSharedScan("d e").get(count)).toBe(2);
    expect(calls).toBe(2);
  });

  it("sharedPart uses the input's scan only when it is of the same text", () => {
    const text = "order 1234 shipped to a1b2";
    const other = createSharedScan("something else 99");
    const context = { direction: "request" } as const;
    expect(sharedPart({ text, context, shared: other }, DIGIT_TOKENS)).toEqual(scanDigitTokens(text));
    expect(sharedPart({ text, context }, DIGIT_TOKENS)).toEqual(scanDigitTokens(text));
    const own = createSharedScan(text);
    expect(sharedPart({ text, context, shared: own }, DIGIT_TOKENS)).toBe(own.get(DIGIT_TOKENS));
  });
});

describe("SharedKeywords", () => {
  it("dedupes case-insensitively and finds every keyword in one pass", () => {
    const set = new SharedKeywords(["Password", "token", "password", "confidential"]);
    expect(set.keywords).toEqual(["password", "token", "confidential"]);
    expect(set.index("TOKEN")).toBe(1);
    expect(set.index("nope")).toBe(-1);
    const hits = createSharedScan("PASSWORD=x; Confidential token").get(set.part);
    expect(hits).toEqual([0, 0, 2, 12, 1, 25]);
  });
});
