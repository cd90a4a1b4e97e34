/** Label lint for the sixth PII set, without running any detector: spans, phone validity, IBAN, Luhn and Verhoeff checksums, counts per language, domain and type. */
import { b } from "./cases-en.js";
import "./cases-en2.js";
import "./cases-intl.js";
import "./cases-intl2.js";
import "./cases-neg.js";
import { phoneValid, ibanOk, luhnOk } from "../pii-sample-3/gen.js";
import { verhoeffOk } from "../pii-sample-5/gen5.js";
import { REGIONS } from "./regions.js";
const bad: string[] = []; const byLang: Record<string, number> = {}; const byDomain: Record<string, number> = {}; const byType: Record<string, number> = {}; const seen = new Set<string>();
for (const c of b.cases) {
  const lang = c.group === "neg" ? (/^[a-z]{2}-/.test(c.kind) ? "neg-" + c.kind.slice(0, 2) : "neg-en") : /^[a-z]{2}-/.test(c.kind) ? c.kind.slice(0, 2) : "en";
  byLang[lang] = (byLang[lang] ?? 0) + 1;
  const dom = (c.group === "neg" ? "neg:" : "") + c.kind.replace(/^[a-z]{2}-/, "").split(".")[0];
  byDomain[dom] = (byDomain[dom] ?? 0) + 1;
  if (seen.has(c.text)) bad.push(`#${c.id} duplicate text`); seen.add(c.text);
  if (/undefined(?! \(reading)/.test(c.text)) bad.push(`#${c.id} contains undefined`);
  if (c.group === "pii" && !c.labels.some((l) => !l.opt)) bad.push(`#${c.id} positive without a required label`);
  for (const l of c.labels) {
    byType[l.t + (l.opt ? "(opt)" : "")] = (byType[l.t + (l.opt ? "(opt)" : "")] ?? 0) + 1;
    if (c.text.slice(l.start, l.end) !== l.v) bad.push(`#${c.id} span`);
    if (l.v !== l.v.trim() || !l.v) bad.push(`#${c.id} untrimmed ${JSON.stringify(l.v)}`);
    if (l.t === "PHONE_NUMBER" && !l.opt && !phoneValid(l.v, REGIONS)) bad.push(`#${c.id} phone ${l.v}`);
    if (l.t === "IBAN_CODE" && !ibanOk(l.v.toUpperCase())) bad.push(`#${c.id} iban ${l.v}`);
    if (l.t === "CREDIT_CARD" && !luhnOk(l.v.replace(/\D/g, ""))) bad.push(`#${c.id} luhn ${l.v}`);
    if (l.t === "IN_AADHAAR" && !verhoeffOk(l.v.replace(/\D/g, ""))) bad.push(`#${c.id} verhoeff ${l.v}`);
  }
}
const pos = b.cases.filter((c) => c.group === "pii").length;
const nonEn = b.cases.filter((c) => /^[a-z]{2}-/.test(c.kind)).length;
console.log(`cases=${b.cases.length} positives=${pos} negatives=${b.cases.length - pos} non-English texts=${nonEn}`);
console.log("by language:", JSON.stringify(byLang)); console.log("by domain:", JSON.stringify(byDomain)); console.log("by type:", JSON.stringify(byType));
console.log(bad.join("\n") || "lint ok");
