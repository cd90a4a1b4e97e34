import type { PiiHit } from "./pii-detector.js";
import { validDate } from "./validators/checksums.js";

/** Whether the label before [start, end) or the words after it mark a birth date (the detector's own test). */
export type BirthContext = (text: string, start: number, end: number) => boolean;

/**
 * The zero of each decimal-digit block a date is written in besides ASCII: Arabic-Indic, Extended Arabic-Indic
 * (Persian, Urdu), Devanagari, Bengali, Gujarati, Gurmukhi, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Myanmar.
 */
const ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0x1040];

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  for (const z of ZEROS) if (c >= z && c <= z + 9) return c - z;
  return -1;
}

/** Cheap gate: a digit of one of those blocks somewhere in the text. */
const NATIVE_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0e50-\u0e59\u0ed0-\u0ed9\u1040-\u1049]/;
/** Day, month and year (or year, month and day) joined by one repeated separator, in any decimal digits. */
const NUMERIC_DATE = /(?<![\p{Nd}/.\-])(\p{Nd}{1,4})([/.\-])(\p{Nd}{1,2})\2(\p{Nd}{1,4})(?![\p{Nd}]|[/.\-]\p{Nd})/gu;

function toNumber(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 10 + digitValue(s.charCodeAt(i));
  return n;
}

/**
 * A year of a calendar used with these digits: Gregorian (1880-2100), Solar Hijri / Hijri (1300-1450, "۱۳۷۰/۰۵/۲۱")
 * and the Thai Buddhist era (2423-2643 = 1880-2100 + 543). Returns the Gregorian-like year to validate the day
 * against (Hijri months are checked as 1-12 / 1-31 by the same table), or 0.
 */
function calendarYear(y: number): number {
  if (y >= 1880 && y <= 2100) return y;
  if (y >= 1300 && y <= 1450) return 2000; // a leap year: day 30/31 limits are the month's, not February's
  if (y >= 2423 && y <= 2643) return y - 543;
  return 0;
}

function push(out: PiiHit[], start: number, end: number, dob: boolean, what: string): void {
  out.push({ type: "DATE_TIME", start, end, score: dob ? 0.95 : 0.3, explanation: dob ? `${what} with date-of-birth context` : `${what} without birth context` });
}

/**
 * Numeric dates written in Arabic-Indic, Persian, Bengali, Devanagari, Thai and other native digits ("٣/٤/١٩٦٦",
 * "۱۳۷۰/۰۵/۲۱", "১২/০৩/১৯৯১"), day-first or year-first; ASCII dates are the main detector's. Scored like ASCII dates:
 * high only with birth context.
 */
export function nativeDigitDates(text: string, out: PiiHit[], birth: BirthContext): void {
  if (!NATIVE_DIGIT.test(text)) return;
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m; m = NUMERIC_DATE.exec(text)) {
    const v = m[0];
    if (!NATIVE_DIGIT.test(v)) continue;
    const [a, b, c] = [m[1]!, m[3]!, m[4]!];
    let y: number, mo: number, d: number;
    if (a.length === 4 && c.length <= 2) [y, mo, d] = [toNumber(a), toNumber(b), toNumber(c)];
    else if (c.length === 4 && a.length <= 2) [y, mo, d] = [toNumber(c), toNumber(b), toNumber(a)];
    else continue;
    const gy = calendarYear(y);
    // day-first, or month-first when the day-first reading is impossible ("٣/٢٥/١٩٩٠")
    if (gy === 0 || !(validDate(gy, mo, d) || (a.length <= 2 && validDate(gy, d, mo)))) continue;
    const start = m.index;
    const end = start + v.length;
    push(out, start, end, birth(text, start, end), "date in native digits");
  }
}

const THAI_MONTHS = [
  "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
];
const THAI_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
const esc = (s: string) => s.replace(/\./g, "\\.");
/** "12 มีนาคม 2530", "12 มี.ค. พ.ศ. 2530", "๑๒ มีนาคม ๒๕๓๐": day, Thai month, year (Buddhist era or Gregorian). */
const THAI_DATE = new RegExp(
  `(?<!\\p{Nd})(\\p{Nd}{1,2})\\s*(${[...THAI_MONTHS, ...THAI_ABBR].map(esc).join("|")})\\s*(?:พ\\.ศ\\.\\s*|ค\\.ศ\\.\\s*)?(\\p{Nd}{4})(?!\\p{Nd})`,
  "gu",
);
const TL_MONTHS = ["enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto", "setyembre", "oktubre", "nobyembre", "disyembre"];
/** Tagalog month names, month first ("Marso 8, 1994") or day first ("ika-8 ng Marso 1994", "8 Marso 1994"). */
const TL_DATE = new RegExp(
  `(?<![\\p{L}\\p{Nd}])(?:(${TL_MONTHS.join("|")})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})|(?:ika-?)?(\\d{1,2})\\s+(?:ng\\s+)?(${TL_MONTHS.join("|")}),?\\s+(\\d{4}))(?!\\d)`,
  "giu",
);
const SPANISH_TOO = new Set(["enero", "abril", "mayo", "agosto"]);
const TL_GATE = /(?:enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre)\b/i;

/** Dates with Thai month names (Buddhist-era years: 2530 = 1987) and with Tagalog month names. */
export function thaiAndTagalogDates(text: string, out: PiiHit[], birth: BirthContext): void {
  if (/[\u0e01-\u0e4f]/.test(text)) {
    THAI_DATE.lastIndex = 0;
    for (let m = THAI_DATE.exec(text); m; m = THAI_DATE.exec(text)) {
      const month = m[2]!;
      const mo = (THAI_MONTHS.indexOf(month) + 1) || THAI_ABBR.indexOf(month) + 1;
      const gy = calendarYear(toNumber(m[3]!));
      if (gy === 0 || !validDate(gy, mo, toNumber(m[1]!))) continue;
      const start = m.index;
      const end = start + m[0].length;
      push(out, start, end, birth(text, start, end), "Thai date");
    }
  }
  if (TL_GATE.test(text)) {
    TL_DATE.lastIndex = 0;
    for (let m = TL_DATE.exec(text); m; m = TL_DATE.exec(text)) {
      const monthWord = (m[1] ?? m[5] ?? "").toLowerCase();
      const mo = TL_MONTHS.indexOf(monthWord) + 1;
      const d = Number(m[2] ?? m[4]);
      const y = Number(m[3] ?? m[6]);
      if (y < 1880 || y > 2100 || !validDate(y, mo, d)) continue;
      // "8 mayo 1994" / "3 agosto 1990" day first are Spanish dates too: the main detector has them
      if (m[5] && SPANISH_TOO.has(monthWord) && !/\sng\s/i.test(m[0])) continue;
      const start = m.index;
      const end = start + m[0].length;
      push(out, start, end, birth(text, start, end), "Tagalog date");
    }
  }
}
