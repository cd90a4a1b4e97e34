/** Label lint for the seventh PII set, without running any detector: phone validity, IBAN, Luhn and Verhoeff checksums,
 *  duplicates, counts per language, domain and type. `node --import tsx scripts/eval/pii-sample-7/lint.ts` */
import { b } from "./build.js";
import "./all.js";
import { phoneValid, ibanOk, luhnOk } from "../pii-sample-3/gen.js";
import { verhoeffOk } from "../pii-sample-5/gen5.js";
import { REGIONS } from "./regions.js";
const bad: string[] = []; const byLang: Record<string, number> = {}; const byDomain: Record<string, number> = {}; const byType: Record<string, number> = {}; const seen = new Set<string>();
for (const c of b.cases) {
  const lang = (c.group === "neg" ? "neg-" : "") + (/^[a-z]{2}-/.test(c.kind) ? c.kind.slice(0, 2) : "en");
  byLang[lang] = (byLang[lang] ?? 0) + 1;
  const dom = (c.group === "neg" ? "neg:" : "") + c.kind.replace(/^[a-z]{2}-/, "").split(".")[0];
  byDomain[dom] = (byDomain[dom] ?? 0) + 1;
  if (seen.has(c.text)) bad.push(`#${c.id} duplicate text`); seen.add(c.text);
  if (/undefined(?! \(reading)|NaN/.test(c.text)) bad.push(`#${c.id} contains undefined/NaN`);
  if (c.group === "pii" && !c.labels.some((l) => !l.opt)) bad.push(`#${c.id} positive without a required label`);
  if (c.group === "neg" && !c.kind.includes("public") && c.labels.some((l) => !l.opt)) bad.push(`#${c.id} negative with a required label`);
  for (const l of c.labels) {
    const k = l.t + (l.opt ? "(opt)" : ""); byType[k] = (byType[k] ?? 0) + 1;
    if (c.text.slice(l.start, l.end) !== l.v) bad.push(`#${c.id} span`);
    if (l.v !== l.v.trim() || !l.v) bad.push(`#${c.id} untrimmed ${JSON.stringify(l.v)}`);
    if (l.t === "PHONE_NUMBER" && !l.opt && !phoneValid(l.v, REGIONS)) bad.push(`#${c.id} phone ${l.v}`);
    if (l.t === "IBAN_CODE" && !ibanOk(l.v.toUpperCase())) bad.push(`#${c.id} iban ${l.v}`);
    if (l.t === "CREDIT_CARD" && !luhnOk(l.v.replace(/\D/g, ""))) bad.push(`#${c.id} luhn ${l.v}`);
    if (l.t === "IN_AADHAAR" && !verhoeffOk(l.v.replace(/\D/g, ""))) bad.push(`#${c.id} verhoeff ${l.v}`);
  }
}
const pos = b.cases.filter((c) => c.group === "pii");
const nonEn = pos.filter((c) => /^[a-z]{2}-/.test(c.kind)).length;
console.log(`cases=${b.cases.length} positives=${pos.length} (non-English ${nonEn}, ${(100 * nonEn / pos.length).toFixed(0)}%) negatives=${b.cases.length - pos.length} non-English texts=${b.cases.filter((c) => /^[a-z]{2}-/.test(c.kind)).length}`);
console.log("by language:", JSON.stringify(byLang)); console.log("by domain:", JSON.stringify(byDomain)); console.log("by type:", JSON.stringify(byType));
console.log(bad.join("\n") || "lint ok");
