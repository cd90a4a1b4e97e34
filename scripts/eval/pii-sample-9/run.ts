/**
 * `node --import tsx scripts/eval/pii-sample-9/run.ts [--misses] [--dump]` — held-out PII set 9, written BLIND (see
 * README.md): only set 8's runner, the shared harness ../pii-red-team.ts and package.json were read. Not yet scored.
 */
import { runPiiRedTeam } from "../pii-red-team.js";
import { loadCases } from "./check.js";
import { REGIONS } from "./regions.js";

runPiiRedTeam(loadCases(), REGIONS);
