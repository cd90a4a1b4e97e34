/**
 * `node --import tsx scripts/eval/secrets-sample-4/run.ts [--misses] [--dump]` — red-team set 4, SECRETS only
 * (held out: written from the providers' published token formats and real-world dump formats, not from src/detect).
 *
 * Only actionable findings of category "secret" are scored. A labelled span is found when an actionable secret
 * finding overlaps it. A finding that overlaps no label is a false positive (in positive and negative cases alike);
 * findings overlapping an OPT label are tolerated and the OPT labels are reported apart (FOUND / not found).
 */
import { runSecretsRedTeam } from "../secrets-red-team.js";
import { b } from "./cases.js";

runSecretsRedTeam(b.cases);
