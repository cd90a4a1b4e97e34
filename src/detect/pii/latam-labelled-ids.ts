import { foldAccents, keywordMatcher, LabelWindow, verdictIn } from "./context.js";
import { execAt } from "./digit-tokens.js";
import { ID_NEGATIVE } from "./negative-context.js";
import type { PiiHit } from "./pii-detector.js";
import type { PiiScan } from "./pii-scan.js";

/**
 * National identity numbers of Latin America that carry no check digit: the Argentine and Peruvian DNI and the
 * Colombian cédula de ciudadanía. Seven to ten plain digits are any number (an order, an amount, a phone), so these
 * are reported only with their own label nearest before the value (or after it, "… es mi DNI"); the label also says
 * which identifier it is. Accent-free keywords: the label window is accent-folded.
 */
export const DNI_LABELS: readonly string[] = [
  "dni", "d.n.i", "documento nacional de identidad", "documento de identidad", "numero de documento", "nro de documento",
  "nro. de documento", "n° de documento", "no. de documento", "num. de documento", "nro. documento", "nro documento",
  "numero de dni", "nro. dni", "argentine id", "argentinian id", "peruvian id",
];
export const CO_CEDULA_LABELS: readonly string[] = [
  "cedula de ciudadania", "cedula", "c.c", "cc no", "cc nro", "cedula no", "colombian id", "documento cc",
];

const DNI_CTX = keywordMatcher(DNI_LABELS);
const CEDULA_CTX = keywordMatcher(CO_CEDULA_LABELS);

/** 7-10 digits, plain or grouped in threes by dots or spaces from the right ("30.123.456", "1 020 345 678"). */
const NUMBER_RE = /\d{1,3}(?:\.\d{3}){2,3}|\d{1,3}(?: \d{3}){2,3}|\d{7,10}/y;
/** What may not touch the value on the left: a letter, a digit, or a separator that glues it to another number. */
const GLUED_BEFORE = /[\p{L}\p{N}_/.,-]/u;
/**
 * What may not follow: more of a word or number, a decimal part, or a check character after a dash (a Chilean RUT,
 * "12345678-5", a Spanish DNI, "12345678-Z", or a NIT): those are other identifiers with scanners of their own.
 */
const GLUED_AFTER = /^(?:[\p{L}\p{N}_]|[.,/]\d|-[\p{L}\p{N}])/u;
/** A text that points at Peru: the country, its people, its capital, its registry (RENIEC), its calling code. */
const PERU_CUE = /\bper[uú]\b|\bperuan[oa]s?\b|\blima\b|\breniec\b|\+51\b|\bperuvian\b/i;

/** The word DNI in the raw text (accents kept): "14 dní" and "30 dni" are days in Czech and Polish, no DNI label. */
const DNI_WORD = /(?:^|[^\p{L}])d\.?n\.?[ií](?![\p{L}])/giu;
/** A DNI label phrase other than the bare word. */
const DNI_PHRASE = keywordMatcher(DNI_LABELS.filter((l) => l !== "dni" && l !== "d.n.i"));

/** Whether the DNI label near [s, end) is the identifier's and not a count of days ("splatnost 14 dní"). */
function dniLabelReal(text: string, s: number, end: number): boolean {
  const from = Math.max(0, s - 48);
  const near = text.slice(from, Math.min(text.length, end + 40));
  if (DNI_PHRASE.test(foldAccents(near))) return true;
  for (const m of near.matchAll(DNI_WORD)) {
    const at = from + m.index;
    if (!/í/i.test(m[0]) && !/\d[ \t]*$/.test(text.slice(Math.max(0, at - 8), at + 1))) return true;
  }
  return false;
}

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

/**
 * AR_DNI, PE_DNI and CO_CEDULA at the text's digit runs, each only under its own label. A DNI label over a dotted
 * number or seven digits is Argentine (Peru writes its eight digits plainly); eight plain digits are Peruvian when
 * they start with 0 (Argentina issues none) or the text points at Peru, else Argentine.
 */
export function scanLabelledLatamIds(scan: PiiScan, out: PiiHit[]): void {
  const text = scan.text;
  const tk = scan.digitTokens;
  let peru: boolean | undefined;
  let lastEnd = -1;
  for (let ti = 0; ti < tk.n; ti++) {
    const s = tk.start[ti]!;
    if (s < lastEnd) continue;
    const first = text.charCodeAt(s);
    if (first < 48 || first > 57 || GLUED_BEFORE.test(text.charAt(s - 1))) continue;
    const m = execAt(NUMBER_RE, text, s);
    if (!m) continue;
    const v = m[0];
    const end = s + v.length;
    if (GLUED_AFTER.test(text.slice(end, end + 2))) continue;
    const n = digitCount(v);
    if (n < 7 || n > 10) continue;
    const w = new LabelWindow(text, s, end);
    const grouped = n !== v.length;
    if (n <= 8 && verdictIn(w, DNI_CTX, ID_NEGATIVE) === "positive" && dniLabelReal(text, s, end)) {
      lastEnd = end;
      let type = "AR_DNI";
      if (!grouped && n === 8) {
        peru ??= PERU_CUE.test(text);
        if (first === 48 || peru) type = "PE_DNI";
      }
      const country = type === "AR_DNI" ? "Argentine" : "Peruvian";
      out.push({ type, start: s, end, score: 0.9, explanation: `${country} DNI (no check digit), with its label` });
    } else if (first !== 48 && verdictIn(w, CEDULA_CTX, ID_NEGATIVE) === "positive") {
      lastEnd = end;
      out.push({ type: "CO_CEDULA", start: s, end, score: 0.85, explanation: "Colombian cédula de ciudadanía (no check digit), with its label" });
    }
  }
}
