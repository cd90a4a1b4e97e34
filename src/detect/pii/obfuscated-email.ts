import type { SharedScan } from "../../core/detector.js";
import { FIRST_NON_ASCII } from "../shared/non-ascii.js";
import { windowMatches } from "../shared/window-matches.js";
import { keywordAnchoredTest, keywordKinds } from "../shared/keyword-anchored-test.js";
import { STANDARD_KEYWORDS } from "../standard-keywords.js";
import { isRegexSpace } from "./char-class.js";
import { hasContextBefore, keywordMatcher } from "./context.js";
import { EMAIL_CONTEXT_KEYWORDS, EMAIL_CONTEXT_WORDS, OBFUSCATED_EMAIL_KEYWORDS, SPELLED_DOT_KEYWORD } from "./obfuscated-email-keywords.js";
import type { PiiHit } from "./pii-detector.js";

/**
 * E-mail addresses written to dodge filters: `john [at] example [dot] com`, `jane(at)corp(dot)io`,
 * `bob{at}mail.example.org`, `alice at example dot com`. The "@" scan cannot see them.
 *
 * - A bracketed "at" (`[at]`, `(at)`, `{at}`, `<at>`, `[@]`) followed by a domain whose dots are real or spelled
 *   (bracketed or ` dot `) is an address on its own: 0.9.
 * - A spelled " at " needs spelled dots too (`alice at example dot com`), and e-mail context before it to be
 *   actionable (0.85); without context it is reported at 0.4 ("look at this dot com" is prose).
 * Spans cover the whole obfuscated form, so a redaction removes all of it.
 */

/** Cheap gate: an obfuscated address always has a bracketed "at"/"@" or a spelled "dot". */
export const HINT = /[[({<] ?(?:at|AT|At|@) ?[\])}>]|[[({<] ?(?:dot|DOT|Dot) ?[\])}>]|\s(?:dot|DOT)\s/;

const BR_AT = String.raw`\s*[[({<]\s?(?:at|@)\s?[\])}>]\s*`;
const SP_AT = String.raw`\s+at\s+`;
const BR_DOT = String.raw`\s*[[({<]\s?dot\s?[\])}>]\s*`;
const SP_DOT = String.raw`\s+dot\s+`;
const LOCAL = String.raw`[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}`;
const LABEL = String.raw`[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?`;
const TLD = String.raw`[A-Za-z]{2,12}`;
const DOT = `(?:\\.|${BR_DOT}|${SP_DOT})`;

/** `local [at] label(.label)*.tld` with any dot style; `local at label dot ... tld` with spelled dots only. */
const BRACKETED = new RegExp(`(?<![A-Za-z0-9._%+'-])(?<local>${LOCAL})${BR_AT}(?<domain>(?:${LABEL}${DOT}){1,4}${TLD})(?![A-Za-z0-9-])`, "gi");
// the local part may be spelled with dots too ("jane dot doe at gmail dot com")
const SPELLED = new RegExp(`(?<![A-Za-z0-9._%+'-])(?<local>${LOCAL}(?:${SP_DOT}${LOCAL}){0,3})(?<at>${SP_AT})(?<domain>(?:${LABEL}${SP_DOT}){1,4}${TLD})(?![A-Za-z0-9-])`, "gi");
/** A spelled " at " before a domain with real dots ("john.smith at company.com"): only after e-mail context. */
const SPELLED_AT_REAL_DOTS = new RegExp(`(?<![A-Za-z0-9._%+'-])(?<local>${LOCAL})${SP_AT}(?<domain>(?:${LABEL}\\.){1,4}${TLD})(?![A-Za-z0-9-]|\\.[A-Za-z0-9])`, "gi");
/** A real "@" with white space around it or the dots ("j.smith @ example . com"): the "@" scan cannot join it. */
const SPACED_AT = new RegExp(`(?<![\\p{L}\\p{N}._%+'-])(?<local>[\\p{L}\\p{N}][\\p{L}\\p{N}._%+'-]{0,63})(?:[ \\t]{1,3}@[ \\t]{0,3}|@[ \\t]{1,3})(?<domain>(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?[ \\t]{0,3}\\.[ \\t]{0,3}){1,4}\\p{L}{2,12})(?![\\p{L}\\p{N}-])`, "gu");
const SPACED_DOT = /[ \t]\.|\.[ \t]/;
const SPELLED_AT_ANCHOR = /\sat\s/gi;
const LOCAL_CHAR = /[\p{L}\p{N}._%+'-]/u;

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Matches of global `re` (whose match starts with a local part of at most 64 characters) that cover position `anchor`
 * of `text`, found in a window around it; `index` is an offset into `text`. A match must not start inside a word.
 */
function* around(re: RegExp, text: string, anchor: number): Generator<RegExpExecArray> {
  for (const m of windowMatches(re, text, anchor - 72, anchor + 320)) {
    const s = m.index;
    if (s <= anchor && s + m[0].length > anchor && (s === 0 || !LOCAL_CHAR.test(text.charAt(s - 1)))) yield m;
  }
}
const isLabelChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;

/**
 * Whether a SPELLED_AT_REAL_DOTS match can hold the spelled "at" at `at` (white space on both sides): either it is
 * the match's "at", and the word after it runs on into a dot (the domain's first label), or it is the local part
 * ("at at example.com"), and another "at" follows. Neither: the window around it need not be searched.
 */
function spelledAtMayMatch(text: string, at: number): boolean {
  let j = at + 2;
  while (j < text.length && isRegexSpace(text.charCodeAt(j))) j++;
  let k = j;
  while (k < text.length && isLabelChar(text.charCodeAt(k))) k++;
  if (k > j && text.charCodeAt(k) === 46) return true;
  return (text.charCodeAt(j) | 32) === 97 && (text.charCodeAt(j + 1) | 32) === 116 && isRegexSpace(text.charCodeAt(j + 2));
}

/** Words before a spelled "at" that are not mailbox names ("reach us at acme.com" names a site). */
const NOT_A_MAILBOX = /^(?:us|me|him|her|them|you|it|we|one|someone|anyone|everyone|people|home|work|office|least|most|all|once|first|last)$/i;

const CONTEXT = keywordMatcher(EMAIL_CONTEXT_WORDS);
const CONTEXT_AT = new RegExp(CONTEXT.source, `${CONTEXT.flags}y`);
/** Standard keyword index → 1 where a CONTEXT match may have its word. */
const CONTEXT_KIND = keywordKinds(EMAIL_CONTEXT_KEYWORDS);

/** `CONTEXT.test(text)`, anchored at the shared keyword pass's context words when there is one. */
function hasEmailContext(text: string, shared: SharedScan | undefined): boolean {
  return keywordAnchoredTest(text, shared, CONTEXT_KIND, CONTEXT, CONTEXT_AT);
}
const WORD_TLD = /^(?:com|org|net|edu|gov|io|co|uk|de|fr|es|it|nl|eu|us|ca|au|in|jp|info|biz|me|ai|dev|app)$/i;

const HINT_AT = new RegExp(HINT.source, "y");
/** Standard keyword index → 1: a gate match may start at the hit, 2: one character before it ("dot"). */
const HINT_KIND = new Uint8Array(STANDARD_KEYWORDS.keywords.length);
for (const k of OBFUSCATED_EMAIL_KEYWORDS) HINT_KIND[STANDARD_KEYWORDS.index(k)] = 1;
HINT_KIND[STANDARD_KEYWORDS.index(SPELLED_DOT_KEYWORD)] = 2;

/**
 * `HINT.test(text)` from the engine's shared keyword pass: every gate match starts at one of its keywords (or just
 * before "dot"), so the gate regex runs anchored there only. Same answer, no pass of its own.
 */
export function obfuscationHint(text: string, shared: SharedScan): boolean {
  const hits = shared.get(STANDARD_KEYWORDS.part);
  for (let h = 0; h < hits.length; h += 2) {
    const kind = HINT_KIND[hits[h] as number];
    if (kind === 0) continue;
    const at = (hits[h + 1] as number) - (kind === 2 ? 1 : 0);
    if (at < 0) continue;
    HINT_AT.lastIndex = at;
    if (HINT_AT.test(text)) return true;
  }
  return false;
}

/** Append obfuscated e-mail addresses of `text` to `out` (`shared`: the engine's shared scan of `text`, if any). */
export function findObfuscatedEmails(text: string, out: PiiHit[], shared?: SharedScan): void {
  // Both forms are looked for only around their anchor (an "@" with white space near it, a spelled " at "), in a
  // window: run over the whole text, their local-part prefix is tried at every word start (~17 ms per MB each).
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    if (!isBlank(text.charCodeAt(at - 1)) && !isBlank(text.charCodeAt(at + 1)) && !SPACED_DOT.test(text.slice(at + 1, at + 96))) continue;
    for (const m of around(SPACED_AT, text, at)) {
      // white space around the "@" or inside the domain: an address written apart (one written plainly is the "@" scan's)
      if (!/\s/.test(m[0]) || (!/\s@|@\s/.test(m[0]) && !SPACED_DOT.test(m.groups?.domain ?? ""))) continue;
      // a sentence may end after a word and an "@": only a top-level domain ends the address ("support @ acme. We ...")
      if (!WORD_TLD.test((m.groups?.domain ?? "").split(".").pop()?.trim() ?? "")) continue;
      // spaces around the "@" alone, without e-mail context, may be code (`weights @ inputs.io`: a matrix product)
      if (!SPACED_DOT.test(m.groups?.domain ?? "") && !hasContextBefore(text, m.index, CONTEXT, 48)) continue;
      out.push({ type: "EMAIL_ADDRESS", start: m.index, end: m.index + m[0].length, score: 0.85, explanation: "e-mail address written with spaces around its '@' or dots" });
    }
  }
  if (hasEmailContext(text, shared)) {
    for (const a of text.matchAll(SPELLED_AT_ANCHOR)) {
      // most spelled "at"s are prose ("at the end"): no window search unless an address could hold this one
      if (!spelledAtMayMatch(text, a.index + 1)) continue;
      for (const m of around(SPELLED_AT_REAL_DOTS, text, a.index + 1)) {
        const domain = m.groups?.domain ?? "";
        const tld = domain.split(".").pop() ?? "";
        if (!WORD_TLD.test(tld) || !hasContextBefore(text, m.index, CONTEXT, 48)) continue;
        // "contact us at www.example.com", "reach him at linkedin.com": a pronoun before a site is no mailbox
        if (NOT_A_MAILBOX.test(m.groups?.local ?? "") || /^www\./i.test(domain)) continue;
        out.push({ type: "EMAIL_ADDRESS", start: m.index, end: m.index + m[0].length, score: 0.85, explanation: "e-mail address with a spelled 'at' and e-mail context" });
      }
    }
  }
  if (!(shared !== undefined && shared.text === text ? obfuscationHint(text, shared) : HINT.test(text))) return;
  for (const m of text.matchAll(BRACKETED)) {
    out.push({ type: "EMAIL_ADDRESS", start: m.index, end: m.index + m[0].length, score: 0.9, explanation: "e-mail address written with a bracketed 'at' (obfuscated)" });
  }
  // exec, not matchAll: a rejected match ("me at jane dot doe", whose "tld" is no TLD) must not hide one that starts
  // inside it ("jane dot doe at gmail dot com")
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m; m = SPELLED.exec(text)) {
    const domain = m.groups?.domain ?? "";
    const tld = domain.slice(domain.search(/[A-Za-z]+$/));
    if (!WORD_TLD.test(tld)) {
      SPELLED.lastIndex = m.index + 1;
      continue;
    }
    // "AT" and "DOT" in capitals are written to dodge filters, not prose ("look at this dot com")
    const caps = /^\s+AT\s+$/.test(m.groups?.at ?? "") && /\sDOT\s/.test(m[0]);
    const ctx = caps || hasContextBefore(text, m.index, CONTEXT, 48);
    out.push({
      type: "EMAIL_ADDRESS",
      start: m.index,
      end: m.index + m[0].length,
      score: ctx ? 0.85 : 0.4,
      explanation: ctx ? "e-mail address spelled out ('at', 'dot') with e-mail context" : "e-mail address spelled out ('at', 'dot')",
    });
  }
}
