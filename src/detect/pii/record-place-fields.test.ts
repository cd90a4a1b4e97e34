import { describe, expect, it } from "vitest";
import type { PiiHit } from "./pii-detector.js";
import { recordPlaceFields } from "./record-place-fields.js";

function places(text: string, prior: PiiHit[] = []): string[] {
  const out = [...prior];
  recordPlaceFields(text, out, 0);
  return out.filter((h) => h.type === "LOCATION" && h.score >= 0.6).map((h) => text.slice(h.start, h.end));
}

describe("recordPlaceFields", () => {
  it.each([
    ["Cognome e nome: Esposito Carmela\nLuogo di nascita: Caserta\nCodice fiscale: X", "Caserta"],
    ["Nome: Ubiratan Sampaio\nNaturalidade: Salvador\nCPF: 445.012.859-15", "Salvador"],
    ["Сотрудник: Кузнецов Андрей\nМесто рождения: Новосибирск\nЭл. почта: a@b.ru", "Новосибирск"],
    ["الاسم: فاطمة الزهراء بنعلي\nمكان الميلاد: فاس\nالهاتف: 0650 640990", "فاس"],
    ["员工信息\n姓名：刘芳\n籍贯：湖南长沙\n联系电话：139 8587 6784", "湖南长沙"],
    ["Personel: Mehmet Can Aydoğan\nDoğum yeri: Trabzon", "Trabzon"],
    ["Họ tên: Trần Văn Phúc\nQuê quán: Nam Định", "Nam Định"],
    ["Full name: Chukwuemeka Obiora\nState of origin: Anambra", "Anambra"],
    ["कर्मचारी: अमित कुमार यादव\nजन्मस्थान: गोरखपुर", "गोरखपुर"],
    ['<kunde><name>Hannelore Pfeiffer</name><ort>Jena</ort></kunde>', "Jena"],
    ['{"naam": "Sjoerd de Vries", "plaats": "Utrecht"}', "Utrecht"],
  ])("%j → %s", (text, place) => {
    expect(places(text)).toEqual([place]);
  });

  it("reads the place column of a table", () => {
    const text = "氏名,メール,電話,出身地\n松田 翔太,s@x.jp,070-7761-4786,福岡県\n小林 あや,a@y.jp,090-8777-1160,札幌市";
    expect(places(text)).toEqual(["福岡県", "札幌市"]);
  });

  it("lowers a PERSON reading of the field's value", () => {
    const text = "Quê quán: Nam Định";
    const s = text.indexOf("Nam");
    const out: PiiHit[] = [{ type: "PERSON", start: s, end: s + 8, score: 0.85, explanation: "name" }];
    recordPlaceFields(text, out, 0);
    expect(out.find((h) => h.type === "PERSON")?.score).toBeLessThan(0.5);
  });

  it.each([
    "Ort: Online",
    "City: N/A",
    "Ort: Besprechungsraum 3, 2. Stock",
    "The city: a place where people live and work together in large numbers every day",
    "We met in the city: it was lovely.",
    "Geburtsort und Wohnort sind Pflichtfelder.",
  ])("no place field in %j", (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe("recordPlaceFields more birthplace labels", () => {
  it.each([
    ["Име и презиме: Драган Милошевић\nМесто рођења: Ниш\nТелефон: 064 904 9322", "Ниш"],
    ["Аты-жөні: Нұрлан Серікбаев\nТуған жері: Шымкент", "Шымкент"],
    ["Անուն Ազգանուն: Արամ Պետրոսյան\nԾննդավայր: Գյումրի", "Գյումրի"],
    ["ឈ្មោះ: សុខ ចាន់ថា\nទីកន្លែងកំណើត: បាត់ដំបង", "បាត់ដំបង"],
    ["பெயர்: கார்த்திகேயன்\nபிறந்த ஊர்: மதுரை", "மதுரை"],
    ["ਨਾਮ: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ\nਜਨਮ ਸਥਾਨ: ਲੁਧਿਆਣਾ", "ਲੁਧਿਆਣਾ"],
    ["नाम: बिष्णु प्रसाद अधिकारी\nस्थायी ठेगाना: पोखरा", "पोखरा"],
    // a field after a table bar in the middle of a line
    ["Paciente: Rosa Huamán Quispe | Lugar de nacimiento: Ayacucho | Tel: 953 648 575", "Ayacucho"],
  ])("%j → %s", (text, place) => {
    expect(places(text)).toEqual([place]);
  });

  it.each([
    // the label words in prose, no field separator: no place field
    "Место рођења Николе Тесле је Смиљан, данас у Хрватској.",
    "We asked about the place of birth requirement | see the docs",
    "a | b lugar de nacimiento es importante",
  ])("no field in %j", (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe("recordPlaceFields city columns", () => {
  it("reads a city column only when the table also has a name column", () => {
    expect(places("first_name,last_name,city\njoão,silva,lisboa")).toEqual(["lisboa"]);
    expect(places("warehouse,city,capacity\nW1,leeds,400")).toEqual([]);
  });
});
