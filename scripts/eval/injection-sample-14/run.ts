/**
 * `node --import tsx scripts/eval/injection-sample-14/run.ts [-- --misses]`: 627 prompts (331 attacks, 296 hard benign
 * negatives) written for Warden by hand, held out and written BLIND. Not scored yet (README.md).
 *
 * Blindness: the author read only package.json, ../inline-marks.ts, set 13's run.ts and README.md and the first five
 * lines of set 13's prompts.jsonl (for the row format). Not src/, models/, test/, docs/, scripts/train*,
 * scripts/gen*, /work/shared/data or any other set's data. See README.md for the contents and counts.
 *
 * Rows are built by src/build.py from the hand-written src/a_*.py (attack) and src/b_*.py (benign) files; encodings
 * in src/a_obfuscation.py are computed at build time so they decode correctly. Every row is scanned as role `user`;
 * `indirect` rows also as `tool` (set 13 states this of the shared harness imported below, which the author did not read).
 */
import { runInjectionJsonl } from "../injection-jsonl.js";

runInjectionJsonl(new URL("./prompts.jsonl", import.meta.url));
