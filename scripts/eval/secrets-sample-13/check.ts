/**
 * `node --import tsx scripts/eval/secrets-sample-13/check.ts`: validates cases.json without any detector with set 11's
 * checks (offsets, label format, one required label per positive and none in a negative, each provider token's
 * published shape, CRC32 tails of GitHub/npm tokens, JWTs and base64 that decode, no checksum-valid token or
 * non-EXAMPLE AWS key id inside a negative). Prints the counts. `loadCases()` is what run.ts scores.
 */
import { fileURLToPath } from "node:url";
import type { Case } from "../inline-marks.js";
import { loadCasesFrom, reportCheck } from "../secrets-sample-11/check.js";

export { checkCases, crcTokenOk } from "../secrets-sample-11/check.js";

export function loadCases(): Case[] {
  return loadCasesFrom(new URL("./cases.json", import.meta.url));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) reportCheck(loadCases());
