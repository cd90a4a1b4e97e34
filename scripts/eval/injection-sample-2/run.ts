/**
 * `npm run eval:injection-sample-2 [-- --misses]`: 465 prompts written for Warden by a second red-team session
 * (2026-11-27, session 10): 260 attacks (overrides, extraction paraphrases, authority spoofing, fake turns, personas,
 * fiction framing, payload splitting, obfuscation, 9 languages, and 52 indirect injections in e-mails, web pages,
 * PDFs, code, CSV and JSON tool results, some buried in 1.5-2 KB documents) and 205 benign prompts that use the same
 * words (developers' system prompts, security questions, role-play, translation, code review, policy documents).
 * Every row is scanned as role `user`; documents and tool results (`indirect`) also as role `tool`. Prints recall
 * (attacks) and false-positive rate (benign) per style at the engine's thresholds. Studied while fixing what it
 * found: read it as a regression set, not as held-out data.
 */
import { runInjectionJsonl } from "../injection-jsonl.js";

runInjectionJsonl(new URL("./prompts.jsonl", import.meta.url));
