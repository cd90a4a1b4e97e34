import { describe, expect, it } from "vitest";
import { cuedScriptNames } from "./cued-script-names.js";
import type { PiiHit } from "./pii-detector.js";

function names(text: string): string[] {
  const out: PiiHit[] = [];
  cuedScriptNames(text, out);
  return out.filter((h) => h.score >= 0.6).map((h) => text.slice(h.start, h.end));
}

describe("cuedScriptNames", () => {
  it.each([
    // Hebrew: a self-introduction, a title, a name label
    ["שלום, שמי דנה ברק ואני גרה בחיפה", "דנה ברק"],
    ["לכבוד מר משה לוינסון, הנדון: חשבונית", "משה לוינסון"],
    ["פרטי הלקוח: שם מלא: רונית שפירא, טלפון בהמשך", "רונית שפירא"],
    // after a title, a family name alone (the next word is the sentence); a known given name after a greeting
    ["מר כהן הגיע למשרד", "כהן"],
    ["גב' לוי תתקשר מחר", "לוי"],
    ["מר דוד כהן הגיע למשרד", "דוד כהן"],
    ["שלום רחל, מה שלומך?", "רחל"],
    ["תודה נועה! נתראה מחר", "נועה"],
    // Devanagari: name label, "my name is ... hai", a title
    ["आवेदन: नाम अनिल कुमार यादव, पता गली 4, जयपुर", "अनिल कुमार यादव"],
    ["नमस्ते, मेरा नाम कविता जोशी है और मैं पुणे से हूँ", "कविता जोशी"],
    ["कृपया श्रीमती सरला देवी को सूचित करें", "सरला देवी"],
    // Thai: name label (also as a JSON key), a title
    ["แบบฟอร์ม ชื่อ มานพ แก้วกล้า อายุ 40", "มานพ แก้วกล้า"],
    ['{"ชื่อ":"อรุณี ทองดี","อายุ":31}', "อรุณี ทองดี"],
    ["ส่งเอกสารให้ นายประยูร สุขใจ ด้วย", "นายประยูร สุขใจ"],
    // non-Latin values of name keys in code
    ['const u = { name: "山田 太郎", age: 41 };', "山田 太郎"],
    ['{"姓名":"刘德明","城市":"成都"}', "刘德明"],
  ])("%s → %s", (text, value) => {
    expect(names(text)).toContain(value);
  });

  it.each([
    "זה לא נכון, תבדוק שוב",
    "היי, זה נשמע מעולה!",
    "שלום לכולם, הישיבה נדחתה",
    "שלום, אני צריך עזרה עם ההזמנה",
    "उसका नाम क्या है?",
    "ชื่อเสียงของร้านนี้ดีมาก",
    'const u = { name: "test user", id: 3 };',
    'label = { name: "123-456" }',
    "The file name: report.pdf was not found",
  ])("nothing in %j", (text) => {
    expect(names(text)).toEqual([]);
  });
});
