/** Label lint for the eighth PII set, without running any detector: spans, phone validity (libphonenumber), IBAN mod 97,
 *  Luhn, NHS mod 11, duplicates, counts per domain and type. `node --import tsx scripts/eval/pii-sample-8/lint.ts` */
import { b } from "./build.js";
import "./all.js";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { ibanOk, luhnOk } from "./gen8.js";
import { REGIONS } from "./regions.js";

const phoneOk = (v: string): boolean => REGIONS.some((r) => parsePhoneNumberFromString(v, r as CountryCode)?.isValid() ?? false);
const nhsOk = (v: string): boolean => { const d = v.replace(/\D/g, ""); if (d.length !== 10) return false; const s = [...d.slice(0, 9)].reduce((a, c, i) => a + Number(c) * (10 - i), 0); return (11 - (s % 11)) % 11 === Number(d[9]); };
const bad: string[] = []; const byDomain: Record<string, number> = {}; const byType: Record<string, number> = {}; const seen = new Set<string>();
for (const c of b.cases) {
  const dom = (c.group === "neg" ? "neg:" : "") + c.kind.split(".")[0];
  byDomain[dom] = (byDomain[dom] ?? 0) + 1;
  if (seen.has(c.text)) bad.push(`#${c.id} duplicate text`); seen.add(c.text);
  if (/undefined|NaN/.test(c.text)) bad.push(`#${c.id} contains undefined/NaN`);
  if (c.group === "pii" && !c.labels.some((l) => !l.opt)) bad.push(`#${c.id} positive without a required label`);
  if (c.group === "neg" && c.labels.some((l) => !l.opt)) bad.push(`#${c.id} negative with a required label`);
  for (const l of c.labels) {
    const k = l.t + (l.opt ? "(opt)" : ""); byType[k] = (byType[k] ?? 0) + 1;
    if (c.text.slice(l.start, l.end) !== l.v) bad.push(`#${c.id} span`);
    if (l.v !== l.v.trim() || !l.v) bad.push(`#${c.id} untrimmed ${JSON.stringify(l.v)}`);
    if (l.t === "PHONE_NUMBER" && !l.opt && !phoneOk(l.v)) bad.push(`#${c.id} phone ${l.v}`);
    if (l.t === "IBAN_CODE" && !ibanOk(l.v.toUpperCase())) bad.push(`#${c.id} iban ${l.v}`);
    if (l.t === "CREDIT_CARD" && !luhnOk(l.v.replace(/\D/g, ""))) bad.push(`#${c.id} luhn ${l.v}`);
    if (l.t === "UK_NHS" && !nhsOk(l.v)) bad.push(`#${c.id} nhs ${l.v}`);
  }
}
const pos = b.cases.filter((c) => c.group === "pii").length;
console.log(`cases=${b.cases.length} positives=${pos} negatives=${b.cases.length - pos} (${(100 * (b.cases.length - pos) / b.cases.length).toFixed(0)}%) labels=${b.cases.reduce((a, c) => a + c.labels.filter((l) => !l.opt).length, 0)} optional=${b.cases.reduce((a, c) => a + c.labels.filter((l) => l.opt).length, 0)}`);
console.log("by domain:", JSON.stringify(byDomain)); console.log("by type:", JSON.stringify(byType));
console.log(bad.join("\n") || "lint ok");
