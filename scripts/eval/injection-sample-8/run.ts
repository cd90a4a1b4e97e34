/**
 * `node --import tsx scripts/eval/injection-sample-8/run.ts [-- --misses]`: 613 prompts written for Warden by an
 * eighth red-team session, held out and written blind, shaped like an independent acceptance test built from public
 * benchmarks (override, competition, jailbreak-persona and over-defence styles) but with every row worded afresh.
 * The author did not read src/detect/, models/, docs/detection*.md, any *.test.ts, the training and generation
 * scripts, /work/shared/data/ or the earlier sets' prompts and sources; only set 7's runner docblock,
 * injection-jsonl.ts and package.json were read, and no search tool was used to fetch dataset rows. Encodings in
 * src/a_obfuscation.py are computed from hand-written payloads so they decode correctly.
 *
 * 349 attacks: 22 short and 10 long direct overrides; 30 competition-style goals (say a phrase, reveal the password
 * or secret key, print the instructions) with tricks (typos, acrostics, reversal, base64 of the secret, TL;DR,
 * completion, template rendering, translate-the-task); 15 persona prompts of 586-2167 characters (DAN/STAN/DUDE-like,
 * developer mode, opposite day, evil confidant, unfiltered checkpoint, token-death games, grandpa, simulator);
 * 20 fiction/hypothetical frames; 20 fake system/assistant turns and delimiters (ChatML, [INST], XML, JSON, YAML
 * front matter, transcripts); 20 authority and social-engineering rows; 25 plain-words extractions; 58 English
 * indirect rows (e-mails 9, web pages 8, reviews 4, PDF text 4, code/commits/migrations 6, tool JSON 8, search
 * results 4, calendar 3, agent tool outputs asking for tool calls or markdown-image exfiltration 8, chat export and
 * documents 4; one product page of 1.3 KB); 34 obfuscated rows (base64, hex, ROT13, leetspeak, Cyrillic homoglyphs,
 * fullwidth, zero-width joins, letter spacing and dots, payload splitting, reversal, <details>, completion; 3 of them
 * indirect); 95 non-English rows: 85 in 37 languages (fr, de, es, it, pt, nl, pl, ru, uk, sv, cs, ro, hu, el, tr, ja,
 * ko, zh, zh-Hant, vi, id, ms, th, tl, ar, he, fa, hi, bn, ta, ur, mr, sw, yo, ha, zu, am) and 10 code-mixed with
 * English (hi x2, es, fr, de, tl, zh, ja, ar in Arabizi, sw); 11 of them indirect. 72 attack rows are indirect.
 *
 * 264 benign: 105 over-defence rows that use trigger words innocently (ignore build warnings, override CSS, act as my
 * interviewer, system-prompt tips, forget my previous order, jailbreak my own phone or Kindle, bypass the paywall on
 * my own staging site, reveal my own quiz answers, developer mode on Android, admin password of my own NAS); 30 chat;
 * 20 security-education questions; 25 summarise/translate/proofread requests over text that mentions rules,
 * overrides or instructions; 2 long pasted texts (a short story, a talk outline quoting attack phrases); 41 English
 * documents and tool results (policies, minutes, release notes, READMEs, code, postmortems, JSON tool output, an
 * e-mail thread, four of 1.1-1.8 KB) and 41 non-English rows in 28 languages (7 of them documents); 48 indirect.
 *
 * Rows are built by src/build.py from the hand-written src/a_*.py (attack) and src/b_*.py (benign) theme files; the
 * build refuses exact duplicates and repeated six-word openings. Every row is scanned as role `user`; `indirect` rows
 * also as `tool`.
 *
 * Scored once, on the detectors as of commit 5e8c962 (`npm run eval:injection-sample-8`; per-style miss counts from
 * the same run with `-- --misses`); no detector was changed for or after it:
 *   overall: attack recall 82.5% (288/349) as user, 91.7% (66/72) of indirect rows as tool;
 *            benign FPR 2.7% (7/264) as user, 10.4% (5/48) of documents as tool
 *   as user, recall by style: override-short 22/22, override-long 10/10, persona-long 15/15, fake-turn 19/20,
 *     social 17/20, extraction-plain 20/25, fiction 15/20, competition 22/30; English indirect 56/58 (agent 8/8,
 *     email 9/9, web 8/8, tool-json 8/8, code 6/6, pdf 4/4, review 4/4, search 4/4, chat 1/1, calendar 2/3,
 *     document 2/3); obfuscation 31/34 (base64 5/5, hex 3/3, rot13 3/3, leet 3/3,
 *     homoglyph 3/3, zero-width 2/2, reverse 2/2, markdown 1/1, indirect 3/3, split 3/4, spacing 2/3, completion
 *     1/2); multilingual: ml-override 30/36, ml-extraction 13/26, ml-indirect 6/11, ml-persona 4/6, ml-social 2/5,
 *     ml-fiction 1/1, code-mixed 5/10 (95 non-English rows 61/95 = 64.2%; the 254 English rows 227/254 = 89.4%;
 *     the single yo, ha, zu, am, ta, ur and mr rows all missed; sw 2/3)
 *   as tool: every English indirect style 100% except indirect-calendar 2/3; obf-indirect 3/3; ml-indirect 6/11
 *     (es, pt, ru, sw, zh missed)
 *   false positives as user: benign-long 2/2, benign-doc 1/26, summarise-translate 1/25, benign-trigger 2/105
 *     ("break character from the tutor role", "does sudo rm -rf / delete everything"), ml-benign 1/34 (pt
 *     system-prompt writing tip), chat 0/30, security-education 0/20, benign-tool 0/15, ml-benign-doc 0/7;
 *     as tool: benign-doc 3/26, benign-tool 1/15 (a CLI flags page), ml-benign-doc 1/7 (de house rules)
 *   Weakest: plain-words extraction outside English (13/26), non-English indirect, code-mixed rows and the
 *   low-resource languages; in English, competition tricks that never say "instructions" (acrostic password, fill the
 *   template, level-designer pretext) and fiction frames; on the benign side, long pasted texts and documents read as
 *   tool results that say "override" or "ignore" innocently.
 */
import { runInjectionJsonl } from "../injection-jsonl.js";

runInjectionJsonl(new URL("./prompts.jsonl", import.meta.url));
