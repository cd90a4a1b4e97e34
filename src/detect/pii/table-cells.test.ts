import { describe, expect, it } from "vitest";
import { tableCellAt } from "./table-cells.js";

const at = (text: string, value: string) => {
  const i = text.lastIndexOf(value);
  return tableCellAt(text, i, i + value.length);
};

describe("tableCellAt", () => {
  it("gives a CSV value its column's header", () => {
    const t = "name,numer PESEL,created_at\nLars Lund,86112139896,2024-01-02\nAnna Berg,02270803628,2024-01-03";
    expect(at(t, "86112139896")?.header).toBe("numer PESEL");
    expect(at(t, "Anna Berg")?.header).toBe("name");
    expect(at(t, "02270803628")).toMatchObject({ header: "numer PESEL" });
  });

  it("reads semicolons, tabs, quoted cells and Markdown tables", () => {
    expect(at('Vorname;Nachname;IBAN\n"Lena";"Baumgartner";AT611904300234573201', "Baumgartner")?.header).toBe("Nachname");
    expect(at("id\tssn\n1\t123-45-6789", "123-45-6789")?.header).toBe("ssn");
    expect(at('name,"social security number",city\n"Doe, Jane",135-99-4339,Austin', "135-99-4339")?.header).toBe("social security number");
    const md = "| Name | Email |\n|---|---|\n| Katarzyna Wiśniewska | k.w@onet.pl |";
    expect(at(md, "Katarzyna Wiśniewska")?.header).toBe("Name");
    expect(at(md, "k.w@onet.pl")?.header).toBe("Email");
  });

  it("is no table: prose, a header-less CSV, one line, the header row itself", () => {
    expect(at("Dear John, thanks for the update.\nBest, Mary", "Mary")).toBeUndefined();
    expect(at("Lars Lund,86112139896\nAnna Berg,02270803628", "02270803628")).toBeUndefined();
    expect(at("name,ssn", "ssn")).toBeUndefined();
    expect(at("name,ssn\nJo,123-45-6789", "name")).toBeUndefined();
  });

  it("a value running over two cells has no cell", () => {
    expect(at("a,b\n12,34", "12,34")).toBeUndefined();
  });
});
