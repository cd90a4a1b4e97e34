/**
 * `node --import tsx scripts/eval/secrets-sample-9/build.ts`: turns the marked texts into cases.json. Token bodies come
 * from gen9.ts's seeded PRNG, so a rebuild gives the same file.
 */
import { writeFileSync } from "node:fs";
import { unmark, type Case } from "../inline-marks.js";
import { POS } from "./cases-pos.js";
import { POS2 } from "./cases-pos2.js";
import { NEG } from "./cases-neg.js";

const cases: Case[] = [];
const add = (group: Case["group"], rows: [string, string][]): void => {
  for (const [kind, src] of rows) {
    const { text, labels } = unmark(src);
    cases.push({ id: cases.length + 1, group, kind, text, labels });
  }
};
add("secret", POS);
add("secret", POS2);
add("neg", NEG);
writeFileSync(new URL("./cases.json", import.meta.url), JSON.stringify(cases, null, 1) + "\n");
console.log(`wrote ${cases.length} cases`);
