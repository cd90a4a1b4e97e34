/**
 * `node --import tsx scripts/eval/secrets-sample-3/run.ts [--misses] [--dump]` — red-team set 3, SECRETS only
 * (2026-11-27, held out: written from the providers' published token formats, not from src/detect/secrets).
 *
 * Only actionable findings of category "secret" are scored. A labelled span is found when an actionable secret
 * finding overlaps it. A finding that overlaps no label is a false positive (in positive and negative cases alike);
 * findings overlapping an OPT label are tolerated and the OPT labels are reported apart (FOUND / not found).
 */
import { runSecretsRedTeam } from "../secrets-red-team.js";
import { b } from "./cases.js";

runSecretsRedTeam(b.cases);
