import { isRegexSpace } from "./char-class.js";
import { foldAccents, keywordMatcher, labelWindowBefore } from "./context.js";
import { execAt } from "./digit-tokens.js";
import { firstMonthIn, MONTH_WORD_INITIALS, MONTH_WORDS_SOURCE } from "./month-names.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import type { PiiScan } from "./pii-scan.js";
import { validDate } from "./validators/checksums.js";
import { blankLeadStart, lineScanSteps } from "./line-bounds.js";
import { MORE_BIRTH_WORDS } from "./birth-words-more.js";
import { nativeDigitDates, thaiAndTagalogDates } from "./script-digit-dates.js";

const MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const MONTH_INDEX = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/**
 * Day-first dates are written with month words in every language ("12. März 1985", "1er janvier 1990",
 * "12 de marzo de 1985"); a day and month without a year ("4 March") only with English or full (4+ letter) names:
 * the short abbreviations of other languages are ordinary words ("3 set", "2 gen", "5 out").
 */
const PARTIAL_MONTHS = `${MONTH_WORDS_SOURCE.split("|").filter((w) => w.length >= 4).join("|")}|${MONTHS}`;
/** Capture groups of DATE (numbered, not named: a named match also allocates a groups object per date). */
const ISO = 1;
const TIME = 2;
const NUM = 3;
const DMY = 4;
const MDY = 5;
const PARTIAL = 6;
const YMD_WORD = 7;
const DATE = new RegExp(
  [
    "(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{4}\\.\\d{1,2}\\.\\d{1,2})(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?",
    // day-first numeric dates; Czech and Slovak put a space after each dot ("11. 4. 1958")
    "(\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})|\\d{1,2}\\. \\d{1,2}\\. ?\\d{4})",
    `(\\d{1,2}(?:st|nd|rd|th|er|\u00ba|\u00b0|\\.)?(?:[\\s\\-]+(?:(?:of|de|del)\\s+|d['’])?)(?:${MONTH_WORDS_SOURCE})\\.?,?[\\s\\-]+(?:(?:de|del)\\s+)?\\d{4})`,
    `((?:${MONTHS})\\.?[\\s\\-]+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`,
    `((?:${MONTHS})[\\-\\s]\\d{2,4}|\\d{1,2}\\.?[\\-\\s](?:${PARTIAL_MONTHS})|\\d{1,2}/(?:\\d{4}|\\d{2}))`,
    // year first with a month word (Hungarian "1987. március 15.", "1990 March 5")
    `(\\d{4}\\.?\\s(?:${MONTH_WORDS_SOURCE})\\.?\\s\\d{1,2}\\.?)`,
  ]
    .join("|"),
  "gi",
);
const DATE_RE = new RegExp(`(?<![\\w/.\\-:])(?:${DATE.source})(?![\\w]|[/.\\-:]\\d)`, "iy");
// A month name (and separator) right before a day number: "March 4, 1985", "May-21".
const MONTH_BEFORE = new RegExp(`(?:^|[^A-Za-z])((?:${MONTHS})\\.?[\\s\\-]+)$`, "i");
const DAY_TOKEN = /^\d{1,4}(?:st|nd|rd|th|er)?$/i;
const DOB_CTX = keywordMatcher([
  "dob", "d.o.b", "d.o.b.", "date of birth", "birth date", "birthdate", "birthday", "born", "born on", "b.", "birth",
  "geboren", "geburtsdatum", "né le", "née le", "fecha de nacimiento", "nacido", "data di nascita", "date de naissance", "age",
  // abbreviations and more languages: "geb. 17.04.1979", "ur. 07.07.1993", "nato il", "data urodzenia", "född"
  "gebdat", "urodzony", "urodzona", "urodzenia", "data urodzenia", "nato il", "nata il", "nato a", "nata a",
  "data de nascimento", "nascido", "nascida", "nascimento", "geboortedatum", "geboren op", "fodd", "fodelsedatum", "fodt", "fodselsdato",
  "syntynyt", "syntymaaika", "dogum tarihi", "fecha nac", "f. nac", "nacida", "naissance", "ne le", "nee le", "ne(e) le",
  // ø and å are no accents: the folded text keeps them ("Fødselsdato", "født", "född")
  "fødselsdato", "født", "født den", "född", "födelsedatum", "fødd",
  "bday", "b-day", "b'day", "nacimiento", "fecha nacimiento",
  // Indonesian, Romanian, Czech, Swahili ("tanggal lahir", "născută la", "datum narození", "alizaliwa"), folded as the text is
  "lahir", "tanggal lahir", "tgl lahir", "tgl. lahir", "kelahiran",
  "născut", "născută", "nascut", "nascuta", "data nașterii", "data nasterii", "data naşterii", "nașterii", "nasterii",
  "narozen", "narozena", "narozený", "narozená", "narozeny", "narozena", "datum narození", "datum narozeni", "nar.",
  "kuzaliwa", "alizaliwa", "amezaliwa", "tarehe ya kuzaliwa", "siku ya kuzaliwa",
  // Hungarian, Greek, Russian, Ukrainian, Arabic, Vietnamese; Chinese, Japanese and Korean (matched without word boundaries)
  "születési idő", "születési dátum", "születési", "született", "szül", "ημερομηνία γέννησης", "γέννησης", "γεννήθηκε",
  "дата рождения", "рождения", "родился", "родилась", "д.р.", "дата народження", "народження", "народився", "народилася",
  "تاريخ الميلاد", "تاريخ ميلاد", "الميلاد", "مواليد", "ولد", "ولدت", "ngày sinh", "sinh ngày", "sinh năm", "năm sinh", "doğum",
  "生年月日", "出生日期", "出生年月日", "出生", "生日", "誕生日", "생년월일", "생일", "출생",
  // more birth words and "birthday" in more languages: Greek and Arabic participles ("γεννημένη", "المولود في"),
  // Hindi, Hebrew, Thai; "Geburtstag", "anniversaire", "cumpleaños", "verjaardag", "urodziny"
  "γεννημένη", "γεννημένος", "γεννηθείς", "γεννηθείσα", "المولود", "المولودة", "مولود", "مولودة", "مواليد عام",
  "जन्म", "जन्मतिथि", "जन्म तिथि", "जन्म दिनांक", "תאריך לידה", "ת. לידה", "נולד", "נולדה", "วันเกิด", "เกิดวันที่",
  "geburtstag", "anniversaire", "cumpleaños", "compleanno", "aniversário", "verjaardag", "urodziny", "födelsedag", "fødselsdag",
  // the first and third person of "to be born" ("nací el ...", "eu nasci em ...", "urodziłam się ...", "γεννήθηκα στις ...")
  "nací", "nació", "nacimos", "nasci", "nasceu", "nacque", "urodziłem", "urodziłam", "urodził", "urodziła", "narodil", "narodila",
  "föddes", "synnyin", "syntyi", "doğdum", "doğdu", "γεννήθηκα", "родилась", "נולדתי", "태어났", "태어난",
  ...MORE_BIRTH_WORDS,
]);
/** Birth verbs written after the date, a place between or not ("sie ist am 3. Februar 1940 geboren", "ich bin am 12.03.1985 in Kassel geboren", "1. 4. 1958 narozen"). */
const DOB_AFTER = /^[\s,)]{0,3}(?:in[ \t]+\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?[ \t]+)?(?:geboren|born|narozen[aá]?|n[ăa]scut[ăa]?|lahir|alizaliwa|г\.[ \t]?р\.|года рождения|г\.[ \t]?рожд\.)(?![\p{L}])/iu;
/**
 * A star right before a date marks a birth date in German and genealogical writing ("Krüger *23.06.1971", "(* 1950)");
 * not a list bullet at a line start ("* 12.03.2024: release").
 */
const STAR_BEFORE = /(?:[^\s*][ \t]|[(\[,;])\*[ \t\u00a0]?$/;
/** Abbreviations that mark a birth date only right before it ("geb. 17.04.1979", "geb. am 3. Mai 1990", "ur. 07.07.1993"; "Geb. 4" is a building). */
const ABBREV_BEFORE = /(?:^|[^\p{L}])(?:geb|ur)\.?[ \t\u00a0]{0,2}(?:am[ \t\u00a0]{1,2})?$/iu;

/** Day, month and year with spaces around the separators, as OCR writes them ("12 03 1986", "02 . 08 . 1995"). */
const SPACED_DMY = /(\d{1,2})[ \t]{1,2}(?:([.\/-])[ \t]{1,2})?(\d{1,2})[ \t]{1,2}(?:[.\/-][ \t]{1,2})?((?:19|20)\d\d)(?!\d)/y;
/** Line 2 of a passport's machine-readable zone (ICAO 9303 TD3): document number, nationality, birth date, sex, expiry, each with its check digit. */
const MRZ_LINE1 = /^P[A-Z<][A-Z<]{3}[A-Z<]{25,41}$/;
const MRZ_LINE2 = /[A-Z0-9<]{9}\d[A-Z<]{3}(\d{6})(\d)[MFX<](\d{6})(\d)/y;
/** Years and dates in Chinese, Japanese and Korean ("1990年4月12日", "昭和58年4月12日", "民國80年3月9日", "1985년 7월 23일"). */
const CJK_DATE = /(?:(明治|大正|昭和|平成|令和|民國|民国)[ \t]?(\d{1,2}|元)|(\d{4}))[ \t]?年[ \t]?(\d{1,2})[ \t]?月[ \t]?(\d{1,2})[ \t]?[日号號]?|(\d{4})[ \t]?년[ \t]?(\d{1,2})[ \t]?월[ \t]?(\d{1,2})[ \t]?일/g;
const ERA_START: Readonly<Record<string, number>> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019, 民國: 1912, 民国: 1912 };
/** Birth written after a CJK date ("1990年4月12日生", "1985년 7월 23일생"). */
const CJK_BIRTH_AFTER = /^[ \t]?(?:生|出生|生まれ|생|출생)/;
/** Vietnamese dates with the words for day, month and year ("ngày 20 tháng 5 năm 1994"). */
const VI_DATE = /(?:ngày[ \t]+)?(\d{1,2})[ \t]+tháng[ \t]+(\d{1,2}),?[ \t]+năm[ \t]+(\d{4})/giu;

/** ICAO 9303 check digit (weights 7, 3, 1; letters A=10 … Z=35, filler 0). */
function mrzCheck(s: string): number {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0;
    sum += v * [7, 3, 1][i % 3]!;
  }
  return sum % 10;
}

/** The 8th field of an HL7 PID segment (PID-7, date/time of birth): the value after seven "|" on a "PID|" line. */
function hl7BirthField(text: string, pos: number): boolean {
  if (text.charCodeAt(pos - 1) !== 124) return false;
  // back to the line start counting "|", given up past the seventh: each candidate costs at most the stretch back over
  // its eight nearest "|" (a walk to the line start per candidate was quadratic on one long line of dates)
  let pipes = 0;
  let i = pos - 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 124 && ++pipes > 7) {
      lineScanSteps.count += pos - i;
      return false;
    }
  }
  lineScanSteps.count += pos - i;
  let ls = i + 1;
  if (text.charCodeAt(ls) === 13) ls++;
  return pipes === 7 && text.startsWith("PID|", ls);
}

/** First letters (lower-case codes) of the month words and of "of"/"de" ("4 of July", "4 de julio"). */
const MONTH_INITIAL = new Set([...MONTH_WORD_INITIALS, 111, 100]);
const lowerCode = (c: number): number => (c < 128 ? c | 32 : String.fromCharCode(c).toLowerCase().charCodeAt(0));
const MONTH_PREFIX = new Set(MONTH_INDEX);

/**
 * Gate for MONTH_BEFORE: the letters before `pos` (past "-"/white space and an optional ".", within the
 * same 14-char window the regex sees) start with a month's first three letters.
 */
function monthWordBefore(text: string, pos: number): boolean {
  const lo = Math.max(0, pos - 14);
  let i = pos - 1;
  while (i >= lo && (text.charCodeAt(i) === 45 || isRegexSpace(text.charCodeAt(i)))) i--;
  if (i >= lo && text.charCodeAt(i) === 46) i--;
  let w = i;
  while (w >= lo && ((text.charCodeAt(w) | 32) >= 97 && (text.charCodeAt(w) | 32) <= 122)) w--;
  if (i - w < 3) return false;
  return MONTH_PREFIX.has(text.slice(w + 1, w + 4).toLowerCase());
}

/** The month number of the first month word in a matched date ("4th of July 1985" → 7), or 0. */
const monthOf = firstMonthIn;

/** The first three digit runs of `s` as numbers (dates are checked per log line: no split/map/regex). */
function threeNumbers(s: string): [number, number, number] {
  const r: [number, number, number] = [0, 0, 0];
  let k = -1;
  let inRun = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (!inRun) {
        if (++k > 2) break;
        inRun = true;
      }
      r[k] = r[k]! * 10 + (c - 48);
    } else inRun = false;
  }
  return r;
}

/** Plausibility of a full date; ambiguous d/m vs m/d orders accept either reading. */
function plausible(g: RegExpExecArray, v: string): boolean {
  const iso = g[ISO];
  if (iso) {
    const [y, mo, d] = threeNumbers(iso);
    return validDate(y, mo, d) && y >= 1880 && y <= 2100;
  }
  const num = g[NUM];
  if (num) {
    const [a, b, c] = threeNumbers(num);
    const y = c < 100 ? 2000 + c : c;
    return validDate(y, a, b) || validDate(y, b, a);
  }
  const nums = v.match(/\d+/g)?.map(Number) ?? [];
  const mo = monthOf(v);
  if (g[YMD_WORD]) return mo > 0 && validDate(nums[0] ?? 0, mo, nums[nums.length - 1] ?? 0);
  if (g[DMY] || g[MDY]) {
    const day = nums[0] ?? 0;
    const year = nums[nums.length - 1] ?? 0;
    return mo > 0 && validDate(year, mo, day);
  }
  return mo > 0 || /^\d{1,2}\/\d{2,4}$/.test(v);
}

/** Whether the label window before [start, end) or the words right after it mark a birth date. */
function birthContext(text: string, start: number, end: number): boolean {
  const before = labelWindowBefore(text, start, end, 40);
  return DOB_CTX.test(foldAccents(before)) || ABBREV_BEFORE.test(before) || DOB_AFTER.test(text.slice(end, end + 40));
}

/** Dates in CJK and Vietnamese writing, only looked for when the text has their marker characters. */
const SCRIPT_DATE_GATE = /[年년]|tháng/;

function scriptDates(text: string, out: PiiHit[]): void {
  if (!SCRIPT_DATE_GATE.test(text)) return;
  if (text.includes("年") || text.includes("년")) {
    CJK_DATE.lastIndex = 0;
    for (let m = CJK_DATE.exec(text); m; m = CJK_DATE.exec(text)) {
      let y: number, mo: number, d: number;
      if (m[6]) [y, mo, d] = [Number(m[6]), Number(m[7]), Number(m[8])];
      else {
        y = m[1] ? ERA_START[m[1]]! + (m[2] === "元" ? 1 : Number(m[2])) - 1 : Number(m[3]);
        [mo, d] = [Number(m[4]), Number(m[5])];
      }
      if (y < 1880 || y > 2100 || !validDate(y, mo, d)) continue;
      const start = m.index;
      const end = start + m[0].length;
      const dob = birthContext(text, start, end) || CJK_BIRTH_AFTER.test(text.slice(end, end + 4));
      out.push({ type: "DATE_TIME", start, end, score: dob ? 0.95 : 0.3, explanation: dob ? "date with date-of-birth context" : "date without birth context" });
    }
  }
  if (text.includes("tháng")) {
    VI_DATE.lastIndex = 0;
    for (let m = VI_DATE.exec(text); m; m = VI_DATE.exec(text)) {
      if (!validDate(Number(m[3]), Number(m[2]), Number(m[1]))) continue;
      const start = m.index;
      const end = start + m[0].length;
      const dob = birthContext(text, start, end) || /sinh[ \t]*$/iu.test(text.slice(Math.max(0, start - 8), start));
      out.push({ type: "DATE_TIME", start, end, score: dob ? 0.95 : 0.3, explanation: dob ? "date with date-of-birth context" : "date without birth context" });
    }
  }
}

/**
 * Dates, scored as dates of birth: a date near "DOB", "born", "date of birth" scores high; a bare date
 * in prose scores low; log timestamps (ISO with time) lowest. The policy acts on the high ones.
 */
export const dateOfBirthScanner: PiiScanner = {
  id: "pii.date-of-birth",
  entityTypes: ["DATE_TIME"],
  description: "Dates, scored high only with date-of-birth context (DOB, born on, birthday).",
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    // Every date has a number token: try the date patterns only there (and at a month name just before it).
    let lastEnd = -1;
    const tk = scan.digitTokens;
    for (let ti = 0; ti < tk.n; ti++) {
      const len = tk.end[ti]! - tk.start[ti]!;
      if (tk.start[ti]! < lastEnd) continue;
      if (len > 6) {
        if (len === 8 && tk.digits[ti] === 8) compactBirthDate(text, tk.start[ti]!, out);
        else if (len >= 28 && text.charCodeAt(tk.start[ti]! + 10) >= 60) mrzBirthDate(text, tk.start[ti]!, out);
        continue;
      }
      const t = { start: tk.start[ti]!, end: tk.end[ti]!, digits: tk.digits[ti]! };
      if (t.digits !== len && !(len - t.digits === 2 && DAY_TOKEN.test(text.slice(t.start, t.end)))) continue;
      const next = text.charCodeAt(t.end);
      // a date continues with / . - space or comma after its first number, or is preceded by a month name
      const next2 = text.charCodeAt(t.end + 1);
      const letter2 = (next2 >= 65 && next2 <= 90) || (next2 >= 97 && next2 <= 122) || next2 > 191;
      // "5/20", "2024-03", "21.5." continue with a digit; "4 March", "4-May" with a month name
      // Gates that only skip starts DATE_RE cannot match: every form starting with a number has 1-2 digits
      // (or 4 then "-", "/" or "." for year-first dates), and after a space comes a month name or "of".
      const nd = t.digits === len ? len : len - 2;
      const cont =
        nd !== 3 && nd <= 4 && (nd !== 4 || next === 45 || next === 47 || next === 46) && (next === 47 || next === 46 || next === 45 || next === 0xba || next === 0xb0 ? true : next === 32 && letter2 && MONTH_INITIAL.has(lowerCode(next2)));
      let m = cont ? execAt(DATE_RE, text, t.start) : null;
      const prevCode = text.charCodeAt(t.start - 1);
      const prev2 = text.charCodeAt(t.start - 2) | 32;
      if (!m && len <= 4 && (prevCode === 32 || prevCode === 45) && ((prev2 >= 97 && prev2 <= 122) || prev2 === 46) && monthWordBefore(text, t.start)) {
        const mb = MONTH_BEFORE.exec(text.slice(Math.max(0, t.start - 14), t.start));
        if (mb?.[1]) m = execAt(DATE_RE, text, t.start - mb[1].length);
      }
      // OCR spacing ("DATE OF BIRTH 12 03 1986", "Geb. 02 . 08 . 1995"): only with birth context
      if (!m && nd <= 2 && (next === 32 || next === 9)) {
        const sm = execAt(SPACED_DMY, text, t.start);
        if (sm) {
          const [a, b, y] = [Number(sm[1]), Number(sm[3]), Number(sm[4])];
          const end = t.start + sm[0].length;
          if ((validDate(y, b, a) || validDate(y, a, b)) && birthContext(text, t.start, end)) {
            out.push({ type: "DATE_TIME", start: t.start, end, score: 0.9, explanation: "date with date-of-birth context" });
            lastEnd = end;
          }
          continue;
        }
      }
      if (!m || m.index < lastEnd) continue;
      lastEnd = m.index + m[0].length;
      const v = m[0];
      if (!plausible(m, v)) continue;
      const start = m.index;
      const end = start + v.length;
      // in a table's data row the column header labels the date ("name,dob\nAnn Lee,1990-07-30")
      const before = labelWindowBefore(text, start, end, 40);
      // a star that opens Markdown italics ("*12.03.2024*") is no birth star
      const star = STAR_BEFORE.test(before) && text.charCodeAt(end) !== 42;
      const dob = DOB_CTX.test(foldAccents(before)) || star || ABBREV_BEFORE.test(before) || DOB_AFTER.test(text.slice(end, end + 40)); // the keywords are folded ("né le" → "ne le"): so is the text
      const full = !m[PARTIAL];
      const time = m[TIME];
      let score: number;
      if (time) score = dob ? 0.6 : 0.05;
      else if (full) score = dob ? 0.95 : 0.3;
      else score = dob ? 0.7 : 0.15;
      out.push({
        type: "DATE_TIME",
        start,
        end,
        score,
        explanation: dob ? "date with date-of-birth context" : time ? "timestamp" : "date without birth context",
      });
    }
    scriptDates(text, out);
    nativeDigitDates(text, out, birthContext);
    thaiAndTagalogDates(text, out, birthContext);
  },
};

/** YYYYMMDD with birth context or as an HL7 PID-7 field ("DOB 19570412", "PID|1||MRN1||DOE^JANE||19570412|F"). */
function compactBirthDate(text: string, start: number, out: PiiHit[]): void {
  const y = Number(text.slice(start, start + 4));
  if (y < 1900 || y > 2100 || !validDate(y, Number(text.slice(start + 4, start + 6)), Number(text.slice(start + 6, start + 8)))) return;
  const end = start + 8;
  if (hl7BirthField(text, start) || birthContext(text, start, end)) out.push({ type: "DATE_TIME", start, end, score: 0.9, explanation: "compact date of birth" });
}

/** The birth date of a passport MRZ line 2 whose birth-date and expiry check digits hold. */
function mrzBirthDate(text: string, start: number, out: PiiHit[]): void {
  const m = execAt(MRZ_LINE2, text, start);
  if (!m) return;
  // the check digits hold, or the line follows a passport MRZ line 1 ("P<GBRHUGHES<<GARETH<OWEN<<<…"; OCR and
  // hand-copied zones get check digits wrong)
  if (mrzCheck(m[1]!) !== Number(m[2]) || mrzCheck(m[3]!) !== Number(m[4])) {
    // only white space before it on its line (looked at back to the line feed, not the whole line), after line 1
    const ls = blankLeadStart(text, start);
    if (ls < 0) return;
    const prev = ls > 0 ? text.slice(text.lastIndexOf("\n", ls - 1) + 1, ls).trim() : "";
    if (!MRZ_LINE1.test(prev)) return;
  }
  const d = m[1]!;
  const mo = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6));
  if (!validDate(2000, mo, day)) return;
  const s = start + 13;
  out.push({ type: "DATE_TIME", start: s, end: s + 6, score: 0.9, explanation: "birth date in a passport's machine-readable zone" });
}
