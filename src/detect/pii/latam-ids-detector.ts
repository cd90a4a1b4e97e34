import { contextVerdict, keywordMatcher } from "./context.js";
import { execAt } from "./digit-tokens.js";
import { runNumericSpecs, type NumericIdSpec } from "./id-spec.js";
import { ID_NEGATIVE } from "./negative-context.js";
import { numericCandidates } from "./numeric-candidates.js";
import type { PiiHit, PiiScanner } from "./pii-detector.js";
import type { PiiScan } from "./pii-scan.js";
import { scanLabelledLatamIds } from "./latam-labelled-ids.js";
import { arCuitValid, brCnpjValid, brCpfValid, clRutValid, coNitValid, mxCurpValid, mxRfcVerdict } from "./validators/latam-ids.js";

const NEG = ID_NEGATIVE;
const k = keywordMatcher;

/** Labels of the Brazilian CPF (Portuguese, and how English text names it). */
export const BR_CPF_LABELS: readonly string[] = [
  "cpf", "c.p.f", "cpf/mf", "cadastro de pessoas fisicas", "cadastro de pessoa fisica", "contribuinte", "cpf do titular",
  "brazilian tax id", "brazilian taxpayer", "brazilian cpf",
];

export const LATAM_NUMERIC_SPECS: readonly NumericIdSpec[] = [
  {
    // two mod-11 digits: one random 11-digit number in 100 passes, so a bare run of digits needs its label
    // ("nota no meu cpf? 48536991631"); the dotted form 123.456.789-09 is the CPF's own
    type: "BR_CPF", shapes: ["11", "3-3-3-2"], seps: ".- ", mixedSeps: true, validate: brCpfValid, bare: 0, formatted: 0.7, withContext: 0.95,
    context: k(BR_CPF_LABELS), negativeContext: NEG, explanation: "Brazilian CPF (two mod-11 check digits)",
  },
  {
    type: "BR_CNPJ", shapes: ["14", "2-3-3-4-2"], seps: "./-", mixedSeps: true, validate: brCnpjValid, bare: 0.3, formatted: 0.75, withContext: 0.95,
    context: k(["cnpj", "c.n.p.j", "cadastro nacional da pessoa juridica", "cnpj/mf", "brazilian company id"]), negativeContext: NEG,
    explanation: "Brazilian CNPJ (two mod-11 check digits)",
  },
  {
    type: "AR_CUIT", shapes: ["11", "2-8-1"], seps: "-", validate: arCuitValid, bare: 0.3, formatted: 0.65, withContext: 0.95,
    context: k(["cuit", "cuil", "c.u.i.t", "c.u.i.l", "clave unica de identificacion tributaria", "clave unica de identificacion laboral", "cdi"]),
    negativeContext: NEG, explanation: "Argentine CUIT/CUIL (type prefix and mod-11 check digit)",
  },
  {
    // a body of nine digits (a firm's; a person's NIT is the cédula) and a mod-11 check digit, one random body in 11
    // passes: the dotted "900.123.456-8" is the NIT's own way but still needs its label to act on
    type: "CO_NIT", shapes: ["10", "9-1", "3-3-3-1"], seps: ".- ", mixedSeps: true, validate: (d) => coNitValid(d.slice(0, -1), d.slice(-1)),
    bare: 0, formatted: 0.4, withContext: 0.95, context: k(["nit", "n.i.t", "numero de identificacion tributaria", "colombian tax id"]),
    negativeContext: NEG, explanation: "Colombian NIT (mod-11 check digit)",
  },
];

/** The CPF written as the Receita Federal prints it; other groupings of the same digits are weaker evidence. */
const CPF_CANONICAL = /^\d{3}\.\d{3}\.\d{3}-\d{2}$/;
const CNPJ_CANONICAL = /^\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}$/;

/** Chilean RUT/RUN: "12.345.678-5", "7.654.321-K" or undotted "12345678-5" (the check character after a dash). */
const RUT_RE = /(?:\d{1,2}\.\d{3}\.\d{3}|\d{7,8})-[\dkK](?![\p{L}\p{N}])/uy;
const RUT_CTX = k(["rut", "r.u.t", "run", "rol unico tributario", "rol unico nacional", "cedula de identidad", "chilean id"]);
/** A character a RUT cannot follow (it would be part of a word, a number or a path). */
const GLUED_BEFORE = /[\p{L}\p{N}._/]/u;
const CURP_CTX = k(["curp", "clave unica de registro de poblacion", "mexican id"]);
const RFC_CTX = k(["rfc", "r.f.c", "registro federal de contribuyentes", "clave rfc", "mexican tax id", "homoclave"]);
/** An RFC written in its three parts: letters, date, homonym key and check ("GODE 561231 GR8", "GODE-561231-GR8"). */
const RFC_HEAD = /(?:^|[^\p{L}\p{N}])([A-ZÑ&]{3,4})([ -])$/u;
const RFC_TAIL = /^([ -])([A-Z\d]{3})(?![\p{L}\p{N}])/u;

/**
 * A Mexican RFC at [s, e) (separators removed into `compact`): checked ones are reported alone (a date and a check
 * character over thirteen characters), one whose check fails only with its label; a lower-case one only with its label.
 */
function pushRfc(text: string, s: number, e: number, compact: string, out: PiiHit[]): void {
  const verdict = mxRfcVerdict(compact);
  if (verdict === "invalid") return;
  const label = contextVerdict(text, s, e, RFC_CTX, NEG);
  const upper = compact === compact.toUpperCase();
  let score = label === "positive" ? (verdict === "checked" ? 1 : 0.7) : verdict === "checked" && upper ? 0.8 : 0.3;
  if (label === "negative") score *= 0.5;
  out.push({ type: "MX_RFC", start: s, end: e, score, explanation: `Mexican RFC (date${verdict === "checked" ? " and check character" : ", check character not matching"})${label === "positive" ? ", with context words" : ""}` });
}

/** Identifiers of Brazil (CPF, CNPJ), Argentina (CUIT/CUIL), Chile (RUT/RUN) and Mexico (CURP). */
export const latamIdsScanner: PiiScanner = {
  id: "pii.latam-ids",
  entityTypes: ["BR_CPF", "BR_CNPJ", "AR_CUIT", "AR_DNI", "PE_DNI", "CL_RUT", "CO_CEDULA", "CO_NIT", "MX_CURP", "MX_RFC"],
  description: "National identifiers of Brazil, Argentina, Peru, Chile, Colombia and Mexico: check digits where they have one, labels where not.",
  scan(scan: PiiScan, out: PiiHit[]): void {
    const text = scan.text;
    const before = out.length;
    runNumericSpecs(text, numericCandidates(scan), LATAM_NUMERIC_SPECS, out);
    for (let i = before; i < out.length; i++) {
      const h = out[i]!;
      // "485-369-916-31" or "11 222 333 0001 81" passes the check digits but is not how either number is written
      if (h.score < 0.9 && h.score > 0.3) {
        const v = text.slice(h.start, h.end);
        if ((h.type === "BR_CPF" && !CPF_CANONICAL.test(v)) || (h.type === "BR_CNPJ" && !CNPJ_CANONICAL.test(v))) h.score = 0.35;
      }
    }
    const tk = scan.digitTokens;
    let lastEnd = -1;
    for (let ti = 0; ti < tk.n; ti++) {
      const s = tk.start[ti]!;
      const e = tk.end[ti]!;
      if (s < lastEnd) continue;
      const first = text.charCodeAt(s);
      if (first >= 48 && first <= 57) {
        if (e - s === 6) {
          // the middle (date) part of an RFC written in three parts
          const head = RFC_HEAD.exec(text.slice(Math.max(0, s - 6), s));
          const tail = head ? RFC_TAIL.exec(text.slice(e, e + 5)) : null;
          if (head && tail && tail[1] === head[2]) {
            const rs = s - head[2]!.length - head[1]!.length;
            const re = e + tail[0].length;
            pushRfc(text, rs, re, head[1]! + text.slice(s, e) + tail[2]!, out);
            lastEnd = re;
            continue;
          }
        }
        // a RUT starts at a digit run not glued to a word, a dot or another number
        if (e - s > 8 || GLUED_BEFORE.test(text[s - 1] ?? "")) continue;
        const m = execAt(RUT_RE, text, s);
        if (!m) continue;
        const v = m[0];
        const dash = v.lastIndexOf("-");
        if (!clRutValid(v.slice(0, dash).replace(/\./g, ""), v.slice(dash + 1))) continue;
        const end = s + v.length;
        lastEnd = end;
        const verdict = contextVerdict(text, s, end, RUT_CTX, NEG);
        // one random body in 11 passes: the dotted form is Chile's own, an undotted one needs its label
        let score = verdict === "positive" ? 0.95 : v.includes(".") ? 0.6 : 0.3;
        if (verdict === "negative") score *= 0.5;
        out.push({ type: "CL_RUT", start: s, end, score, explanation: `Chilean RUT/RUN (mod-11 check character)${verdict === "positive" ? ", with context words" : ""}` });
      } else if ((e - s === 13 || e - s === 12) && !GLUED_BEFORE.test(text[s - 1] ?? "")) {
        lastEnd = e;
        pushRfc(text, s, e, text.slice(s, e), out);
      } else if (e - s === 18 && mxCurpValid(text.slice(s, e))) {
        lastEnd = e;
        const verdict = contextVerdict(text, s, e, CURP_CTX, NEG);
        out.push({
          type: "MX_CURP", start: s, end: e, score: verdict === "positive" ? 1 : verdict === "negative" ? 0.4 : 0.8,
          explanation: "Mexican CURP (birth date, sex, state code and check digit)",
        });
      }
    }
    scanLabelledLatamIds(scan, out);
  },
};
