/**
 * `node --import tsx scripts/eval/secrets-sample-13/build.ts`: turns the marked sources into cases.json (deterministic:
 * gen13.ts is seeded and the files are read in a fixed order). Refuses duplicate texts, a positive without a required
 * label and a negative with one; prints the counts.
 */
import { writeFileSync } from "node:fs";
import { unmark, type Case } from "../inline-marks.js";
import type { CaseSource } from "./case-source.js";
import { cases as pos1 } from "./cases-pos.js";
import { cases as pos2 } from "./cases-pos2.js";
import { cases as prose } from "./cases-prose.js";
import { cases as negs } from "./cases-neg.js";

const sources: CaseSource[] = [...pos1, ...pos2, ...prose, ...negs];
const out: Case[] = [];
const seen = new Map<string, number>();
const problems: string[] = [];
sources.forEach((s, i) => {
  const id = i + 1;
  const { text, labels } = unmark(s.src);
  const prev = seen.get(text);
  if (prev !== undefined) problems.push(`#${id} duplicates #${prev}: ${JSON.stringify(text.slice(0, 60))}`);
  seen.set(text, id);
  if (s.group === "secret" && !labels.some((l) => !l.opt)) problems.push(`#${id} [${s.kind}] positive without a required label`);
  if (s.group === "neg" && labels.some((l) => !l.opt)) problems.push(`#${id} [${s.kind}] negative with a required label`);
  out.push({ id, group: s.group, kind: s.kind, text, labels });
});
if (problems.length) { console.error(problems.join("\n")); process.exit(1); }
writeFileSync(new URL("./cases.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
const kinds = new Set<string>(), services = new Set<string>();
for (const c of out) for (const l of c.labels) if (!l.opt) { const k = l.t.slice(7); kinds.add(k); services.add(k.split("-")[0]!); }
const pos = out.filter((c) => c.group === "secret").length;
console.log(JSON.stringify({ cases: out.length, secret: pos, neg: out.length - pos, kinds: kinds.size, services: services.size }));
