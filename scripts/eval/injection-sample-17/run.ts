/**
 * `node --import tsx scripts/eval/injection-sample-17/run.ts [-- --misses]`: 606 prompts (321 attacks, 285 hard benign
 * negatives) in English and 28 other languages, written for Warden by hand, held out and written BLIND (README.md).
 *
 * Blindness: the author read only package.json, set 16's run.ts, README.md, src/build.py and src/row.py, the first
 * screen of set 16's src/a_ml_west.py and src/a_obfuscation.py (row format), and grepped the `lang` lines of
 * ../injection-jsonl.ts. Not src/detect/, models/, scripts/gen/, or any set's miss list.
 *
 * Rows are built by src/build.py from the hand-written src/a_*.py (attack) and src/b_*.py (benign) files; encodings
 * in src/a_obfuscation.py are computed at build time so they decode correctly. Every row is scanned as role `user`;
 * `indirect` rows also as `tool`.
 */
import { runInjectionJsonl } from "../injection-jsonl.js";

runInjectionJsonl(new URL("./prompts.jsonl", import.meta.url));
