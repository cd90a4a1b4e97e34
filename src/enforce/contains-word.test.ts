import { describe, expect, it } from "vitest";
import { containsWord } from "./contains-word.js";

describe("containsWord", () => {
  it.each([
    ["write to bob.smith@corp.com today", "bob.smith@corp.com", true],
    ["write to bob.smith@corp.com.", "bob.smith@corp.com", true],
    ["(bob.smith@corp.com)", "bob.smith@corp.com", true],
    ["call maria garcia", "maria garcia", true],
    ["the annual report", "ann", false],
    ["write to bob.smith@corp.com", "smith@corp.com", false],
    ["write to bob.smith@corp.com", "bob.smith@corp.co", false],
    ["write to ops-smith@corp.com", "smith@corp.com", false],
    ["write to a+tag@corp.com", "tag@corp.com", false],
    ["mary-ann called", "ann", false],
    ["a dash - then jane@acme.com", "jane@acme.com", true],
    ["+44 20 7946 0958", "20 7946 0958", true],
    ["anything", "", false],
  ])("%j holds %j: %s", (haystack, needle, expected) => {
    expect(containsWord(haystack, needle)).toBe(expected);
  });
});
