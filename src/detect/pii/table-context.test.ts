import { describe, expect, it } from "vitest";
import { actionablePii as found } from "./test-support/actionable.js";

describe("tables pasted into prompts: a column's header labels its cells", () => {
  it("national IDs under a header that names them (not labelled by the cells beside them)", () => {
    expect(found("name,numer PESEL,created_at\nLars Lund,86112139896,2024-01-02")).toContain("PL_PESEL:86112139896");
    expect(found("name,social security number,city\nKenji Girard,135-99-4339,Austin")).toContain("US_SSN:135-99-4339");
    expect(found("name,ITIN,city\nKenji Girard,943-50-9231,Austin")).toContain("US_ITIN:943-50-9231");
  });

  it("names and places under name and city columns, also in other languages and Markdown", () => {
    const csv = found("Vorname;Nachname;Stadt;E-Mail\nLena;Baumgartner;Graz;lena.b@gmx.at\nJonas;Weber;Linz;j.weber@gmx.at");
    expect(csv).toEqual(expect.arrayContaining(["PERSON:Lena", "PERSON:Baumgartner", "PERSON:Jonas", "PERSON:Weber"]));
    expect(found("name,phone,city\nKenji Girard,+1 512 555 0199,Austin")).toEqual(expect.arrayContaining(["PERSON:Kenji Girard", "LOCATION:Austin"]));
    expect(found("| Name | Email |\n|---|---|\n| Katarzyna Wiśniewska | kw@onet.pl |")).toContain("PERSON:Katarzyna Wiśniewska");
  });

  it("a JSON name field is a name label", () => {
    expect(found('{"applicant":{"name":"Zofia Moreau","nif":"54342426G"}}')).toContain("PERSON:Zofia Moreau");
  });

  it("a line of prose above the table, a key-value table and quoted cells keep their labels (review findings)", () => {
    expect(found("Hello, here it is\nName,SSN\nKenji Girard,536228811\n")).toContain("US_SSN:536228811");
    const kv = found("Field,Value\nDate of birth,12/03/1985\nSSN,536228811\nName,Kenji Girard");
    expect(kv).toEqual(expect.arrayContaining(["DATE_TIME:12/03/1985", "US_SSN:536228811"]));
    expect(found('name,email\n"Kenji Girard","kenji.g@example.org"\n"Lars Lund","lars@example.org"')).toEqual(expect.arrayContaining(["PERSON:Kenji Girard", "PERSON:Lars Lund"]));
    // a year inside a column name does not turn the table off
    expect(found("Nachname,Geburtsdatum,umsatz_2024\nOberholzer,1979-03-02,1200\nKowalczyk,1990-07-15,900")).toEqual(
      expect.arrayContaining(["PERSON:Oberholzer", "PERSON:Kowalczyk", "DATE_TIME:1990-07-15"]),
    );
  });

  it("many small tables cost linear time", () => {
    const text = "a,b\nx,1990-07-30\n\n".repeat(20_000);
    const t0 = performance.now();
    found(text);
    // generous: quadratic lookups took over a second here; the bound only catches that
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it("a header naming something else does not make an ID of a number", () => {
    expect(found("sku,qty,price\nAB-1,135994339,12.50")).toEqual([]);
  });
});

describe("SQL INSERT statements: the column list labels each value of the tuples", () => {
  it("labels names, dates of birth and a second tuple by their columns", async () => {
    const { createDetectionEngine } = await import("../engine.js");
    const engine = createDetectionEngine();
    const text = "INSERT INTO adherents (last_name, prenom, date_naissance, email) VALUES ('Fofana', 'Awa', '1996-12-08', 'awa@example.org'), ('Diallo', 'Mamadou', '1990-01-02', 'md@example.org');";
    const found = engine.detect(text).findings.filter((f) => engine.isActionable(f)).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);
    for (const v of ["PERSON:Fofana", "PERSON:Awa", "DATE_TIME:1996-12-08", "PERSON:Diallo", "PERSON:Mamadou", "DATE_TIME:1990-01-02"]) expect(found).toContain(v);
  });

  it("gives no label to values of a statement without a column list, or after the statement ended", async () => {
    const { sqlValueCell } = await import("./sql-value-cell.js");
    const a = "INSERT INTO t VALUES ('Fofana', 'Awa');";
    expect(sqlValueCell(a, a.indexOf("Fofana"), a.indexOf("Fofana") + 6)).toBeUndefined();
    const b = "INSERT INTO t (nom) VALUES ('x'); SELECT ('Fofana', 1);";
    expect(sqlValueCell(b, b.indexOf("Fofana"), b.indexOf("Fofana") + 6)).toBeUndefined();
    const c = "INSERT INTO t (nom, prenom) VALUES ('O''Brien', 'Awa');";
    expect(sqlValueCell(c, c.indexOf("Awa"), c.indexOf("Awa") + 3)?.header).toBe("prenom");
  });
});
