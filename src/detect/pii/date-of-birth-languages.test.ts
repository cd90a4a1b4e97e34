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

// "to be born" in the first or third person, the verb before the date or, in German, after it with the place between
describe("dates of birth told in the first person", () => {
  it.each([
    { text: "I was born on 3 March 1987 in Leeds.", value: "3 March 1987" },
    { text: "Hola, nací el 7 de octubre de 1994 en Bilbao.", value: "7 de octubre de 1994" },
    { text: "Eu nasci em 12/02/1990, em Recife.", value: "12/02/1990" },
    { text: "Ich bin am 12.03.1985 in Kassel geboren.", value: "12.03.1985" },
    { text: "Ich bin am 12.03.1985 in Bad Homburg geboren.", value: "12.03.1985" },
    { text: "Urodziłam się 04.05.1992 w Gdańsku.", value: "04.05.1992" },
    { text: "Je suis née le 4 mai 1990 à Lyon.", value: "4 mai 1990" },
    { text: "Sono nato il 5 giugno 1978 a Bari.", value: "5 giugno 1978" },
  ])("$value", ({ text, value }) => {
    expectCase(dateOfBirthScanner, "DATE_TIME", { text, value, min: 0.6, max: 1 });
  });
  it.each([
    "Ich bin am 12.03.1985 in Kassel angekommen.",
    "Am 12.03.1985 in Kassel wurde das Werk eröffnet, geboren war die Idee schon früher.",
    "Eu enviei em 12/02/1990.",
  ])("no birth date in %j", (text) => {
    expectCase(dateOfBirthScanner, "DATE_TIME", { text, value: null, min: 0.6, max: 1 });
  });
});
