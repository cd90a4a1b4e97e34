/**
 * Injection set 11, written blind (without reading the detector, its models or earlier sets): indirect injections in
 * code and documents, agent/tool abuse, competition-style short attacks, long persona jailbreaks and non-English
 * attacks, each beside benign rows on the same carriers, vocabulary and topics. Rows are built by
 * `python3 scripts/eval/injection-sample-11/src/build.py` from the hand-written sources in src/ (the build refuses
 * exact duplicates and repeated first-six-word openings).
 *
 * 1086 rows: 543 attack, 543 benign; 750 indirect (documents, code, tool results, e-mail), 132 non-English in 18
 * languages (id vi th tr pl nl sv el he fa bn ta sw tl uk ro cs hu), 42 persona jailbreaks (style "jailbreak").
 *
 * Figures measured BEFORE training on this set, on the detectors of 24d4a13 (`npm run eval:injection-sample-11`):
 *   overall: attack recall 73.8% (401/543) as user, 76.5% (287/375) of indirect rows as tool;
 *            benign FPR 7.4% (40/543) as user, 10.7% (40/375) of documents as tool.
 *   non-English attacks 28/66 flagged as user (Tamil 0/3), non-English benign 0/66.
 *   Per style (flagged/rows):
 *   agent-tool-abuse         attack  16/28 user      - tool | benign   1/52 user      - tool
 *   ai-app-docs              attack    4/4 user    4/4 tool | benign    3/4 user    3/4 tool
 *   ci-log                   attack   9/15 user   9/15 tool | benign   0/15 user   1/15 tool
 *   code-comment             attack  10/13 user  10/13 tool | benign   0/13 user   0/13 tool
 *   code-docstring           attack   8/13 user  10/13 tool | benign   0/13 user   0/13 tool
 *   commit-message           attack  12/15 user  12/15 tool | benign   1/14 user   2/14 tool
 *   competition-short        attack  38/50 user      - tool | benign   4/40 user      - tool
 *   config-file              attack  12/15 user  12/15 tool | benign  13/15 user  14/15 tool
 *   contributing             attack  10/13 user  10/13 tool | benign   1/13 user   2/13 tool
 *   email                    attack  15/16 user  15/16 tool | benign   0/16 user   0/16 tool
 *   invoice                  attack  11/14 user  11/14 tool | benign   1/15 user   1/15 tool
 *   issue-body               attack  12/15 user  12/15 tool | benign   0/14 user   0/14 tool
 *   jailbreak                attack  42/42 user      - tool | benign      - user      - tool
 *   kb-article               attack  11/14 user  11/14 tool | benign   0/15 user   1/15 tool
 *   meeting-transcript       attack  10/13 user  10/13 tool | benign   0/13 user   0/13 tool
 *   multilingual             attack  25/48 user      - tool | benign   0/48 user      - tool
 *   multilingual-indirect    attack   2/18 user   2/18 tool | benign   0/18 user   0/18 tool
 *   package-manifest         attack  11/15 user  13/15 tool | benign   0/14 user   0/14 tool
 *   pdf-text                 attack  11/15 user  11/15 tool | benign   1/14 user   1/14 tool
 *   pr-description           attack  13/15 user  13/15 tool | benign   1/14 user   1/14 tool
 *   product-review           attack  11/13 user  11/13 tool | benign   2/13 user   2/13 tool
 *   pyproject                attack   9/15 user   9/15 tool | benign   1/14 user   3/14 tool
 *   readme                   attack  12/13 user  12/13 tool | benign   1/13 user   1/13 tool
 *   resume                   attack  12/14 user  12/14 tool | benign   0/15 user   0/15 tool
 *   roleplay                 attack      - user      - tool | benign   2/28 user      - tool
 *   spreadsheet              attack   9/14 user  10/14 tool | benign   0/15 user   0/15 tool
 *   sql-migration            attack  12/15 user  12/15 tool | benign   1/15 user   1/15 tool
 *   support-ticket           attack  11/14 user  12/14 tool | benign   0/14 user   0/14 tool
 *   tool-result              attack  12/14 user  12/14 tool | benign   1/14 user   1/14 tool
 *   tool-result-injection    attack   8/12 user   9/12 tool | benign   0/13 user   0/13 tool
 *   web-page                 attack  12/14 user  12/14 tool | benign   4/14 user   4/14 tool
 *   wiki-page                attack  11/14 user  11/14 tool | benign   2/15 user   2/15 tool
 *   Most false positives come from the YAML config carrier (13/15 as user, 14/15 as tool, with or without a note);
 *   the weakest attack styles are multilingual documents (2/18), non-English direct (25/48), agent/tool abuse
 *   requests (16/28), CI logs and pyproject files (9/15).
 */
import { runInjectionJsonl } from "../injection-jsonl.js";

runInjectionJsonl(new URL("./prompts.jsonl", import.meta.url));
