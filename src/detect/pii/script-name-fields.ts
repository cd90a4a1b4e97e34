/**
 * Name fields of forms and records written in scripts without capitals: a name label at the start of a line ("氏名：",
 * "フリガナ：", "환자명:", "नाम:", "নাম:", "نام و نام خانوادگی:", "שם:", "ስም:", "பெயர்:"), then a value in one
 * non-Latin script that fills the rest of the line (or runs to a bracket, comma or field separator), one to four
 * words. The value's extent is bounded by its script: Latin text, digits and punctuation end it. A katakana reading in
 * brackets right after such a name ("佐々木 一郎（ササキ イチロウ）") is the same person's name.
 * Latin and Cyrillic values are left to the capitalisation rules of `person-location-detector.ts` and
 * `script-names.ts`; Armenian, capitalised but read by no other rule, and Georgian are read here.
 */
import type { PiiHit } from "./pii-detector.js";

const LABELS = [
  // Japanese, Chinese (incl. Cantonese forms), Korean
  "氏名", "お名前", "名前", "患者氏名", "患者名", "フリガナ", "ふりがな", "カナ氏名", "氏名（カナ）", "姓名", "名字", "客户姓名",
  "客戶姓名", "聯絡人", "联系人", "收件人", "申請人", "申请人", "이름", "성명", "성함", "환자명", "환자 이름", "고객명", "보호자",
  "신청인", "담당자",
  // Indian languages, Bengali, Urdu, Persian, Arabic, Hebrew, Amharic, Tamil
  "नाम", "पूरा नाम", "कर्मचारी", "मरीज़", "मरीज", "रोगी", "आवेदक", "নাম", "পুরো নাম", "রোগী", "আবেদনকারী", "பெயர்",
  "முழு பெயர்", "నామం", "పేరు", "ಹೆಸರು", "പേര്", "નામ", "ਨਾਮ", "نام", "نام و نام خانوادگی", "نام کامل", "پورا نام",
  "مریض", "بیمار", "درخواست دهنده", "الاسم", "اسم", "الاسم الكامل", "اسم المريض", "اسم المريضة", "المريض", "المريضة",
  "مقدم الطلب", "שם", "שם מלא", "שם המטופל", "שם הלקוח", "עובד", "עובדת", "מטופל", "מטופלת", "ስም", "ሙሉ ስም",
  "የአመልካች ስም",
  // Armenian (capitalised, but no other rule reads it)
  "Անուն Ազգանուն", "Անուն ազգանուն", "Անուն, ազգանուն", "Անուն", "Ազգանուն", "Անուն Ազգանուն Հայրանուն",
  // Georgian (a script without capitals)
  "სახელი", "გვარი", "სახელი და გვარი", "სახელი, გვარი", "სრული სახელი",
];
const ESC = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LABEL_RE = [...LABELS].sort((a, b) => b.length - a.length).map(ESC).join("|");
/** A label at a line start, a colon (ASCII or full-width), then the value's first letter. */
const FIELD = new RegExp(`(?:^|\\n)[ \\t]*(?:${LABEL_RE})[ \\t]*[:：][ \\t\\u3000]*(?=[^\\s\\p{N}A-Za-z])`, "gu");

/** The scripts a value may be written in, each with its letters and marks (joiners and the katakana middle dot too). */
const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ["cjk", /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・々]/u],
  ["hangul", /\p{Script=Hangul}/u],
  ["arabic", /[\p{Script=Arabic}\u200c]/u],
  ["hebrew", /[\p{Script=Hebrew}'"״׳]/u],
  ["devanagari", /\p{Script=Devanagari}/u],
  ["bengali", /\p{Script=Bengali}/u],
  ["tamil", /\p{Script=Tamil}/u],
  ["telugu", /\p{Script=Telugu}/u],
  ["kannada", /\p{Script=Kannada}/u],
  ["malayalam", /\p{Script=Malayalam}/u],
  ["gujarati", /\p{Script=Gujarati}/u],
  ["gurmukhi", /\p{Script=Gurmukhi}/u],
  ["ethiopic", /\p{Script=Ethiopic}/u],
  ["georgian", /\p{Script=Georgian}/u],
  ["armenian", /\p{Script=Armenian}/u],
];
const GATE = new RegExp(`(?:${LABEL_RE})[ \\t]*[:：]`, "u");
/** Words that make a value no name: "N/A" and "see above" style fillers of these scripts. */
const NOT_NAMES = new Set([
  "なし", "不明", "无", "無", "없음", "नहीं", "কোনো", "ندارد", "لا يوجد", "אין", "የለም",
  // greetings: a chat line after a role label ("الموظف: مرحباً، ما اسمك؟")
  "مرحباً", "مرحبا", "أهلاً", "أهلا", "السلام عليكم", "سلام", "שלום", "היי", "नमस्ते", "नमस्कार", "নমস্কার", "হ্যালো",
  "こんにちは", "안녕하세요", "你好", "您好", "ሰላም", "வணக்கம்",
]);

function scriptOf(ch: string): RegExp | undefined {
  for (const [, re] of SCRIPTS) if (re.test(ch)) return re;
  return undefined;
}

/**
 * The value after a label: the run of the first letter's script and single spaces, ended by anything else. Returns
 * the end, or -1 when the value is not name-shaped (too many words, too long, or followed on its line by more
 * letters of the same script after a comma, which reads as a sentence).
 */
function valueEnd(text: string, start: number, script: RegExp): number {
  let i = start;
  let words = 1;
  let lastLetter = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (script.test(ch) || /\p{M}/u.test(ch)) {
      lastLetter = i + 1;
      i++;
    } else if ((ch === " " || ch === "\u3000") && i + 1 < text.length && (script.test(text[i + 1]!) || /\p{M}/u.test(text[i + 1]!))) {
      words++;
      i++;
    } else break;
  }
  if (words > 4 || lastLetter - start > 40) return -1;
  return lastLetter;
}

/**
 * Reports PERSON for the value of a name field written in a non-Latin script (see the file comment). Values already
 * reported as PERSON at the threshold by an earlier rule are left alone.
 */
export function scriptNameFields(text: string, out: PiiHit[], from: number): void {
  if (!GATE.test(text)) return;
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(text); m; m = FIELD.exec(text)) {
    const start = m.index + m[0].length;
    const script = scriptOf(text[start] ?? "");
    if (!script) continue;
    const end = valueEnd(text, start, script);
    if (end < 0 || end - start < 2) continue;
    const value = text.slice(start, end);
    if (NOT_NAMES.has(value)) continue;
    // the value ends its field: line end, a bracket, a comma or separator, or Latin/digits after a space
    const after = text.slice(end, end + 2);
    if (!/^(?:$|[\r\n(（,،、;|/]|[ \t]*(?:$|[\r\n(（,،、;|]|[ \t]*[\p{N}A-Za-z+]))/u.test(after)) continue;
    push(out, from, start, end, "name field in a non-Latin script");
    // a katakana reading in brackets right after the name
    const reading = /^[ \t]?[（(]([\p{Script=Katakana}ー・]+(?:[ \u3000][\p{Script=Katakana}ー・]+){0,2})[）)]/u.exec(text.slice(end, end + 40));
    if (reading) {
      const rs = end + reading[0].indexOf(reading[1]!);
      push(out, from, rs, rs + reading[1]!.length, "katakana reading of a name field");
    }
  }
}

function push(out: PiiHit[], from: number, start: number, end: number, explanation: string): void {
  for (let k = from; k < out.length; k++) {
    const h = out[k]!;
    if (h.type !== "PERSON" || h.start >= end || h.end <= start) continue;
    // a shorter reading inside the field's value: the label bounds the name, so it takes the whole value
    if (h.score >= 0.6) {
      if (h.start >= start && h.end <= end && h.end - h.start < end - start) out[k] = { ...h, start, end, explanation: `${h.explanation}; widened to the ${explanation}` };
      return;
    }
    // the same words found without a label: the label raises them
    if (h.start === start && h.end === end) {
      out[k] = { ...h, score: 0.8, explanation: `${h.explanation}; ${explanation}` };
      return;
    }
  }
  out.push({ type: "PERSON", start, end, score: 0.8, explanation });
}
