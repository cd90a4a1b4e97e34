import { keywordMatcher } from "./context.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import { validDate } from "./validators/checksums.js";

const MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const MONTH_INDEX = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DATE = new RegExp(
  [
    "(?<iso>\\d{4}-\\d{1,2}-\\d{1,2})(?<time>T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?",
    "(?<num>\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2}))",
    `(?<dmy>\\d{1,2}(?:st|nd|rd|th)?[\\s\\-]+(?:of\\s+)?(?:${MONTHS})\\.?,?[\\s\\-]+\\d{4})`,
    `(?<mdy>(?:${MONTHS})\\.?[\\s\\-]+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`,
    `(?<partial>(?:${MONTHS})[\\-\\s]\\d{2,4}|\\d{1,2}[\\-\\s](?:${MONTHS})|\\d{1,2}/(?:\\d{4}|\\d{2}))`,
  ]
    .join("|"),
  "gi",
);
const DATE_RE = new RegExp(`(?<![\\w/.\\-:])(?:${DATE.source})(?![\\w]|[/.\\-:]\\d)`, "gi");
const DOB_CTX = keywordMatcher([
  "dob", "d.o.b", "d.o.b.", "date of birth", "birth date", "birthdate", "birthday", "born", "born on", "b.", "birth",
  "geboren", "geburtsdatum", "né le", "née le", "fecha de nacimiento", "nacido", "data di nascita", "date de naissance", "age",
]);

function monthOf(s: string): number {
  const m = /[a-z]{3}/i.exec(s);
  return m ? MONTH_INDEX.indexOf(m[0].toLowerCase()) + 1 : 0;
}

/** Plausibility of a full date; ambiguous d/m vs m/d orders accept either reading. */
function plausible(g: Record<string, string | undefined>, v: string): boolean {
  if (g.iso) {
    const [y, mo, d] = g.iso.split("-").map(Number) as [number, number, number];
    return validDate(y, mo, d) && y >= 1880 && y <= 2100;
  }
  if (g.num) {
    const [a, b, c] = g.num.split(/[/.\-]/).map(Number) as [number, number, number];
    const y = c < 100 ? 2000 + c : c;
    return validDate(y, a, b) || validDate(y, b, a);
  }
  const nums = v.match(/\d+/g)?.map(Number) ?? [];
  const mo = monthOf(v.replace(/\d+(?:st|nd|rd|th)/gi, ""));
  if (g.dmy || g.mdy) {
    const day = nums[0] ?? 0;
    const year = nums[nums.length - 1] ?? 0;
    return mo > 0 && validDate(year, mo, day);
  }
  return mo > 0 || /^\d{1,2}\/\d{2,4}$/.test(v);
}

/**
 * Dates, scored as dates of birth: a date near "DOB", "born", "date of birth" scores high; a bare date
 * in prose scores low; log timestamps (ISO with time) lowest. The policy acts on the high ones.
 */
export const dateOfBirthScanner: PiiScanner = {
  id: "pii.date-of-birth",
  entityTypes: ["DATE_TIME"],
  description: "Dates, scored high only with date-of-birth context (DOB, born on, birthday).",
  scan(text: string, out: PiiHit[]): void {
    DATE_RE.lastIndex = 0;
    for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
      const g = m.groups ?? {};
      const v = m[0];
      if (!plausible(g, v)) continue;
      const start = m.index;
      const end = start + v.length;
      const before = text.slice(Math.max(0, start - 40), start);
      const dob = DOB_CTX.test(before);
      const full = !g.partial;
      let score: number;
      if (g.time) score = dob ? 0.6 : 0.05;
      else if (full) score = dob ? 0.95 : 0.3;
      else score = dob ? 0.7 : 0.15;
      out.push({
        type: "DATE_TIME",
        start,
        end,
        score,
        explanation: dob ? "date with date-of-birth context" : g.time ? "timestamp" : "date without birth context",
      });
    }
  },
};
