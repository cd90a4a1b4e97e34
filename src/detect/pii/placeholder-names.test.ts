import { describe, expect, it } from "vitest";
import { addressScanner } from "./address-detector.js";
import { personLocationScanner } from "./person-location-detector.js";
import { isPlaceholderName } from "./placeholder-names.js";
import { expectCase } from "./test-support/hits.js";

describe("placeholder names", () => {
  it("knows the placeholders and field labels, not real names", () => {
    expect(isPlaceholderName("Joe Bloggs")).toBe(true);
    expect(isPlaceholderName("Erika  Mustermann")).toBe(true);
    expect(isPlaceholderName("Vorname Nachname")).toBe(true);
    expect(isPlaceholderName("John Dorsey")).toBe(false);
    expect(isPlaceholderName("Jane Doelen")).toBe(false);
  });
  it.each([
    "Mail merge test: Hello Joe Bloggs, your parcel is on its way.",
    "Beispiel: Sehr geehrter Herr Max Mustermann, vielen Dank für den Auftrag.",
    "Plantilla: Hola [Nombre Apellido], gracias por su compra.",
  ])("no person in %j", (text) => {
    expectCase(personLocationScanner, "PERSON", { text, value: null, min: 0.6, max: 1 });
  });
  it.each([
    "Esempio: Mario Rossi, Via Roma 1, 00100 Roma",
    "Dæmi: Jón Jónsson, Aðalstræti 1, 101 Reykjavík",
    "Ví dụ: Nguyễn Văn A, số nhà XX, đường YY, quận ZZ",
    "Przykład: Jan Kowalski, ul. Przykładowa 1, 00-000 Miasto",
  ])("an everyman name on an example line is no person: %j", (text) => {
    expectCase(personLocationScanner, "PERSON", { text, value: null, min: 0.6, max: 1 });
  });
  it.each([
    ["Mario Rossi ha chiamato ieri per il rimborso", "Mario Rossi"],
    ["Please email Mario Rossi the example: it is attached", "Mario Rossi"],
    ["Esempio: Giulia Esposito, Via Roma 1", "Giulia Esposito"],
  ])("an everyman name elsewhere, or another name on an example line, is a person: %j", (text, value) => {
    expectCase(personLocationScanner, "PERSON", { text, value, min: 0.6, max: 1 });
  });
  it("still finds a real name next to a placeholder", () => {
    expectCase(personLocationScanner, "PERSON", { text: "Replace John Doe with Priyanka Raman in the demo data.", value: "Priyanka Raman", min: 0.6, max: 1 });
  });
  it("a template address in Anytown is no address; a real one is", () => {
    expectCase(addressScanner, "ADDRESS", { text: "Sample label: 42 Elm Street, Anytown, ST 00000", value: null, min: 0.6, max: 1 });
    expectCase(addressScanner, "ADDRESS", { text: "Ship to 42 Elm Street, Bozeman, MT 59715", value: "42 Elm Street, Bozeman, MT 59715", min: 0.6, max: 1 });
  });
});
