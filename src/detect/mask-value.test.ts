import { describe, expect, it } from "vitest";
import { maskValue } from "./mask-value.js";

describe("maskValue", () => {
  it.each([
    ["", ""],
    ["abcd", "****"],
    ["abcde", "a***e"],
    ["john@example.com", "jo************om"],
    ["\u{1F600}abc\u{1F600}", "\u{1F600}***\u{1F600}"],
  ])("%j → %j", (input, expected) => {
    expect(maskValue(input)).toBe(expected);
  });
});
