/**
 * `node --import tsx scripts/eval/injection-sample-15/run.ts [-- --misses]`: 610 prompts (327 attacks, 283 hard benign
 * negatives) in English and 23 other languages, written for Warden by hand, held out and written BLIND (README.md).
 *
 * Blindness: the author read only package.json, tsconfig.check.json, ../inline-marks.ts, set 14's run.ts, README.md,
 * src/build.py and src/row.py, and the first five lines of set 14's prompts.jsonl (row format). Not src/, models/,
 * test/, docs/, scripts/train*, scripts/gen*, ../injection-jsonl.ts, /work/shared/data or any other set's rows.
 *
 * Rows are built by src/build.py from the hand-written src/a_*.py (attack) and src/b_*.py (benign) files; encodings
 * in src/a_obfuscation.py are computed at build time so they decode correctly. Every row is scanned as role `user`;
 * `indirect` rows also as `tool` (set 14's README states this of the shared harness, which the author did not read).
 */
import { runInjectionJsonl } from "../injection-jsonl.js";

runInjectionJsonl(new URL("./prompts.jsonl", import.meta.url));
