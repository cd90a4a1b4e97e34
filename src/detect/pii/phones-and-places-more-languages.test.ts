import { describe, expect, it } from "vitest";
import { phoneScanner } from "./phone-detector.js";
import type { PiiHit } from "./pii-detector.js";
import { recordPlaceFields } from "./record-place-fields.js";
import { personLocationScanner } from "./person-location-detector.js";
import { expectCase } from "./test-support/hits.js";

// phone words of more languages and the national plans they point to (Iceland, Latvia, Lithuania, Malta, Nepal,
// Georgia, Sri Lanka; Mexico and Spain in chat)
describe("phone numbers after phone words of more languages", () => {
  it.each([
    { text: "Farsími: 771 4420", value: "771 4420" },
    { text: "Tālrunis: 26 114 903", value: "26 114 903" },
    { text: "Mob. tel. 612 34567, rašykite", value: "612 34567" },
    { text: "Ċempel jew ibgħat fuq il-mowbajl 9912 3344.", value: "9912 3344" },
    { text: "सम्पर्क मोबाइल: 9841234567", value: "9841234567" },
    { text: "ტელეფონი: 555 12 34 56", value: "555 12 34 56" },
    { text: "mi cel es 33 1234 5678, escríbeme", value: "33 1234 5678" },
    { text: "chámame ao 981 234 567 mañá", value: "981 234 567" },
    { text: "he texted from 0412 345 678 last night", value: "0412 345 678" },
    { text: "rūta: mantas sakė kad gintarės numeris 8 633 97021", value: "8 633 97021" },
    { text: "kan noen gi håkon beskjed? nummeret hans er 498 39 409", value: "498 39 409" },
    { text: "uxía: chámalle ao 622 286 050", value: "622 286 050" },
    { text: "હાર્દિક: નિશાબેનનો નંબર 99276 27116 છે", value: "99276 27116" },
    { text: "ਨਾਮ: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ\nਫ਼ੋਨ: 98118 35279", value: "98118 35279" },
    { text: "გიორგი: თამარის ნომერი მომწერე\nლევანი: 589 07 36 01", value: "589 07 36 01" },
  ])("$value", ({ text, value }) => {
    expectCase(phoneScanner, "PHONE_NUMBER", { text, value, min: 0.5, max: 1 });
  });
  // the same digits as other numbers: versions, prices, order and product codes, times
  it.each([
    "Útgáfa 771 4420 af hugbúnaðinum",
    "Pasūtījuma numurs 26 114 903",
    "Il-prezz huwa 9912 3344 ewro? le, 99.12",
    "Version 9.841.234.567 released",
    "cel mai bun rezultat: 2024-05-11 10:30",
    "SKU 981 234 567 — Mowbajl case",
    "Užsakymo numeris 8 633 97021 patvirtintas",
    "Ordrenummeret er 498 39 409, pakken kommer i morgen",
    "ਪਾਸਪੋਰਟ ਨੰਬਰ 2024-11-05 ਨੂੰ ਜਾਰੀ",
  ])("no phone in %j", (text) => {
    expectCase(phoneScanner, "PHONE_NUMBER", { text, value: null, min: 0.5, max: 1 });
  });
});

function places(text: string): string[] {
  const out: PiiHit[] = [];
  recordPlaceFields(text, out, 0);
  return out.filter((h) => h.type === "LOCATION" && h.score >= 0.6).map((h) => text.slice(h.start, h.end));
}

describe("birthplace and home-town fields of more languages", () => {
  it.each([
    ["성명: 박지훈\n본적: 경상북도 안동시", "경상북도 안동시"],
    ["పేరు: లక్ష్మి\nఊరు: విజయవాడ\nఫోన్: 99", "విజయవాడ"],
    ["ชื่อ: สมชาย\nภูมิลำเนา: ขอนแก่น", "ขอนแก่น"],
    ["الاسم: سعاد\nمكان الازدياد: مكناس", "مكناس"],
    ["नाम: राम\nठेगाना: धरान\nफोन: 1", "धरान"],
    ["ስም: አበበ\nአድራሻ: ባህር ዳር", "ባህር ዳር"],
    ["記録：患者 山田、出身地 長野県。", "長野県"],
    ["id,name,birth_city\n7,Ana Ruiz,Valencia", "Valencia"],
    ["id,full_name,home_town\n7,Li Wei,Harbin", "Harbin"],
  ])("%j → %s", (text, place) => {
    expect(places(text)).toEqual([place]);
  });
  it.each([
    // an address with a number or parts is no town field; a Latin-script address label is not read so
    "नाम: राम\nठेगाना: वडा नं. ४, धरान",
    "ስም: አበበ\nአድራሻ: 22 ማዞሪያ",
    "Address: Springfield",
    "ชื่อ: สมชาย\nที่อยู่: 99/1 ถนนพหลโยธิน",
    // a column that qualifies a warehouse, not a person
    "sku,warehouse_city\nA1,Reno",
    // an alma mater after 出身 is no place
    "出身校は東京大学です。",
  ])("no place in %j", (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe("birthplaces after a birth verb of more languages", () => {
  it.each([
    ["Radnik: Marko Petrović, rođen 3.4.1980 u Valjevu, živi u Beogradu.", "Valjevu"],
    ["Kandidatka je rojena v Kranju leta 1990.", "Kranju"],
  ])("%j → %s", (text, place) => {
    expectCase(personLocationScanner, "LOCATION", { text, value: place, min: 0.6, max: 1 });
  });
});
