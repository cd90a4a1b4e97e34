import { describe, expect, it } from "vitest";
import { buildReversedNumberView } from "./reversed-number-view.js";

describe("buildReversedNumberView", () => {
  it("turns round a number that is a card number only backwards, mapped to the whole number", () => {
    const v = buildReversedNumberView("card 1111 1111 1111 1114 ok");
    expect(v?.text).toContain("4111 1111 1111 1111");
    const at = v?.text.indexOf("4111") ?? -1;
    expect(v?.toOriginal(at, at + 19)).toEqual({ start: 5, end: 24 });
  });
  it("leaves card numbers as written, decimals and numbers that are no card backwards alone", () => {
    expect(buildReversedNumberView("card 4111 1111 1111 1111")).toBeUndefined();
    expect(buildReversedNumberView("pi 3.1111111111111114 and 1718452800123")).toBeUndefined();
  });
});
