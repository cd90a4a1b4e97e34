/**
 * A chat message that opens with the writer's name and "here" ("dave here, can you…", "jens vandenbroucke hier, mijn
 * gsm is…", "hola, marta aquí"): a given name of the lists (then maybe a surname), in any case, at the start of the
 * text or a line, or after a greeting, right before here/hier/aquí/aqui/qui/ici/tady/tutaj. A lower-case given name
 * must be no ordinary word ("will here" is not taken).
 */
import type { SharedScan } from "../../core/detector.js";
import { keywordAnchoredMatches, keywordKinds } from "../shared/keyword-anchored-test.js";
import type { Gazetteers } from "./gazetteers.js";
import { HERE_KEYWORDS } from "./lower-case-cue-keywords.js";
import type { PiiHit } from "./pii-detector.js";
import { lineStartWithin } from "./line-bounds.js";

// no /u and no look-behind: the regex scans the whole text, and a plain one is several times faster
const HERE = /[ \t](?:here|hier|aquí|aqui|qui|ici|tady|tutaj)(?![A-Za-z0-9_\u00c0-\u024f])/gi;
const HERE_AT = new RegExp(HERE.source, "iy");
/** Standard keyword index → 1 for the "here" words. */
const HERE_KIND = keywordKinds(HERE_KEYWORDS);
/** How far into its line a message-opening name may end. */
const MAX_LEAD = 56;
/** The name and what may stand before it: nothing, a line break, or a greeting with its punctuation. */
const OPENING = /(?:^|[\n\r])[ \t]*(?:(?:hi|hey|hello|hoi|hallo|hola|ciao|salut|bonjour|oi|olá|ahoj|cześć|siema|yo)[ \t]*[,!]?[ \t]+)?(\p{L}[\p{L}'’-]{1,20})(?:[ \t]+(\p{L}[\p{L}'’-]{1,24}))?$/iu;

/** Chat words the given-name lists hold ("Okay" and "Come" are given names somewhere). */
const CHAT_WORDS = new Set(["okay", "come", "sorry", "hello", "thanks"]);

/** `lowerNameWords`: given names that are ordinary words in lower case ("will", "grace"). */
export function namesBeforeHere(text: string, g: Gazetteers, out: PiiHit[], lowerNameWords: ReadonlySet<string>, shared?: SharedScan): void {
  for (const m of keywordAnchoredMatches(text, shared, HERE_KIND, HERE, HERE_AT)) {
    // the name opens its line (or the text): look only near a line start
    const ls = lineStartWithin(text, m.index, MAX_LEAD, true);
    if (ls < 0) continue;
    const o = OPENING.exec(text.slice(ls, m.index));
    if (!o) continue;
    const first = o[1]!;
    const Title = first.charAt(0).toUpperCase() + first.slice(1).toLowerCase();
    const lower = first.toLowerCase();
    if (!g.firstNames.has(Title) || g.commonWords.has(lower) || lowerNameWords.has(lower) || CHAT_WORDS.has(lower)) continue;
    const second = o[2];
    if (second !== undefined && g.commonWords.has(second.toLowerCase())) continue;
    const start = ls + o[0].lastIndexOf(first);
    out.push({ type: "PERSON", start, end: m.index, score: second !== undefined ? 0.75 : 0.7, explanation: "a given name opening a message before \"here\"" });
  }
}
