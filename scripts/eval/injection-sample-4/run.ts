/**
 * `node --import tsx scripts/eval/injection-sample-4/run.ts [-- --misses]`: 533 prompts written for Warden by a fourth
 * red-team session, held out (written without reading src/detect/, models/, docs/detection-quality.md or the detector
 * tests): 333 attacks (overrides, extraction incl. "print everything above", first N words, JSON/code-block/translate/
 * summarise tricks; authority spoofing, fake tool outputs, fake transcripts and chat-template delimiters; DAN-style and
 * new personas, developer/god mode, grandma exploit; fiction framing for weapons, malware, drugs and fraud; refusal
 * suppression and prefix injection; payload splitting; many-shot; translation attacks; computed base64, hex, ROT13,
 * leetspeak, homoglyph, zero-width, spaced, reversed, pig-latin and emoji obfuscation; 60 rows in 20 languages plus
 * mixed; 71 indirect injections in web pages, e-mails, CVs/PDFs, code and READMEs, tool/API JSON, calendar invites,
 * reviews, markdown-image exfiltration and agent tool-misuse, three of them paired with a benign long document) and 200
 * benign prompts built to trip over-defence (trigger words used innocently, security education, system-prompt
 * authoring, role-play, villains in fiction, translations, 20 non-English rows, innocent encodings, tool results and
 * long documents, and style `quoted`: requests that quote an attack in order to analyse it). Rows are built by
 * src/build.py from the hand-written src/p*.py files. Every row is scanned as role `user`; `indirect` rows also as
 * role `tool`.
 */
import { runInjectionJsonl } from "../injection-jsonl.js";

runInjectionJsonl(new URL("./prompts.jsonl", import.meta.url));
