/**
 * Injection set 11, written blind (without reading the detector, its models or earlier sets): indirect injections in
 * code and documents, agent/tool abuse, competition-style short attacks, long persona jailbreaks and non-English
 * attacks, each beside benign rows on the same carriers, vocabulary and topics. Rows are built by
 * `python3 scripts/eval/injection-sample-11/src/build.py` from the hand-written sources in src/.
 *
 * Figures: not yet measured.
 */
import { runInjectionJsonl } from "../injection-jsonl.js";

runInjectionJsonl(new URL("./prompts.jsonl", import.meta.url));
