import { describe, expect, it } from "vitest";
import type { PiiHit } from "./pii-detector.js";
import { scriptNameFields } from "./script-name-fields.js";

function names(text: string, prior: PiiHit[] = []): string[] {
  const out = [...prior];
  scriptNameFields(text, out, 0);
  return out.filter((h) => h.type === "PERSON" && h.score >= 0.6).map((h) => text.slice(h.start, h.end));
}

describe("scriptNameFields", () => {
  it.each([
    ["お名前：高橋 美咲\nフリガナ：タカハシ ミサキ\n生年月日：1990年4月12日", ["高橋 美咲", "タカハシ ミサキ"]],
    ["診療録\n患者氏名：佐々木 一郎（ササキ イチロウ）\n生年月日：昭和32年8月3日", ["佐々木 一郎", "ササキ イチロウ"]],
    ["환자명: 이순자\n생년월일: 1944.02.09\n보호자: 이정훈 (아들) 010 7442 7091", ["이순자", "이정훈"]],
    ["कर्मचारी: अमित कुमार यादव\nपैन: VCEPY2031B", ["अमित कुमार यादव"]],
    ["নাম: তানভীর আহমেদ\nজন্ম তারিখ: ১২/০৩/১৯৯১", ["তানভীর আহমেদ"]],
    ["نام و نام خانوادگی: مریم رضایی\nتاریخ تولد: ۱۳۷۰/۰۵/۲۱", ["مریم رضایی"]],
    ["עובד: אבי כהן\nתאריך לידה: 11/11/1978", ["אבי כהן"]],
    ["ስም: ሰላም ተስፋዬ\nየትውልድ ቀን: 12/05/1988", ["ሰላም ተስፋዬ"]],
    ["பெயர்: முருகன் சுப்பிரமணியம்\nபிறந்த தேதி: 05-06-1970", ["முருகன் சுப்பிரமணியம்"]],
    ["تقرير طبي\nاسم المريض: يوسف حداد\nالتشخيص: التهاب رئوي", ["يوسف حداد"]],
  ])("%j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("widens a shorter name found inside the field's value to the whole value", () => {
    const text = "الاسم: فاطمة الزهراء بنعلي\nتاريخ الميلاد: 1989/06/17";
    const s = text.indexOf("فاطمة");
    const prior: PiiHit[] = [{ type: "PERSON", start: s, end: s + "فاطمة الزهراء".length, score: 0.85, explanation: "given names" }];
    expect(names(text, prior)).toEqual(["فاطمة الزهراء بنعلي"]);
  });

  it.each([
    // a label inside a sentence, a value in Latin letters or digits, a filler, a sentence after the label
    "この書類の氏名欄は空欄です。",
    "Name: John Smith",
    "氏名：なし",
    "이름: 12345",
    "नाम: यह फ़ील्ड भरना ज़रूरी है कृपया ध्यान दें",
    "氏名：山田 太郎、住所：東京都",
    "الموظف: مرحباً، ما اسمك الكامل؟",
  ])("no name field value in %j", (text) => {
    const got = names(text);
    if (text.startsWith("氏名：山田")) expect(got).toEqual(["山田 太郎"]);
    else expect(got).toEqual([]);
  });
});

describe("Armenian and Georgian name fields", () => {
  it.each([
    ["Անուն Ազգանուն: Արամ Պետրոսյան\nԾննդյան ամսաթիվ: 12.05.1993", "Արամ Պետրոսյան"],
    ["სახელი და გვარი: ნინო ბერიძე\nტელეფონი: 599 12 34 56", "ნინო ბერიძე"],
  ] as const)("%j", (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it.each([
    // other labels of the same scripts (a product, an address) and a label inside a sentence name no one
    "Ապրանք: Հայկական կոնյակ\nԳին: 12000",
    "მისამართი: ჭავჭავაძის გამზირი 37",
    "ეს არის სახელი: კარგი პროდუქტი, ძალიან",
  ])("%j", (text) => {
    expect(names(text)).toEqual([]);
  });
});
