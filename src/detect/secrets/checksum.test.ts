import { describe, expect, it } from "vitest";
import { base62, crc32, hasValidCrc32Suffix, withCrc32Suffix } from "./checksum.js";

describe("crc32 / base62 token checksums", () => {
  it.each([
    ["", 0],
    ["123456789", 0xcbf43926],
    ["The quick brown fox jumps over the lazy dog", 0x414fa339],
  ])("crc32(%j)", (input, expected) => {
    expect(crc32(input)).toBe(expected);
  });

  it.each([
    [0, 6, "000000"],
    [61, 2, "0z"],
    [62, 2, "10"],
    [0xffffffff, 6, "4gfFC3"],
  ])("base62(%d, %d) = %s", (v, w, s) => {
    expect(base62(v, w)).toBe(s);
  });

  it.each([
    ["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", true],
    ["ghp_wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUy", false],
    [withCrc32Suffix("npm_", "a".repeat(10) + "B".repeat(10) + "0123456789"), true],
    ["ghp_short", false],
  ])("hasValidCrc32Suffix(%s) = %s", (token, ok) => {
    expect(hasValidCrc32Suffix(token)).toBe(ok);
  });
});
