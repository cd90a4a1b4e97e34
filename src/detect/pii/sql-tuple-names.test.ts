import { describe, expect, it } from "vitest";
import { gazetteers } from "./gazetteers.js";
import type { PiiHit } from "./pii-detector.js";
import { sqlTupleNames } from "./sql-tuple-names.js";

function names(text: string): string[] {
  const out: PiiHit[] = [];
  sqlTupleNames(text, gazetteers(), out);
  return out.filter((h) => h.score >= 0.6).map((h) => text.slice(h.start, h.end));
}

describe("sqlTupleNames", () => {
  it("reads a given name and a surname side by side in tuples without a column list", () => {
    const text = "INSERT INTO staff VALUES (7, 'Faith', 'Otieno', 'f.otieno@example.org'),\n  (8, 'Mark', 'Kowalczyk', '+48 601 222 333');";
    expect(names(text)).toEqual(["Faith", "Otieno", "Mark", "Kowalczyk"]);
  });

  it("takes a two-word surname", () => {
    expect(names("insert into people values ('Lucia', 'Herrera Quispe', 1988);")).toEqual(["Lucia", "Herrera Quispe"]);
  });

  it.each([
    "INSERT INTO products VALUES (1, 'Red', 'Chair', 20), (2, 'Rose', 'Garden', 30);",
    "INSERT INTO colours VALUES ('Amber', 'Warning');",
    "SELECT 'Hope', 'Mwangi' FROM dual;",
    "-- the values ('Hope', 'Mwangi') are examples",
  ])("nothing in %j", (text) => {
    expect(names(text)).toEqual([]);
  });
});
