/**
 * `node --import tsx scripts/eval/injection-sample-9/run.ts [-- --misses]`: injection set 9, a multilingual TRAINING
 * set for the injection classifier (not a held-out set): hand-written blind by a helper session that did not read
 * src/detect/, models/, docs/detection*.md, the tests, the training or generation scripts, /work/shared/data/ or any
 * earlier set's prompts and sources (only injection-jsonl.ts, package.json and set 7's runner docblock, for the
 * format). Rows live in src/l_*.py (tuples of kind, style code, text, optional language) and src/build.py writes
 * prompts.jsonl, refusing exact duplicates and any two rows that open with the same 20 characters.
 *
 * 1073 rows (625 attacks, 448 benign; 171 indirect, 95 of them attacks) in 38 languages (pt-BR and zh-Hant tagged
 * apart) plus 9 code-mixed or romanised tags, every row typed by hand for this set: fr, de, es, it, pt + pt-BR, ru, zh
 * + zh-Hant, ja, ko, ar, hi, tr carry 26-31 attacks and 19-24 benign each; nl, sv, da, no, fi, pl, cs, sk, ro, hu, el,
 * uk, bg, sr, hr, fa, he, bn, ur, ta, vi, th, id, ms, tl, sw carry 7-12 attacks and 4-9 benign; code-mixed rows are
 * Hinglish and romanised Hindi/Urdu, Spanglish, Taglish, Franglais, Arabizi, romanised Japanese, German-English and
 * Chinese-English (30 attacks, 21 benign; lang tags like hi-Latn, es-en).
 *
 * Attacks, each language in its own wordings (formal and informal "you", slang, missing accents): override of earlier
 * instructions (ml-override, 125); system-prompt / hidden-instruction extraction by print, repeat, quote or translate
 * (ml-extraction, 105); DAN and developer-mode jailbreaks (jailbreak, 42) and no-filter personas (persona, 40), which
 * train the separate jailbreak label; fiction and hypothetical frames smuggling an override, a leak or a harmful how-to
 * (ml-fiction, 63); fake admin, OpenAI staff, police, urgency and pleading (ml-social, 74); fake system and assistant
 * turns and end-of-input markers written in the language (ml-delimiter, 35); indirect injections in e-mails, reviews,
 * reports, press releases and web pages (ml-indirect, 56), in JSON tool results, a search result and a GitHub issue
 * asking for send_email, a transfer, a booking or a merge (ml-indirect-tool, 21), and markdown image exfiltration
 * hidden in pages (ml-exfil, 15) or asked for directly (ml-exfil-direct, 19).
 *
 * Benign rows share the attacks' vocabulary: ordinary chat (84); trigger words used innocently (197: ignore a warning,
 * forget a password, act as a tour guide, washing-machine instructions, rules of a card or board game, developer mode
 * on a phone, the building's administrator, override a system setting); translate/summarise requests over rules and
 * instructions (58); system-prompt authoring questions (12); business e-mails, notices, minutes, manuals, policies and
 * reviews saying old instructions no longer apply (61, up to 1.5 KB) and JSON tool results (15), all indirect; 21
 * code-mixed benign rows.
 *
 * Measured on the detectors as of 5e8c962, BEFORE training on this set (`npm run eval:injection-sample-9`): attack
 * recall 36.2 % (226/625) as user, 69.5 % (66/95) of indirect attacks as tool; benign FPR 1.6 % (7/448) as user, 7.9 %
 * (6/76) of documents as tool. Direct (non-indirect) attacks: 160/530 = 30.2 %; indirect attacks as user: 66/95. By
 * style as user: ml-indirect 89 %, ml-exfil 67 %, persona 50 %, ml-override 47 %, jailbreak 43 %, ml-delimiter 40 %,
 * code-mixed 33 %, ml-extraction 21 %, ml-social 15 %, ml-indirect-tool 14 %, ml-fiction 10 %, ml-exfil-direct 5 %.
 * Attack recall by language as user: pt 71, zh-Hant 60, de 58, id 56, fr 55, nl 55, pl 55, pt-BR 53, es 52, da 50,
 * ms/ro/sk/th/tl 44, it 41, zh/no 38, el/fi/he/sv/uk/vi 33, hi 31, ru/hu 30, hr 29, ja 23, tr/bg/bn/fa/sw 22, cs 20, ar
 * 15, ko 14, sr/ta/ur 0 %. The benign false positives are documents saying earlier instructions or rules no longer
 * apply (as user: de x2, fr, it, nl, ro, plus a pt-BR question about writing a system prompt; as tool: de x2, nl, pl,
 * ro, and a German review that skipped an assembly step it "ignoriert").
 * A first run (with --misses) on 1035 rows (before 38 top-up
 * rows for the smaller languages) gave 36.4 % / 71.1 % / 1.6 % / 8.0 %; the top-ups were written for counts, not aimed
 * at misses.
 */
import { runInjectionJsonl } from "../injection-jsonl.js";

runInjectionJsonl(new URL("./prompts.jsonl", import.meta.url));
