import { describe, expect, it } from "vitest";
import { dateOfBirthScanner } from "./date-of-birth-detector.js";
import { expectCase, hitsOf, type Case } from "./test-support/hits.js";

const cases: Case[] = [
  { text: "DOB: 03/04/1985", value: "03/04/1985", min: 0.9 },
  { text: "I was born on 4 March 1985 in Leeds", value: "4 March 1985", min: 0.9 },
  { text: "Date of birth: March 4, 1985", value: "March 4, 1985", min: 0.9 },
  { text: "birthday 1985-03-04", value: "1985-03-04", min: 0.9 },
  // year first with slashes or dots; a label with an accent
  { text: "DOB: 1985/11/02", value: "1985/11/02", min: 0.9 },
  { text: "Date of Birth: 1985.11.02", value: "1985.11.02", min: 0.9 },
  { text: "Né le 12/05/1975 à Lyon", value: "12/05/1975", min: 0.9 },
  { text: "build 2024/01/05 released", value: "2024/01/05", min: 0.2, max: 0.35 },
  { text: "The meeting is on 5/20/2021 at noon", value: "5/20/2021", min: 0.2, max: 0.35 },
  { text: "ts 2024-03-15T14:30:00Z", value: "2024-03-15T14:30:00Z", min: 0, max: 0.1 },
  { text: "DOB: 13/13/1985", value: null, min: 0 },
  { text: "version 1.2.3", value: null, min: 0 },
  // month words of other languages, with their day forms and connectors
  { text: "Nato il 1 aprile 1990 a Torino.", value: "1 aprile 1990", min: 0.9 },
  // Indonesian, Romanian, Czech and Swahili birth labels and month names; a birth verb after the date
  { text: "pasien Siti, tanggal lahir 17-08-1975, NIK 3174", value: "17-08-1975", min: 0.9 },
  { text: "Ahmad Fauzi, lahir di Surabaya tanggal 3 Mei 1982", value: "3 Mei 1982", min: 0.9 },
  { text: "Rapat tanggal 12 Agustus 2024 di kantor", value: "12 Agustus 2024", min: 0.2, max: 0.35 },
  { text: "pacienta Ioana Popescu, născută la 23.05.1961", value: "23.05.1961", min: 0.9 },
  { text: "Fișa elevului: data nașterii 16.10.2012", value: "16.10.2012", min: 0.9 },
  { text: "născut la 2 februarie 1980 în Constanța", value: "2 februarie 1980", min: 0.9 },
  { text: "factura din 14 octombrie 2024", value: "14 octombrie 2024", min: 0.2, max: 0.35 },
  { text: "pacient Jiří Novák, narozen 11. 4. 1958, rodné číslo", value: "11. 4. 1958", min: 0.9 },
  { text: "Žák Matěj, datum narození 8. 9. 2011, třída 8.B", value: "8. 9. 2011", min: 0.9 },
  { text: "Schůzka 3. 4. 2025 v 10:00", value: "3. 4. 2025", min: 0.2, max: 0.35 },
  { text: "mwanafunzi alizaliwa 4 Machi 2011, darasa la saba", value: "4 Machi 2011", min: 0.9 },
  { text: "tarehe ya kuzaliwa: 12 Septemba 1990", value: "12 Septemba 1990", min: 0.9 },
  { text: "mkutano tarehe 5 Oktoba 2024", value: "5 Oktoba 2024", min: 0.2, max: 0.35 },
  { text: "sie ist am 3. februar 1940 geboren", value: "3. februar 1940", min: 0.9 },
  { text: "wait is priya's bday 12/08/1995?", value: "12/08/1995", min: 0.9 },
  { text: '{"nombre":"Ana","nacimiento":"1989-12-12"}', value: "1989-12-12", min: 0.9 },
  { text: "geboren am 12. März 1985 in Köln", value: "12. März 1985", min: 0.9 },
  { text: "Geburtsdatum: 3. Oktober 1990", value: "3. Oktober 1990", min: 0.9 },
  { text: "née le 1er janvier 1990 à Lille", value: "1er janvier 1990", min: 0.9 },
  { text: "fecha de nacimiento: 12 de marzo de 1985", value: "12 de marzo de 1985", min: 0.9 },
  { text: "data de nascimento: 1º de março de 1990", value: "1º de março de 1990", min: 0.9 },
  { text: "ur. 3 maja 1988 w Krakowie", value: "3 maja 1988", min: 0.9 },
  { text: "född 7 augusti 1969 i Umeå", value: "7 augusti 1969", min: 0.9 },
  { text: "syntynyt 5. toukokuuta 1975", value: "5. toukokuuta 1975", min: 0.9 },
  { text: "geboren op 14 mei 1982", value: "14 mei 1982", min: 0.9 },
  // short foreign abbreviations are ordinary words without a year ("out", "set", "gen")
  { text: "at age 3 out of 5 children walked", value: null, min: 0 },
  { text: "born after 2 gen of selective breeding", value: null, min: 0 },
  // month words of more languages, year-first Hungarian dates, birth labels of those languages
  { text: "Születési dátum: 1975. október 3.", value: "1975. október 3.", min: 0.9 },
  { text: "született 1962. jan. 21-én", value: "1962. jan. 21", min: 0.9 },
  { text: "Γεννήθηκε στις 9 Ιουλίου 1971 στην Πάτρα", value: "9 Ιουλίου 1971", min: 0.9 },
  { text: "Дата рождения: 21 сентября 1979", value: "21 сентября 1979", min: 0.9 },
  { text: "народився 3 березня 2001 р. у Львові", value: "3 березня 2001", min: 0.9 },
  { text: "تاريخ الميلاد: 2 أيلول 1988", value: "2 أيلول 1988", min: 0.9 },
  { text: "مواليد 11 تشرين الثاني 1975", value: "11 تشرين الثاني 1975", min: 0.9 },
  { text: "Собрание назначено на 21 сентября 2026", value: "21 сентября 2026", min: 0.2, max: 0.35 },
  { text: "Η παράδοση έγινε στις 9 Ιουλίου 2024", value: "9 Ιουλίου 2024", min: 0.2, max: 0.35 },
  // CJK dates and eras, Korean, Vietnamese; birth after the date ("…生")
  { text: "生年月日: 平成3年11月2日", value: "平成3年11月2日", min: 0.9 },
  { text: "出生日期 1978年12月30日", value: "1978年12月30日", min: 0.9 },
  { text: "令和元年5月1日生まれ", value: "令和元年5月1日", min: 0.9 },
  { text: "會員生日：民國75年6月18日", value: "民國75年6月18日", min: 0.9 },
  { text: "생년월일 2001년 2월 14일", value: "2001년 2월 14일", min: 0.9 },
  { text: "発売日は2024年3月15日です", value: "2024年3月15日", min: 0.2, max: 0.35 },
  { text: "회의는 2025년 4월 31일", value: null, min: 0 },
  { text: "Ngày sinh: ngày 7 tháng 9 năm 1988", value: "ngày 7 tháng 9 năm 1988", min: 0.9 },
  { text: "Hạn chót là ngày 7 tháng 9 năm 2026", value: "ngày 7 tháng 9 năm 2026", min: 0.2, max: 0.35 },
  // OCR spacing, compact dates, HL7 PID-7 and the passport MRZ: only with birth context or in their fields
  { text: "DATE OF BIRTH  24 11 1969", value: "24 11 1969", min: 0.9 },
  { text: "Geburtsdatum 07 . 05 . 1983", value: "07 . 05 . 1983", min: 0.9 },
  { text: "Order 24 11 1969 shipped", value: null, min: 0.1 },
  { text: "dob: 19830507", value: "19830507", min: 0.9 },
  { text: "build 20240315 passed", value: null, min: 0.1 },
  { text: "PID|1||12345^^^HOSP^MR||DOE^JANE^Q||19700101|F", value: "19700101", min: 0.9 },
  { text: "OBX|1||12345^^^HOSP^MR||DOE^JANE^Q||19700101|F", value: null, min: 0.1 },
  { text: "L898902C36UTO7408122F1204159ZE184226B<<<<<10", value: "740812", min: 0.9 },
  { text: "L898902C36UTO7408125F1204159ZE184226B<<<<<10", value: null, min: 0.1 },
];

describe("dateOfBirthScanner", () => {
  it.each(cases)("%j", ({ text, value, min = 0.5, max = 1 }) => {
    expectCase(dateOfBirthScanner, "DATE_TIME", { text, value, min, max });
  });
  it("stays linear on long runs of near-matches", () => {
    const t0 = performance.now();
    hitsOf(dateOfBirthScanner, "1990年4月 평성 2001년 2월 ngày 7 tháng 9 năm ".repeat(3000));
    hitsOf(dateOfBirthScanner, "12 03 19 ".repeat(10000));
    hitsOf(dateOfBirthScanner, "1987. március 1987. ".repeat(5000));
    hitsOf(dateOfBirthScanner, "L898902C36UTO7408125F1204159ZE18 ".repeat(3000));
    expect(performance.now() - t0).toBeLessThan(4000);
  });
});
