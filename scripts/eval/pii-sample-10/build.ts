/**
 * `node --import tsx scripts/eval/pii-sample-10/build.ts`: turns the hand-written marked texts into cases.json.
 * Values come from gen10.ts's seeded PRNG, so a rebuild gives the same file. English kinds lose their "en-" prefix and
 * use "_" so that the harness's non-English test (/^[a-z]{2}-/ on the kind) counts only other languages.
 */
import { writeFileSync } from "node:fs";
import { unmark, type Case } from "../inline-marks.js";
import { ADDR } from "./cases-addr.js";
import { PEOPLE } from "./cases-people.js";
import { IDS } from "./cases-ids.js";
import { NEG } from "./cases-neg.js";

const englishKind = (k: string): string => (k.startsWith("en-") ? k.slice(3).replace(/-/g, "_") : k);
const cases: Case[] = [];
const add = (group: Case["group"], rows: [string, string][]): void => {
  for (const [kind, src] of rows) {
    const { text, labels } = unmark(src);
    cases.push({ id: cases.length + 1, group, kind: englishKind(kind), text, labels });
  }
};
add("pii", ADDR);
add("pii", PEOPLE);
add("pii", IDS);
add("neg", NEG);
writeFileSync(new URL("./cases.json", import.meta.url), JSON.stringify(cases, null, 1) + "\n");
console.log(`wrote ${cases.length} cases`);
