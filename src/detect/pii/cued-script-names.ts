/**
 * People's names in scripts without capitals that script-names.ts does not read (Hebrew, Devanagari, Thai, Urdu and
 * Persian), and the quoted value of a name key in any non-Latin script (`"name": "渡辺 翔太"`, `"姓名":"…"`, `"ชื่อ":"…"`).
 *
 * Nothing in these scripts marks a name, so only a cue before it counts: a name label or a self-introduction ("שמי",
 * "मेरा नाम", "ชื่อ"), a title ("מר", "श्री", "นาย"). The name is the next one to three words, up to punctuation or a
 * function word (two words at most in Hebrew). A bare "this is" or "for" is not enough: without capitals, "זה נשמע
 * מעולה" ("this sounds great") reads like "זה אבי כהן".
 * Each pass runs only when the text has characters of its script.
 */
import type { PiiHit } from "./pii-detector.js";

const HEBREW = /[\u05d0-\u05ea]/;
const DEVANAGARI = /[\u0900-\u0963\u0966-\u097f]/;
const THAI = /[\u0e01-\u0e4e]/;
const NAME_KEY_GATE = /(?:name|姓名|氏名|名前|이름|성명|ชื่อ|שם|नाम|имя|фио|الاسم)["']?\s*[:=]/iu;

function push(out: PiiHit[], start: number, end: number, score: number, explanation: string): void {
  out.push({ type: "PERSON", start, end, score, explanation });
}

// ---------------------------------------------------------------- Hebrew

const HE_WORD = "[\\u05d0-\\u05ea][\\u05d0-\\u05ea'\\u05f3\\u05f4]{0,15}";
/** strong cues: "my name is", "I'm called", "name:", "full name", Mr, Mrs, Dr, "To:" */
const HE_STRONG = new RegExp(`(?<![\\u05d0-\\u05ea])(?:(?:שמי|קוראים לי|השם שלי(?: הוא)?|מר|גב'|גב׳|גברת|ד"ר|ד״ר|לכבוד)[ \\t]*[:\\-–]?|(?:שם מלא|שם הלקוח|שם)[ \\t]*[:\\-–])[ \\t]+(${HE_WORD}(?:[ \\t]${HE_WORD}){0,2})`, "gu");
const HE_STOP = new Set(
  "לא כן טוב נכון מה של את על גם רק כל עוד היה יש אין הוא היא זה זאת אני אתה אנחנו הם הן מאוד בסדר שלי שלך שלו שלה עם או אבל כי אם כמו לי לך לו לה אותו אותה טלפון נייד כתובת מייל דוא\"ל תעודת זהות מספר ת\"ז רחוב".split(" "),
);

const HE_TITLE = new Set(["מר", "גב'", "גב׳", "גברת", 'ד"ר', "ד״ר"]);

function heStop(w: string): boolean {
  // also with the conjunction "ו" ("ואני", "וגם")
  return HE_STOP.has(w) || (w.length > 2 && w.startsWith("ו") && HE_STOP.has(w.slice(1)));
}

/**
 * Frequent Hebrew given names. After a title only a given name takes a second word with it ("מר דוד כהן"); a family
 * name stands alone and the word after it is the sentence going on ("מר כהן הגיע", "גב' לוי תתקשר"). A greeting
 * ("שלום רחל", "היי נועה") is a name cue only before one of them.
 */
const HE_GIVEN = new Set(
  "דוד משה יוסף אברהם יצחק יעקב שמואל אהרון אהרן דניאל מיכאל אליהו חיים מאיר ישראל בנימין יונתן נתן אריאל איתי איתן עומר נועם אורי יואב גיא עידו אלון רון רועי יובל אמיר עמית ניר תומר אבי אבנר גלעד שי אסף ליאור אלי ירון עוזי רפאל אביגיל שרה רבקה רחל לאה מרים חנה אסתר רות דבורה נועה תמר מיכל יעל שירה מאיה טליה אביטל הדס ענבל אורית שרון דנה רונית אילנה לימור מירב גלית נעמה עדי הילה ליאת קרן אפרת סיגל יפעת רוני נטע אדל ליה אלה זהבה חוה יהודית יוסי מוטי איציק שלומי קובי בני רמי דני אבי צביקה שוקי ריקי".split(" "),
);
/** Greetings before a given name. */
const HE_GREETING = new RegExp(`(?<![\\u05d0-\\u05ea])(?:שלום|היי|הי|בוקר טוב|ערב טוב|תודה|לכבוד)[ \\t,]+(${HE_WORD})`, "gu");

function hebrewNames(text: string, out: PiiHit[]): void {
  const from = out.length;
  HE_STRONG.lastIndex = 0;
  for (let m = HE_STRONG.exec(text); m; m = HE_STRONG.exec(text)) {
    const words = m[1]!.split(/[ \t]/);
    let k = 0;
    while (k < words.length - 1 && HE_TITLE.has(words[k]!)) k++;
    // a given name and a family name: a third word is more often the next clause than a second family name; after a
    // title, a first word that is no known given name is the family name alone
    const titled = k > 0 || HE_TITLE.has(m[0].trimStart().split(/[ \t:\-–]/)[0]!);
    const most = titled && !HE_GIVEN.has(words[k]!) ? 1 : 2;
    let n = k;
    while (n < words.length && n - k < most && !heStop(words[n]!) && !HE_TITLE.has(words[n]!)) n++;
    if (n === k) continue;
    let start = m.index + m[0].length - m[1]!.length;
    for (let i = 0; i < k; i++) start += words[i]!.length + 1;
    push(out, start, start + words.slice(k, n).join(" ").length, 0.85, "name after a Hebrew name cue");
  }
  // the cued names above come in text order: one pointer walks them to skip a greeted name they cover ("לכבוד מר …")
  const cued = out.length;
  let j = from;
  HE_GREETING.lastIndex = 0;
  for (let m = HE_GREETING.exec(text); m; m = HE_GREETING.exec(text)) {
    const w = m[1]!;
    if (!HE_GIVEN.has(w)) continue;
    const start = m.index + m[0].length - w.length;
    while (j < cued && out[j]!.end <= start) j++;
    if (j < cued && out[j]!.start <= start) continue;
    push(out, start, start + w.length, 0.7, "known Hebrew given name after a greeting");
  }
}

// ---------------------------------------------------------------- Devanagari (Hindi, Marathi, Nepali)

const DV_WORD = "[\\u0900-\\u0963\\u0966-\\u097f]{1,20}";
const DV_CUE = new RegExp(`(?<![\\u0900-\\u097f])(?:नाम|मेरा नाम|मेरी नाम|श्री|श्रीमती|सुश्री|कुमारी|डॉ\\.?|डा\\.)[ \\t]*[:\\-–]?[ \\t]+(${DV_WORD}(?:[ \\t]${DV_WORD}){0,2})`, "gu");
/** function words and the next field's label end a name: "है", "का", "पता" (address), "फ़ोन" */
const DV_STOP = new Set("है हैं हूँ हूं था थी का की के को ने से में और या पता फ़ोन फोन मोबाइल मोब ईमेल जन्म उम्र पिता पुत्र पुत्री निवासी क्या यह वह भी बताओ बताइए बताएं लिखो लिखें लिखिए दर्ज भरें करें बदलें".split(" "));

function devanagariNames(text: string, out: PiiHit[]): void {
  DV_CUE.lastIndex = 0;
  for (let m = DV_CUE.exec(text); m; m = DV_CUE.exec(text)) {
    const words = m[1]!.split(/[ \t]/);
    let n = 0;
    while (n < words.length && !DV_STOP.has(words[n]!)) n++;
    if (n === 0) continue;
    const start = m.index + m[0].length - m[1]!.length;
    push(out, start, start + words.slice(0, n).join(" ").length, 0.85, "name after a Devanagari name cue");
  }
}

// ---------------------------------------------------------------- Thai

const TH_RUN = "[\\u0e01-\\u0e4e]{2,24}";
/** "ชื่อ" (name; also "ชื่อ-นามสกุล", "ชื่อผู้..."), titles นาย/นาง/นางสาว/คุณ/ด.ช./ด.ญ. written before the name */
const TH_CUE = new RegExp(`(?:ชื่อ(?:-นามสกุล|และนามสกุล)?(?:["']?[ \\t]*[:=][ \\t]*["']?[ \\t]*|[ \\t]+)|(?<![\\u0e01-\\u0e4e])(?=(?:นางสาว|นาย|นาง|ด\\.ช\\.|ด\\.ญ\\.)[\\u0e01-\\u0e4e]))(${TH_RUN}[ \\t]${TH_RUN})(?![\\u0e01-\\u0e4e])`, "gu");
const TH_STOP = new Set(["นามสกุล", "ผู้ใช้", "ไฟล์", "เล่น", "เสียง", "บริษัท", "สินค้า", "ของ", "และ", "ที่", "เป็น"]);

function thaiNames(text: string, out: PiiHit[]): void {
  TH_CUE.lastIndex = 0;
  for (let m = TH_CUE.exec(text); m; m = TH_CUE.exec(text)) {
    const [a, b] = m[1]!.split(/[ \t]/) as [string, string];
    if (TH_STOP.has(a) || TH_STOP.has(b) || a.startsWith("ชื่อ")) continue;
    const start = m.index + m[0].length - m[1]!.length;
    push(out, start, start + m[1]!.length, 0.85, "name after a Thai name cue or title");
  }
}

// ---------------------------------------------------------------- Urdu and Persian

/**
 * Letters of the Arabic script as Urdu and Persian write them ("ہ", "ی", "ک", "گ", "پ", "چ"), which the Arabic pass of
 * script-names.ts does not read.
 */
const PERSO_ARABIC = /[\u067e\u0686\u0698\u06a9\u06af\u06c1\u06cc\u06d2]/;
const PA_WORD = "[\\u0621-\\u064a\\u0671-\\u06d3]{2,16}";
/** "my name is" in Urdu and Persian, or a name label with a colon; then one to three words. */
const PA_CUE = new RegExp(`(?<![\\u0600-\\u06ff])(?:(?:میرا نام|میرا پورا نام|نام من|اسم من|اسمم)[ \\t]*[:：]?|(?:نام|پورا نام|نام و نام خانوادگی|نام کامل)[ \\t]*[:：])[ \\t]+(${PA_WORD}(?:[ \\t]${PA_WORD}){0,2})`, "gu");
/** The copula, conjunctions and pronouns end the name ("میرا نام عائشہ صدیقی ہے", "نام من سارا است"). */
const PA_STOP = new Set("ہے ہیں تھا تھی ہوں اور کا کی کے میں میرا میری سے کو نے است هست هستم و من را به از با که این آن شماره نمبر فون تلفن پتہ آدرس".split(" "));

function persoArabicNames(text: string, out: PiiHit[]): void {
  PA_CUE.lastIndex = 0;
  for (let m = PA_CUE.exec(text); m; m = PA_CUE.exec(text)) {
    const words = m[1]!.split(/[ \t]/);
    let n = 0;
    while (n < words.length && !PA_STOP.has(words[n]!)) n++;
    if (n === 0) continue;
    const start = m.index + m[0].length - m[1]!.length;
    push(out, start, start + words.slice(0, n).join(" ").length, 0.85, "name after an Urdu or Persian name cue");
  }
}

// ---------------------------------------------------------------- name keys with a non-Latin value

const NAME_KEY_VALUE =
  /(?<![\p{L}_])(?:name|full_?name|fullName|display_?name|displayName|owner|姓名|氏名|名前|이름|성명|ชื่อ|שם|नाम|имя|фио|الاسم)["']?[ \t]*[:=][ \t]*["']([^"'\n]{2,30})["']/giu;
const NON_LATIN_LETTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Greek}\u30fc\u30fb ]+$/u;

function nameKeyValues(text: string, out: PiiHit[]): void {
  NAME_KEY_VALUE.lastIndex = 0;
  for (let m = NAME_KEY_VALUE.exec(text); m; m = NAME_KEY_VALUE.exec(text)) {
    const v = m[1]!;
    if (!NON_LATIN_LETTER.test(v) || v.trim() !== v || v.split(" ").length > 4) continue;
    const start = m.index + m[0].length - 1 - v.length;
    push(out, start, start + v.length, 0.85, "non-Latin value of a name key");
  }
}

/** Hebrew, Devanagari, Thai, Urdu and Persian names after a cue, and non-Latin values of name keys; each pass behind its gate. */
export function cuedScriptNames(text: string, out: PiiHit[]): void {
  if (HEBREW.test(text)) hebrewNames(text, out);
  if (DEVANAGARI.test(text)) devanagariNames(text, out);
  if (THAI.test(text)) thaiNames(text, out);
  if (PERSO_ARABIC.test(text)) persoArabicNames(text, out);
  if (NAME_KEY_GATE.test(text)) nameKeyValues(text, out);
}
