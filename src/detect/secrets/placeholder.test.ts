import { describe, expect, it } from "vitest";
import { shannonEntropy, distinctChars, charMix } from "./entropy.js";
import { isPlaceholder, isReference } from "./placeholder.js";

describe("isPlaceholder", () => {
  it.each([
    "changeme",
    "your-api-key-here",
    "xxxxxxxxxxxxxxxx",
    "XXXXXXXXXXXXXXXX",
    "********",
    "${DB_PASSWORD}",
    "{{ vault_password }}",
    "<password>",
    "process.env.API_KEY",
    "aaaaaaaaaa1111111111bbbbbbbbbb2222222222",
    "abababababababab",
    "abcdefghijklmnopqrstuvwxyz",
    "REPLACE_WITH_PASSWORD",
    "password",
  ])("%s is a placeholder", (v) => {
    expect(isPlaceholder(v)).toBe(true);
  });

  it.each(["Vx9#qL2!mZ7rT4", "q8Zk3Vd0Hn6Rw2Yt9Lm4", "hunter2x!Q", "abcd1234abcd1234abcd1234", "21r8ogYYeYm4MDAZtBDtmg5F2MOv5aVY9zSSA"])(
    "%s is not",
    (v) => {
      expect(isPlaceholder(v)).toBe(false);
    },
  );

  it("isReference recognises variable references", () => {
    expect(isReference("$API_KEY")).toBe(true);
    expect(isReference("$(cat secret.txt)")).toBe(true);
    expect(isReference("P@ss$1")).toBe(false);
  });
});

describe("entropy helpers", () => {
  it.each([
    ["", 0],
    ["aaaa", 0],
    ["abab", 1],
    ["abcd", 2],
  ])("shannonEntropy(%j) = %d", (v, h) => {
    expect(shannonEntropy(v)).toBeCloseTo(h, 6);
  });

  it("counts distinct characters including non-ASCII", () => {
    expect(distinctChars("aAbB€€💥")).toBe(7);
    expect(charMix("aB3!")).toEqual({ lower: true, upper: true, digit: true, symbol: true, classes: 4 });
  });
});
