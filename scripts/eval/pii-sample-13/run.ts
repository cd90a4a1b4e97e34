/**
 * `node --import tsx scripts/eval/pii-sample-13/run.ts [--misses] [--dump]` — held-out PII set 13, written BLIND (see
 * README.md for exactly what was read). Scored once; figures in README.md.
 */
import { runPiiRedTeam } from "../pii-red-team.js";
import { loadCases } from "./check.js";
import { REGIONS } from "./regions.js";

runPiiRedTeam(loadCases(), REGIONS);
