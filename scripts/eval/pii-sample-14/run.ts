/**
 * `node --import tsx scripts/eval/pii-sample-14/run.ts [--misses] [--dump]` — held-out PII set 14, written BLIND (see
 * README.md for exactly what was read). Scored once; figures in README.md.
 */
import { runPiiRedTeam } from "../pii-red-team.js";
import { loadCases } from "./check.js";
import { REGIONS } from "./regions.js";

runPiiRedTeam(loadCases(), REGIONS);
