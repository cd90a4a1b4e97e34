/**
 * `node --import tsx scripts/eval/secrets-sample-8/run.ts [--misses] [--dump]` — held-out secrets set 8, written BLIND
 * (see README.md): only set 7's runner, the shared harness ../secrets-red-team.ts and package.json were read. Not yet scored.
 */
import { runSecretsRedTeam } from "../secrets-red-team.js";
import { loadCases } from "./check.js";

runSecretsRedTeam(loadCases());
