/**
 * `node --import tsx scripts/eval/secrets-sample-8/build.ts` — writes cases.json. Token bodies come from node:crypto, so
 * a rebuild gives new values with the same shapes; the committed cases.json is the set that gets scored.
 */
import { writeFileSync } from "node:fs";
import { NEG, NEG2, NEG3 } from "./cases-neg.js";
import { POS } from "./cases-pos.js";
import { POS2 } from "./cases-pos2.js";
import { POS3, POS4 } from "./cases-pos3.js";
import { type Case, unmark } from "../inline-marks.js";

const cases: Case[] = [];
const add = (group: Case["group"], rows: [string, string][]): void => {
  for (const [kind, src] of rows) cases.push({ id: cases.length + 1, group, kind, ...unmark(src) });
};
add("secret", POS); add("secret", POS2); add("secret", POS3); add("secret", POS4); add("neg", NEG); add("neg", NEG2); add("neg", NEG3);
writeFileSync(new URL("./cases.json", import.meta.url), JSON.stringify(cases, null, 1) + "\n");
console.log(`wrote ${cases.length} cases`);
