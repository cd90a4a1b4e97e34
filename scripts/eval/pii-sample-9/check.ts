/**
 * `node --import tsx scripts/eval/pii-sample-9/check.ts` — validates cases.json without running any detector: every
 * label's span equals its value, cards pass Luhn, IBANs mod 97, NHS numbers mod 11, SSNs the SSA rules, phones
 * libphonenumber; negatives carry no required label. Prints counts per type and language.
 */
import { readFileSync } from "node:fs";
import { isValidPhoneNumber, type CountryCode } from "libphonenumber-js";
import { ibanMod, luhnOk, nhsCheck, ssnOk } from "./checksums.js";
import type { Case } from "../inline-marks.js";
import { REGIONS } from "./regions.js";

export function loadCases(): Case[] {
  const cases = JSON.parse(readFileSync(new URL("./cases.json", import.meta.url), "utf8")) as Case[];
  const bad: string[] = [];
  for (const c of cases) {
    if (c.group === "neg" && c.labels.some((l) => !l.opt)) bad.push(`#${c.id} negative with a label`);
    for (const l of c.labels) {
      if (c.text.slice(l.start, l.end) !== l.v) bad.push(`#${c.id} span ≠ value ${l.v}`);
      const d = l.v.replace(/\D/g, "");
      if (l.t === "CREDIT_CARD" && !luhnOk(d)) bad.push(`#${c.id} Luhn ${l.v}`);
      if (l.t === "IBAN_CODE" && ibanMod(l.v.replace(/\s/g, "")) !== 1) bad.push(`#${c.id} IBAN ${l.v}`);
      if (l.t === "UK_NHS" && nhsCheck(d.slice(0, 9)) !== Number(d[9])) bad.push(`#${c.id} NHS ${l.v}`);
      if (l.t === "US_SSN" && !ssnOk(l.v)) bad.push(`#${c.id} SSN ${l.v}`);
      if (l.t === "PHONE_NUMBER" && !REGIONS.some((r) => isValidPhoneNumber(l.v, r as CountryCode))) bad.push(`#${c.id} phone ${l.v}`);
    }
  }
  if (bad.length) throw new Error(bad.join("\n"));
  return cases;
}

if (process.argv[1]?.endsWith("check.ts")) {
  const cases = loadCases();
  const types: Record<string, number> = {}, langs: Record<string, number> = {}, groups: Record<string, number> = {};
  for (const c of cases) {
    groups[c.group] = (groups[c.group] ?? 0) + 1;
    const lang = /^([a-z]{2})-/.exec(c.kind)?.[1] ?? "en";
    langs[lang] = (langs[lang] ?? 0) + 1;
    for (const l of c.labels) types[l.t + (l.opt ? " (opt)" : "")] = (types[l.t + (l.opt ? " (opt)" : "")] ?? 0) + 1;
  }
  console.log(JSON.stringify({ cases: cases.length, groups, langs, types }));
}
