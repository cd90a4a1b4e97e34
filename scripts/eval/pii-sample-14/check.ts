/**
 * `node --import tsx scripts/eval/pii-sample-14/check.ts`: validates cases.json without any detector with set 12's
 * checks (offsets, known label types, check digits of every labelled identifier with set 10's validators, e-mail and
 * IP shape, negatives carrying only optional labels, no checksum-valid card/IBAN/NHS number outside a label of its
 * type), phones valid in this set's REGIONS. Prints the counts. `loadCases()` is what run.ts scores.
 */
import { fileURLToPath } from "node:url";
import type { Case } from "../inline-marks.js";
import { checkCases as checkWithRegions, loadCasesFrom, reportCheck } from "../pii-sample-12/check.js";
import { REGIONS } from "./regions.js";

export function loadCases(): Case[] {
  return loadCasesFrom(new URL("./cases.json", import.meta.url));
}

export function checkCases(cases: Case[]): string[] {
  return checkWithRegions(cases, REGIONS);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) reportCheck(loadCases(), REGIONS);
