import { describe, expect, it } from "vitest";
import { runScanner } from "./pii-detector.js";
import { personLocationScanner } from "./person-location-detector.js";
import { foldVietnamese, isVietnameseFullName } from "./vietnamese-full-names.js";

const persons = (text: string): string[] =>
  runScanner(personLocationScanner, text).filter((h) => h.type === "PERSON" && h.score >= 0.6).map((h) => text.slice(h.start, h.end));

describe("isVietnameseFullName", () => {
  it.each([
    [["Nguyễn", "Thị", "Lan"], true],
    [["Lê", "Thị", "Thu", "Hà"], true],
    [["Tran", "Van", "Long"], true],
    [["Hồ", "Chí", "Minh"], false], // Chí is no middle name: the city and the man are told apart by context, not here
    [["Lê", "Lợi"], false], // two words: a street as often as a person
    [["Nguyễn", "Văn", "Restaurant"], false], // not a syllable
    [["Smith", "Van", "Long"], false],
    [["Nguyễn", "Thị", "Lan", "Anh", "Hoa"], false],
  ])("%j -> %s", (words, expected) => {
    expect(isVietnameseFullName(words)).toBe(expected);
  });

  it("folds tone marks and đ", () => {
    expect(foldVietnamese("Nguyễn Đặng")).toBe("Nguyen Dang");
  });
});

describe("Vietnamese full names without cues", () => {
  it.each([
    ["heads-up: Nguyễn Thị Lan from the Acme account called again", "Nguyễn Thị Lan"],
    ["INTAKE NOTE\nPt: Nguyễn Thị Lan   DOB: 12/30/1985", "Nguyễn Thị Lan"],
    ["it's 6011 exp 09/28\" — Nguyễn Thị Lan. Can you tell me", "Nguyễn Thị Lan"],
    ["Attendees: Lê Thị Thu Hà, Phạm Văn Long", "Lê Thị Thu Hà"],
  ])("%j", (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it.each(["We visited Hồ Chí Minh City last spring.", "The Lan party starts at 8.", "Nguyen Dang Technologies reported revenue."])("no person in %j", (text) => {
    expect(persons(text)).toEqual([]);
  });
});
