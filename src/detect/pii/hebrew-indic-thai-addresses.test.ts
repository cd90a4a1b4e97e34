import { describe, expect, it } from "vitest";
import { hebrewIndicThaiAddresses } from "./hebrew-indic-thai-addresses.js";
import type { AddressMatch } from "./pii-scan.js";
import { scriptAddresses } from "./script-addresses.js";

function values(text: string): string[] {
  const out: AddressMatch[] = [];
  hebrewIndicThaiAddresses(text, out);
  return out.map((a) => a.value);
}

describe("hebrewIndicThaiAddresses", () => {
  it.each([
    ["המשלוח ל: רחוב ז'בוטינסקי 112 דירה 7, רמת גן", "רחוב ז'בוטינסקי 112 דירה 7, רמת גן"],
    // a preposition joined to the street word ("ב", "ל") is no part of the address, which is still one
    ["גרה בשדרות רוטשילד 22, תל אביב", "שדרות רוטשילד 22, תל אביב"],
    ["כתובת: שדרות רוטשילד 22 קומה 3, תל אביב 6688101", "שדרות רוטשילד 22 קומה 3, תל אביב 6688101"],
    ["पता: फ्लैट 304, सेक्टर 62, नोएडा 201309", "फ्लैट 304, सेक्टर 62, नोएडा 201309"],
    ["मेरा पता गली 5, शास्त्री नगर, मेरठ, उत्तर प्रदेश है", "गली 5, शास्त्री नगर, मेरठ, उत्तर प्रदेश"],
    ["ที่อยู่ 45/7 หมู่ 3 ตำบลสุเทพ อำเภอเมือง จังหวัดเชียงใหม่ 50200", "45/7 หมู่ 3 ตำบลสุเทพ อำเภอเมือง จังหวัดเชียงใหม่ 50200"],
  ])("%s", (text, value) => {
    if (value === null) expect(values(text)).toEqual([]);
    else expect(values(text)).toEqual([value]);
  });

  it.each(["רחוב יפה מאוד היום", "सेक्टर में 5 लोग हैं", "มีซอย 3 ซอยในหมู่บ้าน", "ราคา 250 บาท ถนนนี้ดี"])("nothing in %j", (text) => {
    expect(values(text)).toEqual([]);
  });

  it("reads Moroccan street words and a Russian street named before its type", () => {
    expect(scriptAddresses("العنوان 7 زنقة ابن سينا، حي أكدال، الرباط 10090").map((a) => a.value)).toEqual(["7 زنقة ابن سينا، حي أكدال، الرباط 10090"]);
    expect(scriptAddresses("адрес: Москва, Ленинский пр., д. 30, кв. 5").map((a) => a.value)).toEqual(["Ленинский пр., д. 30, кв. 5"]);
  });
});
