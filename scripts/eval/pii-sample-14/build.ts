/**
 * `node --import tsx scripts/eval/pii-sample-14/build.ts`: turns the marked sources into cases.json (deterministic:
 * gen14.ts is seeded and the files are read in a fixed order). Refuses duplicate texts, a positive without a required
 * label and a negative with one; prints the counts.
 */
import { writeFileSync } from "node:fs";
import { unmark, type Case } from "../inline-marks.js";
import type { CaseSource } from "./case-source.js";
import { cases as eu } from "./cases-eu.js";
import { cases as world } from "./cases-world.js";
import { cases as en } from "./cases-en.js";
import { cases as negs } from "./cases-neg.js";

const sources: CaseSource[] = [...eu, ...world, ...en, ...negs];
const out: Case[] = [];
const seen = new Map<string, number>();
const problems: string[] = [];
sources.forEach((s, i) => {
  const id = i + 1;
  const { text, labels } = unmark(s.src);
  const prev = seen.get(text);
  if (prev !== undefined) problems.push(`#${id} duplicates #${prev}: ${JSON.stringify(text.slice(0, 60))}`);
  seen.set(text, id);
  if (s.group === "pii" && !labels.some((l) => !l.opt)) problems.push(`#${id} [${s.kind}] positive without a required label`);
  if (s.group === "neg" && labels.some((l) => !l.opt)) problems.push(`#${id} [${s.kind}] negative with a required label`);
  if (!/^[a-z]{2}-[a-z0-9-]+$/.test(s.kind)) problems.push(`#${id} bad kind ${s.kind}`);
  // English kinds lose their prefix so only other languages match the harness's /^[a-z]{2}-/ test.
  const kind = s.kind.startsWith("en-") ? s.kind.slice(3).replace(/-/g, "_") : s.kind;
  out.push({ id, group: s.group, kind, text, labels });
});
if (problems.length) { console.error(problems.join("\n")); process.exit(1); }
writeFileSync(new URL("./cases.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
const langs: Record<string, number> = {};
for (const c of out) { const l = /^[a-z]{2}-/.test(c.kind) ? c.kind.slice(0, 2) : "en"; langs[l] = (langs[l] ?? 0) + 1; }
const pos = out.filter((c) => c.group === "pii").length;
const nonEn = out.filter((c) => /^[a-z]{2}-/.test(c.kind)).length;
console.log(JSON.stringify({ cases: out.length, pii: pos, neg: out.length - pos, nonEnglish: nonEn, nonEnglishShare: +(nonEn / out.length).toFixed(3), languages: Object.keys(langs).length, langs }));
