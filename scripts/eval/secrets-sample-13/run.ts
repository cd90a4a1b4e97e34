/**
 * `node --import tsx scripts/eval/secrets-sample-13/run.ts [--misses] [--dump]` — held-out secrets set 13, written BLIND
 * (see README.md for exactly what was read). Scored once; figures in README.md.
 */
import { runSecretsRedTeam } from "../secrets-red-team.js";
import { loadCases } from "./check.js";

runSecretsRedTeam(loadCases());
