import { describe, it } from "vitest";
import { dateOfBirthScanner } from "./date-of-birth-detector.js";
import { expectCase } from "./test-support/hits.js";

// month names of Catalan, Galician, Icelandic, Malay, Croatian, Slovene, Bulgarian, Latvian, Lithuanian, Welsh, Irish,
// Estonian; birth labels of Basque, Irish, Hausa, Kazakh, Welsh, Maltese, Catalan, Italian (a CSV header)
describe("birth dates in more languages", () => {
  it.each([
    { text: "Data de naixement: 21 de març de 1979", value: "21 de març de 1979" },
    { text: "Va néixer el 3 d'abril de 1990; data de naixement 3 d'abril de 1990", value: "3 d'abril de 1990" },
    { text: "Data de nacemento: 9 de xullo de 1968", value: "9 de xullo de 1968" },
    { text: "Fæðingardagur: 14. október 1991", value: "14. október 1991" },
    { text: "Tarikh lahir: 3 Ogos 1985", value: "3 Ogos 1985" },
    { text: "Tarikh lahir: 11 Disember 2001", value: "11 Disember 2001" },
    { text: "Datum rođenja: 7. svibnja 1983.", value: "7. svibnja 1983" },
    { text: "Datum rojstva: 2. junij 1977", value: "2. junij 1977" },
    { text: "Дата на раждане: 5 септември 1969", value: "5 септември 1969" },
    { text: "Dyddiad geni: 22 Tachwedd 1995", value: "22 Tachwedd 1995" },
    { text: "Dáta breithe: 8 Feabhra 1999", value: "8 Feabhra 1999" },
    { text: "Jaiotze data: 2001-06-30", value: "2001-06-30" },
    { text: "Dáta breithe: 30/01/1975", value: "30/01/1975" },
    { text: "Ranar haihuwa: 17/08/1990", value: "17/08/1990" },
    { text: "Туған күні: 1994.12.05", value: "1994.12.05" },
    { text: "Data tat-twelid: 12/12/1988", value: "12/12/1988" },
    { text: "cognome,nome,nascita,comune\nFerri,Lucia,1979-04-18,Lodi", value: "1979-04-18" },
    { text: "Izen-abizenak: Itziar Etxeberria\nJaioteguna: 1990/05/23", value: "1990/05/23" },
    { text: "bence: szia réka, dóri szülinapja 1996.04.12? kell a foglaláshoz", value: "1996.04.12" },
    { text: "Rođendan: 03.07.1988.", value: "03.07.1988" },
    { text: "День рождения: 12.02.1979", value: "12.02.1979" },
  ])("$value", ({ text, value }) => {
    expectCase(dateOfBirthScanner, "DATE_TIME", { text, value, min: 0.6, max: 1 });
  });
  // the same dates without a birth label: order, release and meeting dates stay below the threshold
  it.each([
    "Comanda enviada el 21 de març de 1979 segons l'arxiu.",
    "Fundur haldinn 14. október 1991 í Reykjavík.",
    "Mesyuarat pada 3 Ogos 1985 telah ditangguhkan.",
    "Version 2001-06-30 of the schema; release 1994.12.05 notes.",
    "Eguna: 2001-06-30, ordua 10:00",
    "sku,name,release,plant\nA-77,Mixer,1979-04-18,Lodi",
    "Cyfarfod ar 22 Tachwedd 1995 yn Aberystwyth.",
    "Bilera: 1990/05/23, Donostian",
    "A határidő 1996.04.12, a megbeszélés után.",
  ])("no birth date in %j", (text) => {
    expectCase(dateOfBirthScanner, "DATE_TIME", { text, value: null, min: 0.6, max: 1 });
  });
});
