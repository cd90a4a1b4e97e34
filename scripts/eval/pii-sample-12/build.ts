/**
 * `node --import tsx scripts/eval/pii-sample-12/build.ts`: turns the marked sources into cases.json (deterministic:
 * gen12.ts is seeded and the files are read in a fixed order). Refuses duplicate texts, a positive without a required
 * label and a negative with one; prints the counts.
 */
import { buildMarkedCases } from "../build-marked-cases.js";
import type { CaseSource } from "./case-source.js";
import { cases as eu } from "./cases-eu.js";
import { cases as world } from "./cases-world.js";
import { cases as en } from "./cases-en.js";
import { cases as negs } from "./cases-neg.js";

const sources: CaseSource[] = [...eu, ...world, ...en, ...negs];
const out = buildMarkedCases(sources, { positive: "pii", languageKinds: true }, new URL("./cases.json", import.meta.url));
const langs: Record<string, number> = {};
for (const c of out) { const l = /^[a-z]{2}-/.test(c.kind) ? c.kind.slice(0, 2) : "en"; langs[l] = (langs[l] ?? 0) + 1; }
const pos = out.filter((c) => c.group === "pii").length;
const nonEn = out.filter((c) => /^[a-z]{2}-/.test(c.kind)).length;
console.log(JSON.stringify({ cases: out.length, pii: pos, neg: out.length - pos, nonEnglish: nonEn, nonEnglishShare: +(nonEn / out.length).toFixed(3), languages: Object.keys(langs).length, langs }));
