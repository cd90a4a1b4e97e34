/**
 * `node --import tsx scripts/eval/pii-sample-12/check.ts`: validates cases.json without any detector — offsets, known
 * label types (set 10's names), check digits of every labelled identifier (set 10's validators, independent of
 * gen12.ts), phone validity (libphonenumber-js, REGIONS), e-mail and IP shape, negatives carrying only optional labels,
 * and no checksum-valid card/IBAN/NHS number outside a label of its type in any case. Prints the counts.
 * `loadCases()` is what run.ts scores.
 */
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import { fileURLToPath } from "node:url";
import { isValidPhoneNumber, type CountryCode } from "libphonenumber-js";
import type { Case, Label } from "../inline-marks.js";
import * as C from "../pii-sample-10/checksums.js";
import { REGIONS } from "./regions.js";

const trimmed = (v: string) => v.trim() === v;
const VALID: Record<string, (v: string) => boolean> = {
  PERSON: (v) => trimmed(v) && v.length > 0 && !/^(Mr|Mrs|Ms|Dr|Herr|Frau|M\.|Mme|Sr\.|Sra\.|dott)\b/i.test(v),
  ADDRESS: (v) => trimmed(v) && v.length > 3,
  LOCATION: (v) => trimmed(v) && v.length > 1,
  DATE_TIME: (v) => /\p{Nd}/u.test(v) && trimmed(v),
  EMAIL_ADDRESS: (v) => /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(v) && !/@example\.(com|org|net)$/i.test(v),
  IP_ADDRESS: (v) => isIP(v) !== 0,
  CREDIT_CARD: C.luhnOk,
  IBAN_CODE: C.ibanOk,
  UK_NHS: C.nhsOk,
  US_SSN: C.ssnOk,
  DE_TAX_ID: C.steuerIdOk,
  NL_BSN: C.bsnOk,
  PL_PESEL: C.peselOk,
  ES_NIF: C.dniOk,
  BR_CPF: C.cpfOk,
  FR_NIR: C.nirOk,
  IN_AADHAAR: C.aadhaarOk,
  IT_FISCAL_CODE: C.codiceFiscaleOk,
  IN_PAN: (v) => /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(v),
};

/** The cases of a set's cases.json (a later set built with this set's generators reads its own). */
export function loadCasesFrom(url: URL): Case[] {
  return JSON.parse(readFileSync(url, "utf8")) as Case[];
}

export function loadCases(): Case[] {
  return loadCasesFrom(new URL("./cases.json", import.meta.url));
}

const inside = (labels: Label[], t: string[], s: number, e: number) => labels.some((l) => t.includes(l.t) && l.start <= s && e <= l.end);

/** `regions`: where the set's phone numbers must be valid (libphonenumber-js). */
export function checkCases(cases: Case[], regions: readonly string[] = REGIONS): string[] {
  const phoneOk = (v: string): boolean => regions.some((r) => isValidPhoneNumber(v, r as CountryCode));
  const errs: string[] = [];
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.text)) errs.push(`#${c.id} duplicate text`);
    seen.add(c.text);
    if (c.group === "pii" && !c.labels.some((l) => !l.opt)) errs.push(`#${c.id} positive without a required label`);
    for (const l of c.labels) {
      if (c.text.slice(l.start, l.end) !== l.v) errs.push(`#${c.id} bad offsets for ${l.t}`);
      const ok = l.t === "PHONE_NUMBER" ? phoneOk : VALID[l.t];
      if (!ok) errs.push(`#${c.id} unknown type ${l.t}`);
      else if (!ok(l.v)) errs.push(`#${c.id} ${l.t} fails validation: ${l.v}`);
      if (c.group === "neg" && !l.opt) errs.push(`#${c.id} negative with a required label ${l.t}`);
    }
    const ibanShaped = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
    for (const m of c.text.matchAll(ibanShaped)) {
      if (C.ibanOk(m[0]) && !inside(c.labels, ["IBAN_CODE"], m.index, m.index + m[0].length)) errs.push(`#${c.id} unlabelled valid IBAN ${m[0]}`);
    }
    const rest = c.text.replace(ibanShaped, (s) => " ".repeat(s.length));
    for (const m of rest.matchAll(/(?<![\d.])\d(?:[ -]?\d){12,18}(?![\d.])/g)) {
      if (C.luhnOk(m[0]) && !inside(c.labels, ["CREDIT_CARD", "PHONE_NUMBER", "IN_AADHAAR", "FR_NIR"], m.index, m.index + m[0].length)) errs.push(`#${c.id} unlabelled Luhn-valid number ${m[0]}`);
    }
    for (const m of c.text.matchAll(/\b\d{3} \d{3} \d{4}\b/g)) {
      if (C.nhsOk(m[0]) && !inside(c.labels, ["UK_NHS", "PHONE_NUMBER"], m.index, m.index + m[0].length)) errs.push(`#${c.id} unlabelled valid NHS number ${m[0]}`);
    }
  }
  return errs;
}

/** Check `cases` (phones valid in `regions`), print their counts, and exit 1 with the problems if there are any. */
export function reportCheck(cases: Case[], regions: readonly string[] = REGIONS): void {
  const errs = checkCases(cases, regions);
  const groups: Record<string, number> = {}, langs: Record<string, number> = {}, types: Record<string, number> = {};
  for (const c of cases) {
    groups[c.group] = (groups[c.group] ?? 0) + 1;
    const lang = /^[a-z]{2}-/.test(c.kind) ? c.kind.slice(0, 2) : "en";
    langs[lang] = (langs[lang] ?? 0) + 1;
    for (const l of c.labels) { const k = l.opt ? `${l.t} (opt)` : l.t; types[k] = (types[k] ?? 0) + 1; }
  }
  console.log(JSON.stringify({ cases: cases.length, groups, langs, types }));
  if (errs.length) { console.error(errs.join("\n")); process.exit(1); }
  console.log("check: OK");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) reportCheck(loadCases());
