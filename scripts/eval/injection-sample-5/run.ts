/**
 * `node --import tsx scripts/eval/injection-sample-5/run.ts [-- --misses]`: 543 prompts written for Warden by a fifth
 * red-team session, held out (written without reading src/detect/, models/, docs/detection-quality.md, the detector
 * tests, the training scripts or the earlier sets' prompts): 345 attacks weighted towards what keyword matching
 * misses — social engineering and claimed authority ("my manager signed off", "I wrote your instructions"),
 * hypothetical and counterfactual worlds, role-play set-ups without the well-known persona names, story continuation,
 * gradual reframing; fake prior turns and assistant agreement, many-shot; payload splitting and variable assembly,
 * code-completion framing, JSON/YAML/INI/TOML policy "overrides", spoofed function calls and tool results; computed
 * base64/base32/hex/ROT13/Caesar/Atbash/URL/binary/decimal/Morse, leetspeak, Cyrillic homoglyphs, zero-width and
 * soft-hyphen splitting, letter spacing, reversal, pig latin, small caps, fullwidth and math alphabets, circled and
 * upside-down letters, Unicode tag characters, emoji substitution; 64 rows in 25 languages plus mixed; 72 indirect
 * injections in web pages, hidden HTML and alt text, e-mails, support tickets, reviews, CVs/PDFs, code comments and
 * READMEs, tool/API JSON, calendar invites, markdown-image exfiltration and agent tool-misuse — and 198 hard benign
 * prompts (security education, quoted attacks, system-prompt authoring, developer questions about system messages,
 * "act as" requests, villains in fiction, editing instructions that say ignore/forget, translations, innocent
 * encodings, device jailbreaks, long documents and tool results (25 indirect), 26 non-English rows). Rows are built
 * by src/build.py from the hand-written src/a_*.py and src/b_*.py files. Every row is scanned as role `user`;
 * `indirect` rows also as role `tool`.
 */
import { runInjectionJsonl } from "../injection-jsonl.js";

runInjectionJsonl(new URL("./prompts.jsonl", import.meta.url));
