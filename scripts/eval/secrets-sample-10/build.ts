/**
 * `node --import tsx scripts/eval/secrets-sample-10/build.ts`: turns the marked sources into cases.json (deterministic:
 * gen10.ts is seeded and the files are read in a fixed order). Refuses duplicate texts, a positive without a required
 * label and a negative with one; prints the counts.
 */
import { buildMarkedCases } from "../build-marked-cases.js";
import type { CaseSource } from "./case-source.js";
import { cases as pos1 } from "./cases-pos.js";
import { cases as pos2 } from "./cases-pos2.js";
import { cases as prose } from "./cases-prose.js";
import { cases as negs } from "./cases-neg.js";

const sources: CaseSource[] = [...pos1, ...pos2, ...prose, ...negs];
const out = buildMarkedCases(sources, { positive: "secret" }, new URL("./cases.json", import.meta.url));
const kinds = new Set<string>(), services = new Set<string>();
for (const c of out) for (const l of c.labels) if (!l.opt) { const k = l.t.slice(7); kinds.add(k); services.add(k.split("-")[0]!); }
const pos = out.filter((c) => c.group === "secret").length;
console.log(JSON.stringify({ cases: out.length, secret: pos, neg: out.length - pos, kinds: kinds.size, services: services.size }));
