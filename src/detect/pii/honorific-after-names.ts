/**
 * Given names before a form of address that follows the name: Japanese ("Kenji san", "Tanaka-sensei"), South Asian
 * ("Ramesh uncle", "priya didi", "Sharma ji"), Turkish ("Fatma Hanım", "emre abi", "Mehmet Bey"), Persian ("Sara
 * jan") and Korean romanised ("Minji ssi"). The word before must be a given name of the lists (a surname too before
 * the Japanese honorifics and "ji"); a lower-case one must be no ordinary word, and a capitalised ordinary word
 * ("Will uncle …" at a sentence start) is not taken. The pass runs only where a honorific word stands after a space
 * or hyphen.
 */
import type { SharedScan } from "../../core/detector.js";
import { keywordAnchoredMatches, keywordKinds } from "../shared/keyword-anchored-test.js";
import type { Gazetteers } from "./gazetteers.js";
import { HONORIFIC_KEYWORDS } from "./lower-case-cue-keywords.js";
import type { PiiHit } from "./pii-detector.js";

/** Honorifics after a name; the ones that are also ordinary words elsewhere only in lower case or hyphenated. */
// no /u: a plain regex scans a long text several times faster
const HONORIFIC = /[ \t-](san|sama|kun|chan|sensei|senpai|ji|jee|saab|sahab|sahib|uncle|aunty|auntie|didi|bhai|bhaiya|bhaiyya|bhabhi|akka|abi|abla|hanım|hanim|bey|hoca|hocam|efendi|amca|teyze|jan|joon|khanum|oppa|unnie|hyung|noona|ssi|nim)(?![A-Za-z0-9_\u00c0-\u024f])/gi;
/** Honorifics that may be capitalised after a name ("Fatma Hanım", "Mehmet Bey", "Ramesh Uncle", "Sharma Ji"). */
const TITLE_CASE_OK = new Set(["sama", "sensei", "senpai", "ji", "saab", "sahab", "sahib", "uncle", "aunty", "auntie", "didi", "bhai", "bhaiya", "bhaiyya", "bhabhi", "hanım", "hanim", "bey", "hoca", "hocam", "efendi", "khanum"]);
/** Honorifics after which a family name is as usual as a given name. */
const SURNAME_OK = new Set(["san", "sama", "kun", "chan", "sensei", "senpai", "ji", "jee", "saab", "sahab", "sahib", "bey", "hoca", "hocam", "efendi"]);
/** Particles that follow any word in chat ("haan ji", "chal bhai", "ok jan"): after a lower-case word they say nothing. */
const PARTICLE_LIKE = new Set(["ji", "jee", "bhai", "jan", "joon", "nim", "ssi"]);
/** Chat words that the given-name lists hold ("Okay", "Come" are given names somewhere). */
const LOWER_STOP = new Set(["okay", "come", "sorry", "thanks", "hello", "haan", "yaar", "arre", "acha", "achha", "theek", "thik", "chal", "chalo", "tamam", "evet", "hadi", "merhaba"]);
const WORD_BEFORE = /(?<![\p{L}\p{N}_@.'’-])(\p{L}[\p{Ll}'’]{1,20})$/u;
/** A sentence or line start before the name: a capitalised ordinary word there says nothing. */
const SENTENCE_START = /(?:^|[.!?\n]\s*|["“(]\s*)$/u;

const HONORIFIC_AT = new RegExp(HONORIFIC.source, "iy");
/** Standard keyword index → 1 for the honorific keywords. */
const HONORIFIC_KIND = keywordKinds(HONORIFIC_KEYWORDS);

/**
 * `g`: the gazetteers; `lowerNameWords`: given names that are ordinary words in lower case ("will", "grace");
 * `shared`: the engine's shared scan, whose keyword pass anchors the honorifics of an ASCII text.
 */
export function honorificAfterNames(text: string, g: Gazetteers, out: PiiHit[], lowerNameWords: ReadonlySet<string>, shared?: SharedScan): void {
  for (const m of keywordAnchoredMatches(text, shared, HONORIFIC_KIND, HONORIFIC, HONORIFIC_AT)) {
    const hon = m[1]!;
    const lower = hon.toLowerCase();
    const hyphen = text.charCodeAt(m.index) === 45;
    if (hon !== lower && !(TITLE_CASE_OK.has(lower) && hon === hon.charAt(0).toUpperCase() + hon.slice(1).toLowerCase())) continue;
    // "san" lower-case or hyphenated ("Kenji san", "Tanaka-san"), never "San" (San Diego, San Jose)
    if (hon !== lower && lower === "san") continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const w = WORD_BEFORE.exec(before)?.[1];
    if (w === undefined || w.length < 3) continue;
    const s = m.index - w.length;
    const capitalised = w.charAt(0) !== w.charAt(0).toLowerCase();
    const Title = w.charAt(0).toUpperCase() + w.slice(1);
    const known = g.firstNames.has(Title) || (SURNAME_OK.has(lower) && g.surnames.has(Title));
    if (!known) continue;
    if (!capitalised && (PARTICLE_LIKE.has(lower) || LOWER_STOP.has(w))) continue;
    const common = g.commonWords.has(w.toLowerCase()) || lowerNameWords.has(w.toLowerCase()) || LOWER_STOP.has(w.toLowerCase());
    if (common && (!capitalised || SENTENCE_START.test(text.slice(Math.max(0, s - 4), s)))) continue;
    // the hyphenated form is one word ("Kenji-san"); a space between a lower-case word and the honorific is chat
    out.push({ type: "PERSON", start: s, end: m.index, score: hyphen || capitalised ? 0.8 : 0.7, explanation: `given name before the honorific "${hon}"` });
  }
}
