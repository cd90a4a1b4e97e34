import { describe, expect, it } from "vitest";
import { PII_SCANNERS } from "./pii-scanners.js";
import { runScanner } from "./pii-detector.js";
import { personLocationScanner } from "./person-location-detector.js";
import { FOREIGN_NAME_LABELS } from "./foreign-name-labels.js";

/** PERSON values at or over the threshold (0.6), across all scanners. */
function people(text: string): string[] {
  const out = new Set<string>();
  for (const s of PII_SCANNERS) for (const h of runScanner(s, text)) if (h.type === "PERSON" && h.score >= 0.6) out.add(text.slice(h.start, h.end));
  return [...out];
}

describe("a label of another language is a name cue with a known name part", () => {
  it.each([
    ["Sachbearbeiterin: Hiltrud Quenzer", "Hiltrud Quenzer"],
    ["Responsável: Genivaldo Tavares", "Genivaldo Tavares"],
    ["Họ tên: Đỗ Thùy Linh", "Đỗ Thùy Linh"],
    // in capitals, with a known given name
    ["AD SOYAD: MEHMET YILDIRIM", "MEHMET YILDIRIM"],
    ["AD SOYAD MEHMET YILDIRIM", "MEHMET YILDIRIM"],
    ["ANSPRECHPARTNER: FRIDOLIN QUENZER", "FRIDOLIN QUENZER"],
  ])("%j", (text, name) => {
    expect(people(text)).toEqual([name]);
    const hit = runScanner(personLocationScanner, text).find((h) => h.type === "PERSON" && text.slice(h.start, h.end) === name);
    expect(hit?.score).toBeGreaterThanOrEqual(0.85);
  });
});

describe("the label data", () => {
  it("holds lower-case labels of at most four words (the detector looks five words ahead)", () => {
    for (const l of FOREIGN_NAME_LABELS) {
      expect(l).toBe(l.toLocaleLowerCase());
      expect(l.split(" ").length).toBeLessThanOrEqual(4);
    }
  });
});

describe("a label inside a group of capitalised words", () => {
  it.each([
    ["Modulo: Cognome Bianchi Nome Martina\n", ["Bianchi", "Martina"]],
    ["Meldezettel: Familienname Pichler, Vorname Theresa, Geburtsdatum 17. Jänner 1983", ["Pichler", "Theresa"]],
  ])("%j", (text, names) => {
    expect(people(text).sort()).toEqual([...names].sort());
  });
});

describe("names after contact and name labels of other languages", () => {
  it.each([
    ["Ansprechpartnerin: Kerstin Wolff\nTel. 030 1234567", "Kerstin Wolff"],
    ["Sachbearbeiter: Jürgen Hahnemann\n", "Jürgen Hahnemann"],
    ["Kontaktperson: Lieselotte Brandauer", "Lieselotte Brandauer"],
    ["Empfänger: Torsten Quade\nMusterweg 4", "Torsten Quade"],
    ["Interlocuteur : Gaëtan Lefebvre-Roux", "Gaëtan Lefebvre-Roux"],
    ["Responsable : Solène Marchetti", "Solène Marchetti"],
    ["Destinataire : Aurélien Dubreuil", "Aurélien Dubreuil"],
    ["Contacto: Ximena Olivares Prado", "Ximena Olivares Prado"],
    ["Destinatario: Rigoberto Anaya", "Rigoberto Anaya"],
    ["Referente: Donatella Bruschi", "Donatella Bruschi"],
    ["Responsável: Joaquim Albuquerque", "Joaquim Albuquerque"],
    ["Destinatário: Iolanda Carvalhais", "Iolanda Carvalhais"],
    ["Contactpersoon: Femke Oudshoorn", "Femke Oudshoorn"],
    ["Ontvanger: Joost Verhoeven", "Joost Verhoeven"],
    ["Osoba kontaktowa: Grzegorz Wiśniewski", "Grzegorz Wiśniewski"],
    ["Imię i nazwisko: Bożena Kowalczyk", "Bożena Kowalczyk"],
    ["Odbiorca: Zdzisław Marczak", "Zdzisław Marczak"],
    ["Ad Soyad: Mehmet Yıldırım", "Mehmet Yıldırım"],
    ["Yetkili: Ayşe Karakaya", "Ayşe Karakaya"],
    ["Alıcı: Emre Doğan\n", "Emre Doğan"],
    ["Người liên hệ: Nguyễn Văn Hùng", "Nguyễn Văn Hùng"],
    ["Họ tên: Trần Thị Mai", "Trần Thị Mai"],
    // the label without its colon, in a group of capitalised words, is still no name part
    ["Ad Soyad Mehmet Yıldırım", "Mehmet Yıldırım"],
    // a label inside a group of capitalised words starts the next field
    ["Modulo: Cognome Bianchi Nome Martina\n", "Bianchi"],
    ["Meldezettel: Vorname Theresa, Geburtsdatum 17. Jänner 1983", "Theresa"],
    ["Meldezettel: Familienname Pichler\n", "Pichler"],
    ["Ad Soyad: Berkcan Özgüven", "Berkcan Özgüven"],
    ["担当者：佐々木 健太", "佐々木 健太"],
    ["담당자: 김민준", "김민준"],
    ["联系人：王小明", "王小明"],
  ])("%j", (text, name) => {
    // the name (and for two fields, the next one) and never the label
    expect(people(text)[0]).toEqual(name);
    expect(people(text).some((p) => /\b(?:Ad|Soyad|Nome|Cognome|Vorname|Familienname)\b/.test(p))).toBe(false);
  });

  it.each([
    "Name: Ticket export",
    "Nom : fichier.csv",
    "担当者：未定",
    "Responsable : service client",
    "Contacto: soporte@example.com",
    "Ad Soyad: ",
    "Ad Soyad:\nTelefon: 0212 555 00 00",
    "Empfänger: Buchhaltung",
    "Yetkili: Satış Departmanı",
    "Referente: Ufficio Acquisti",
    "Responsable : Service Client",
    "Ansprechpartner: Abteilung Vertrieb",
  ])("no name in %j", (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe("a label of another language before a name the lists do not know", () => {
  it.each([
    ["Nom : Tiwaloluwa Adeyemi-Okonkwo", "Tiwaloluwa Adeyemi-Okonkwo"],
    ["Destinatario: Xochiquetzal Huitzil", "Xochiquetzal Huitzil"],
    ["Ime i prezime: Zvonimir Blažević", "Zvonimir Blažević"],
    ["Navn: Tiwaloluwa Okonkwo", "Tiwaloluwa Okonkwo"],
  ])("%j scores clear of the threshold", (text, name) => {
    const hit = runScanner(personLocationScanner, text).find((h) => h.type === "PERSON" && text.slice(h.start, h.end) === name);
    expect(hit?.score).toBeGreaterThanOrEqual(0.7);
  });

  it.each(["Nom : Service Client", "Responsable : Ventas Online", "Contact : Datadog Support", "Navn: Kundeservice Norge"])("no person in %j", (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe("a French form's Nom field beside a Prénom field", () => {
  it("reads a surname no list holds as the family name", () => {
    expect(people("Nom : Vandenberghe\nPrénom : Noémie\nNée le : 17/12/1996")).toEqual(expect.arrayContaining(["Vandenberghe", "Noémie"]));
  });

  it("leaves a Nom field without a Prénom field to the other rules", () => {
    expect(people("Nom : Vandenberghe-Export\nRéférence : 1187")).not.toContain("Vandenberghe-Export");
    expect(people("Nom : Ordinateur\nPrix : 499 €")).not.toContain("Ordinateur");
  });
});
