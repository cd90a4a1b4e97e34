/**
 * `node --import tsx scripts/eval/pii-sample-10/check.ts`: validates cases.json without any detector — offsets, known
 * label types, check digits of every labelled identifier, phone validity (libphonenumber-js, REGIONS), e-mail and IP
 * shape, negatives carrying only optional labels, and no checksum-valid card/IBAN/NHS number hiding in a negative.
 * Prints the counts. `loadCases()` is what run.ts scores.
 */
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import { fileURLToPath } from "node:url";
import { isValidPhoneNumber, type CountryCode } from "libphonenumber-js";
import type { Case } from "../inline-marks.js";
import { REGIONS } from "./regions.js";
import * as C from "./checksums.js";

const VALID: Record<string, (v: string) => boolean> = {
  PERSON: (v) => v.trim() === v && v.length > 0,
  ADDRESS: (v) => v.trim() === v && v.length > 3,
  LOCATION: (v) => v.trim() === v && v.length > 1,
  DATE_TIME: (v) => /\p{Nd}/u.test(v),
  EMAIL_ADDRESS: (v) => /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(v) && !/@example\.(com|org)$/i.test(v),
  IP_ADDRESS: (v) => isIP(v) !== 0,
  PHONE_NUMBER: (v) => REGIONS.some((r) => isValidPhoneNumber(v, r as CountryCode)),
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

export function loadCases(): Case[] {
  return JSON.parse(readFileSync(new URL("./cases.json", import.meta.url), "utf8")) as Case[];
}

export function checkCases(cases: Case[]): string[] {
  const errs: string[] = [];
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.text)) errs.push(`#${c.id} duplicate text`);
    seen.add(c.text);
    if (c.group === "pii" && !c.labels.some((l) => !l.opt)) errs.push(`#${c.id} positive without a required label`);
    for (const l of c.labels) {
      if (c.text.slice(l.start, l.end) !== l.v) errs.push(`#${c.id} bad offsets for ${l.t}`);
      const ok = VALID[l.t];
      if (!ok) errs.push(`#${c.id} unknown type ${l.t}`);
      else if (!ok(l.v)) errs.push(`#${c.id} ${l.t} fails validation: ${l.v}`);
      if (c.group === "neg" && !l.opt) errs.push(`#${c.id} negative with a required label ${l.t}`);
    }
    if (c.group === "neg") {
      const ibanShaped = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g;
      for (const m of c.text.matchAll(ibanShaped)) if (C.ibanOk(m[0])) errs.push(`#${c.id} negative holds a valid IBAN ${m[0]}`);
      // Digit runs inside an IBAN-shaped string are not card candidates.
      const rest = c.text.replace(ibanShaped, " ");
      for (const m of rest.matchAll(/\b\d(?:[ -]?\d){12,18}\b/g)) if (C.luhnOk(m[0])) errs.push(`#${c.id} negative holds a Luhn-valid number ${m[0]}`);
      for (const m of c.text.matchAll(/\b\d{3} \d{3} \d{4}\b/g)) if (C.nhsOk(m[0])) errs.push(`#${c.id} negative holds a valid NHS number ${m[0]}`);
    }
  }
  return errs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cases = loadCases();
  const errs = checkCases(cases);
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
