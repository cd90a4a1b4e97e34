/** `node --import tsx scripts/eval/pii-sample-9/build.ts` — writes cases.json from the hand-written case files. */
import { writeFileSync } from "node:fs";
import { NEG, NEG2, NEG3 } from "./cases-neg.js";
import { POS, POS_INTL } from "./cases-pos.js";
import { POS2 } from "./cases-pos2.js";
import { POS3 } from "./cases-pos3.js";
import { POS4 } from "./cases-pos4.js";
import { type Case, unmark } from "../inline-marks.js";

const cases: Case[] = [];
const add = (group: Case["group"], rows: [string, string][]): void => {
  for (const [kind, src] of rows) cases.push({ id: cases.length + 1, group, kind, ...unmark(src) });
};
add("pii", POS); add("pii", POS_INTL); add("pii", POS2); add("pii", POS3); add("pii", POS4); add("neg", NEG); add("neg", NEG2); add("neg", NEG3);
writeFileSync(new URL("./cases.json", import.meta.url), JSON.stringify(cases, null, 1) + "\n");
console.log(`wrote ${cases.length} cases`);
