import { describe, expect, it } from "vitest";
import { csvCell } from "./csv-cell.js";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["=1+2", "'=1+2"],
    ["@SUM(1;2)", "'@SUM(1;2)"],
    ["+cmd", "'+cmd"],
    ["-2", "'-2"],
    ['say "hi", then', '"say ""hi"", then"'],
    ["=HYPERLINK(\"http://x\",\"y\")", '"\'=HYPERLINK(""http://x"",""y"")"'],
    [null, ""],
    [42, "42"],
    [{ a: 1 }, '"{""a"":1}"'],
  ])("%j → %s", (input, out) => {
    expect(csvCell(input)).toBe(out);
  });
});
