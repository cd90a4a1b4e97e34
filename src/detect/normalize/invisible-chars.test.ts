import { describe, expect, it } from "vitest";
import { isBidiControl, isBidiReordering, isInvisible, isTagChar, isVariationSelector, isZeroWidth, MAY_CONTAIN_INVISIBLE } from "./invisible-chars.js";

describe("invisible characters", () => {
  it.each([
    [0x200b, { zw: true, bidi: false, tag: false, vs: false }],
    [0xfeff, { zw: true, bidi: false, tag: false, vs: false }],
    [0x202e, { zw: false, bidi: true, tag: false, vs: false }],
    [0x200f, { zw: false, bidi: true, tag: false, vs: false }],
    [0xe0041, { zw: false, bidi: false, tag: true, vs: false }],
    [0xfe0f, { zw: false, bidi: false, tag: false, vs: true }],
    [0xe0100, { zw: false, bidi: false, tag: false, vs: true }],
    [0x41, { zw: false, bidi: false, tag: false, vs: false }],
    [0x00e9, { zw: false, bidi: false, tag: false, vs: false }],
  ])("U+%s", (cp, k) => {
    expect({ zw: isZeroWidth(cp), bidi: isBidiControl(cp), tag: isTagChar(cp), vs: isVariationSelector(cp) }).toEqual(k);
    expect(isInvisible(cp)).toBe(k.zw || k.bidi || k.tag || k.vs);
  });

  it("bidi marks are controls but do not reorder", () => {
    expect(isBidiReordering(0x200e)).toBe(false);
    expect(isBidiReordering(0x2066)).toBe(true);
  });

  it("the pre-filter catches every invisible code point", () => {
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (isInvisible(cp)) expect(MAY_CONTAIN_INVISIBLE.test(String.fromCodePoint(cp))).toBe(true);
    }
  });
});
