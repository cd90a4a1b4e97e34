import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSharedScan } from "../shared/shared-scan.js";
import { HINT, obfuscationHint } from "./obfuscated-email.js";

describe("obfuscated-e-mail gate from the shared keyword pass", () => {
  it.each([
    ["bracketed at", "john [at] example [dot] com", true],
    ["tight brackets", "jane(at)corp(dot)io", true],
    ["at sign in braces", "bob{@}mail.example.org", true],
    ["spelled dot", "alice at example dot com", true],
    ["spelled dot after a non-breaking space", "alice at example\u00a0dot com", true],
    ["mixed case is not the gate's", "bob [aT] example", false],
    ["plain prose", "look at this, it is a dotted line", false],
    ["code brackets", "const x = [a, b]; f(at); g(a)", true],
  ])("%s", (_name, text, expected) => {
    expect(HINT.test(text)).toBe(expected);
    expect(obfuscationHint(text, createSharedScan(text))).toBe(expected);
  });

  it("agrees with the gate regex (property)", () => {
    const pieces = ["[", "(", "{", "<", "]", ")", "}", ">", "at", "AT", "At", "aT", "@", "dot", "DOT", "Dot", " ", "\u00a0", "\t", "x", "do", "a", "t"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join("");
        expect(obfuscationHint(text, createSharedScan(text))).toBe(HINT.test(text));
      }),
      { numRuns: 4000 },
    );
  });
});
