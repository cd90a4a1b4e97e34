/**
 * `node --import tsx scripts/eval/injection-sample-3/run.ts [-- --misses]`: 456 prompts written for Warden by a third
 * red-team session (2026-11-27): 265 attacks (overrides and goal hijacks, extraction incl. "repeat the text above" and
 * translation tricks, authority spoofing with chat-template tokens, fake turns and fake tool results, personas and modes,
 * fiction framing for harmful content, refusal suppression, payload splitting, ten obfuscation styles, 62 rows in 12
 * languages plus mixed, and 70 indirect injections in web pages, e-mails, PDFs, code, READMEs, CSV/JSON, calendar
 * invites, reviews, search results and RAG chunks, some buried in 1-2 KB documents, several asking for exfiltration)
 * and 191 benign prompts that share the vocabulary (system-prompt authors, security questions, quoted attacks being
 * classified, role-play, ordinary "ignore/override/bypass", translations, encodings, code, support playbooks for human
 * agents, tool results and long documents). Rows are built by src/build.py from the hand-written src/p*.py files.
 * Every row is scanned as role `user`; `indirect` rows also as role `tool`. Prints recall (attacks) and false-positive
 * rate (benign) per style and per language. Written without looking at the detector's rules, then studied while
 * fixing what it found (session 11): read it as a regression set now, not as held-out data.
 */
import { runInjectionJsonl } from "../injection-jsonl.js";

runInjectionJsonl(new URL("./prompts.jsonl", import.meta.url));
