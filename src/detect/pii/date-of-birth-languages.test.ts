import { describe, it } from "vitest";
import { dateOfBirthScanner } from "./date-of-birth-detector.js";
import { expectCase } from "./test-support/hits.js";

// birth words in more languages (Greek and Arabic participles, Hindi, Hebrew, "birthday" words) and "geb. am"
describe("date of birth cues in more languages", () => {
  it.each([
    { text: "Βεβαίωση για τον Νίκο Αλεξίου, γεννημένος 12 Μαΐου 1987, κάτοικο Πάτρας.", value: "12 Μαΐου 1987" },
    { text: "السيدة ليلى حداد، المولودة في 7 مارس 1979، تقيم في عمّان.", value: "7 مارس 1979" },
    { text: "आवेदक का जन्म तिथि 21/06/1990 है", value: "21/06/1990" },
    { text: "פרטים: נולדה 04/10/1982 בחיפה", value: "04/10/1982" },
    { text: "Unsere Tochter Ida (geb. am 14. März 2018) kommt in die Kita.", value: "14. März 2018" },
    { text: "Mi cumpleaños es el 9/11/1994, apúntalo.", value: "9/11/1994" },
  ])("$value", ({ text, value }) => {
    expectCase(dateOfBirthScanner, "DATE_TIME", { text, value, min: 0.6, max: 1 });
  });
  it.each([
    "Die Rechnung vom 14. März 2018 ist noch offen.",
    "Geb. am Markt 3, Eingang 12.05.2020 renoviert",
    "Η σύμβαση υπογράφηκε στις 12 Μαΐου 1987.",
    "تم توقيع العقد في 7 مارس 1979",
  ])("no birth date in %j", (text) => {
    expectCase(dateOfBirthScanner, "DATE_TIME", { text, value: null, min: 0.6, max: 1 });
  });
});
