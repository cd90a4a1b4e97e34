/** Label lint for the fourth PII set, without running any detector: spans, phone validity, IBAN and Luhn checksums, counts. */
import { b } from "./cases-en.js";
import "./cases-intl.js";
import "./cases-neg.js";
import { phoneValid, ibanOk, luhnOk } from "../pii-sample-3/gen.js";
const REGIONS = ["US", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "LU", "ES", "IT", "NL", "PT", "BR", "PL", "SE", "FI", "DK", "NO", "CZ", "GR", "MX", "CL", "IN", "CN", "VN", "NG", "ZA", "SG", "AU", "CA", "HR", "MT", "RO", "TR", "ID", "KE", "TZ", "JP", "KR", "AE", "TT", "NZ", "SN", "CO", "IS"];
const bad: string[] = []; const byLang: Record<string, number> = {}; const byType: Record<string, number> = {}; const seen = new Set<string>();
for (const c of b.cases) {
  const lang = c.group === "neg" ? "neg" : /^[a-z]{2}-/.test(c.kind) ? c.kind.slice(0, 2) : "en";
  byLang[lang] = (byLang[lang] ?? 0) + 1;
  if (seen.has(c.text)) bad.push(`#${c.id} duplicate text`); seen.add(c.text);
  if (c.text.includes("undefined")) bad.push(`#${c.id} contains undefined`);
  for (const l of c.labels) {
    byType[l.t + (l.opt ? "(opt)" : "")] = (byType[l.t + (l.opt ? "(opt)" : "")] ?? 0) + 1;
    if (c.text.slice(l.start, l.end) !== l.v) bad.push(`#${c.id} span`);
    if (l.v !== l.v.trim() || !l.v) bad.push(`#${c.id} untrimmed ${JSON.stringify(l.v)}`);
    if (l.t === "PHONE_NUMBER" && !phoneValid(l.v, REGIONS)) bad.push(`#${c.id} phone ${l.v}`);
    if (l.t === "IBAN_CODE" && !ibanOk(l.v.toUpperCase())) bad.push(`#${c.id} iban ${l.v}`);
    if (l.t === "CREDIT_CARD" && !luhnOk(l.v.replace(/\D/g, ""))) bad.push(`#${c.id} luhn ${l.v}`);
  }
}
console.log(b.cases.length, JSON.stringify(byLang), JSON.stringify(byType)); console.log(bad.join("\n") || "lint ok");
