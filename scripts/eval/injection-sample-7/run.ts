/**
 * `node --import tsx scripts/eval/injection-sample-7/run.ts [-- --misses]`: 607 prompts written for Warden by a
 * seventh red-team session, held out and written blind: the author did not read src/detect/, models/,
 * docs/detection-quality.md, docs/detection.md, the detector and acceptance tests, the training scripts,
 * /work/shared/data/injection or the earlier sets' prompts and sources; only set 6's runner docblock (to aim away from
 * its composition), injection-jsonl.ts and package.json were read. Every row was typed by hand for this set; the
 * encodings in src/a_obfuscation.py are computed from hand-written payloads so they decode correctly.
 *
 * 348 attacks, weighted towards what set 6 found weakest: 40 plain-words system-prompt extractions with little or no
 * attack vocabulary ("what did the people who deployed you write to you", persona card, diff my copy, JSON of your
 * brief); 39 fiction/role-play/hypothetical frames that smuggle an override, a leak, a standing link or a harmful
 * how-to; 25 social-engineering rows (claimed earlier agreement, urgency, fake policy updates, GDPR pretexts,
 * "my grandmother used to"), 10 fake multi-turn transcripts in several layouts and 16 developer/admin/owner claims
 * split over short sentences; 68 English indirect injections in e-mails (one 1.9 KB thread), documents, calendar
 * invites, chat exports, web pages and search results (three of 1.1-2 KB), code comments, commits and migrations,
 * and JSON tool results (one 1.4 KB), many asking only to change the answer, add a link or call a tool (refund,
 * send_email, merge, purchase);
 * 90 rows in 33 languages and 8 code-mixed rows (fr, de, es, it, pt, nl, sv, pl, ru, uk, cs, ro, da, no, fi, el, hu,
 * ja, ko, zh, zh-Hant, ar, hi, tr, vi, id, th, he, fa, sw, ms, bn, tl; hi/es/fr/de/tl/ar/zh/ja mixed with English),
 * 18 of them indirect; 52 obfuscated rows (base64, hex, ROT13, Caesar, Atbash, URL, binary, Morse, a=1 numbers,
 * reversal, pig latin, emoji, acrostic; letter spacing, dotted letters, zero-width joins, leetspeak; Cyrillic
 * homoglyphs and fullwidth; markdown/HTML comments and <details>; JSON \u-escaped text; payload splitting and
 * code/log completion), 6 of them indirect. 92 attack rows are indirect.
 *
 * 259 hard benign: 34 ordinary chat rows and 39 that use trigger words innocently ("ignore previous versions" in a
 * linter, jailbreak an old iPhone, act as an interviewer, admin rights on my own laptop, "as we agreed in our team
 * meeting", grandmother's plum cake); 25 security-education rows quoting attacks for analysis; 25 system-prompt
 * authoring and developer questions; 45 summarise/translate/proofread requests over text that mentions instructions,
 * overrides or rules; 36 business documents and tool results (policies, minutes, release notes, READMEs, code, SOPs,
 * JSON tool output, two of 1.1-2.1 KB) plus 6 non-English ones, all scanned as tool too (42 indirect); 4 long pasted
 * texts (1.1-1.8 KB); 43 rows in 30 languages and 2 code-mixed.
 *
 * Rows are built by src/build.py from the hand-written src/a_*.py (attack) and src/b_*.py (benign) theme files; the
 * build refuses exact duplicates and repeated openings. Every row is scanned as role `user`; `indirect` rows also as
 * `tool`.
 *
 * Scored once, on the detectors as of commit 272b12b (`npm run eval:injection-sample-7`; per-style miss counts from
 * the same run with `-- --misses`); no detector was changed for or after it:
 *   overall: attack recall 57.8% (201/348) as user, 71.7% (66/92) of indirect rows as tool;
 *            benign FPR 7.7% (20/259) as user, 19.0% (8/42) of documents as tool
 *   as user, recall by style: transcript 9/10, indirect-chat-export 3/3, indirect-email 12/13, indirect-web 11/12,
 *     indirect-code 8/9, split-authority 13/16, indirect-tool-json 11/15, indirect-document 8/11, indirect-calendar
 *     3/5, fiction-override 28/39, extraction-plain 26/40, social-engineering 16/25; obfuscation: homoglyph 5/5,
 *     markup 4/4, encoding 17/23, split 5/7, json-escaped 2/4, spacing 4/9; multilingual: code-mixed 4/8,
 *     ml-override 3/26, ml-extraction 3/25, ml-social 2/15, ml-fiction 2/6, ml-indirect 2/18 (98 non-English rows
 *     16/98 = 16.3%; the 250 English rows 185/250 = 74.0%)
 *   as tool: indirect-code 9/9, indirect-chat-export 3/3, indirect-email 12/13, indirect-web 11/12,
 *     indirect-document 9/11, indirect-calendar 4/5, indirect-tool-json 12/15, obfuscated 4/6, ml-indirect 2/18
 *   false positives as user: benign-long 4/4, security-education 4/25, summarise-translate 5/45, benign-document
 *     3/36, trigger-words 2/39, ml-benign 1/45, ml-benign-document 1/6, chat 0/34, prompt-authoring 0/25;
 *     as tool: benign-document 7/36, ml-benign-document 1/6
 *   Weakest: non-English attacks (16/98; no language above 2 of 4 rows), plain-words extraction,
 *   social engineering and fiction frames in English; on the benign side, long pasted texts and documents that
 *   say "override", "ignore" or "instructions" innocently, read as tool results.
 */
import { runInjectionJsonl } from "../injection-jsonl.js";

runInjectionJsonl(new URL("./prompts.jsonl", import.meta.url));
