/**
 * `node --import tsx scripts/eval/secrets-sample-8/check.ts` — validates cases.json without any detector: spans equal
 * values, labels are SECRET:<kind>, GitHub/npm CRC32 tails are right, negatives carry no required label. Prints counts.
 */
import { readFileSync } from "node:fs";
import { CRC_ALPHABET, crc32 } from "./gen8.js";
import type { Case } from "../inline-marks.js";

const crcOk = (body: string, tail: string): boolean => {
  let n = 0; for (const ch of tail) n = n * 62 + CRC_ALPHABET.indexOf(ch);
  return n === crc32(body);
};

export function loadCases(): Case[] {
  const cases = JSON.parse(readFileSync(new URL("./cases.json", import.meta.url), "utf8")) as Case[];
  const bad: string[] = [];
  for (const c of cases) {
    if (c.group === "neg" && c.labels.some((l) => !l.opt)) bad.push(`#${c.id} negative with a label`);
    if (c.group === "secret" && !c.labels.some((l) => !l.opt)) bad.push(`#${c.id} positive without a label`);
    for (const l of c.labels) {
      if (c.text.slice(l.start, l.end) !== l.v) bad.push(`#${c.id} span ≠ value`);
      if (!l.t.startsWith("SECRET:")) bad.push(`#${c.id} label ${l.t}`);
      const m = /^(?:gh[pousr]|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(l.v);
      if (m && !crcOk(m[1]!, m[2]!)) bad.push(`#${c.id} CRC32 tail`);
    }
  }
  if (bad.length) throw new Error(bad.join("\n"));
  return cases;
}

if (process.argv[1]?.endsWith("check.ts")) {
  const cases = loadCases();
  const kinds: Record<string, number> = {}, groups: Record<string, number> = {};
  for (const c of cases) {
    groups[c.group] = (groups[c.group] ?? 0) + 1;
    for (const l of c.labels) { const k = l.t.slice(7) + (l.opt ? " (opt)" : ""); kinds[k] = (kinds[k] ?? 0) + 1; }
  }
  const services = new Set(Object.keys(kinds).filter((k) => !k.endsWith("(opt)")).map((k) => k.split("-")[0]));
  console.log(JSON.stringify({ cases: cases.length, groups, services: services.size, kinds }));
}
