/**
 * `node --import tsx scripts/eval/injection-sample-13/run.ts [-- --misses]`: 602 prompts (333 attacks, 269 hard benign
 * negatives) written for Warden by hand, held out and written BLIND. Scored once (README.md: 79.9 % of attacks as
 * user at 1.9 % FPR with the session-19 weights acba7c0ccc30).
 *
 * Blindness: the author read only package.json, ../inline-marks.ts, ../pii-red-team.ts, ../secrets-red-team.ts, the
 * runners and READMEs of pii-sample-9 and secrets-sample-8, set 12's run.ts and the first five lines of set 12's
 * prompts.jsonl (for the row format). Not src/, models/, test/, docs/detection-quality.md, scripts/train*,
 * scripts/gen*, /work/shared/data or any other set's data. See README.md for the contents and counts.
 *
 * Rows are built by src/build.py from the hand-written src/a_*.py (attack) and src/b_*.py (benign) files; encodings
 * in src/a_obfuscation.py and src/a_extra.py are computed at build time so they decode correctly. Every row is scanned
 * as role `user`; `indirect` rows also as `tool`.
 */
import { runInjectionJsonl } from "../injection-jsonl.js";

runInjectionJsonl(new URL("./prompts.jsonl", import.meta.url));
