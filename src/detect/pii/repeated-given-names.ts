/**
 * A person named in full is then called by their given name alone ("Chloe Mitchell worked with us … Chloe was
 * reliable", "Attendees: Pieter de Vries, … — Pieter to send the SOW"): the later mention names the same person, but
 * on its own it is one capitalised word, which the group rules score below the threshold (or, for a given name that
 * is also an ordinary word — Will, Grant, Patience — not at all). The given names (of the given-name lists) of the full
 * names found at or over the threshold are looked for again in one pass over the text; a mention is reported unless it is covered by a
 * finding already. A given name that is an ordinary word counts only where a person reads: before a verb of a
 * subject, "to" (an action item), a possessive or punctuation, and not after an article or a time preposition
 * ("the Grant", "in May, …").
 */
import type { Gazetteers } from "./gazetteers.js";
import type { PiiHit } from "./pii-detector.js";
import { SpanSet } from "./span-set.js";

/** The PERSON threshold of the PII detector. */
const THRESHOLD = 0.6;
/** Score of a repeated given name. */
const SCORE = 0.65;
/** The given name of a full name: a capitalised word (hyphenated parts allowed) then a space and another word. */
const GIVEN_NAME = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]+\p{L}/u;
/** Where a person reads after an ordinary word: a subject's verb, an action item's "to", a possessive, punctuation. */
const PERSON_AFTER = /^(?:['’]s\b|[ \t]*[,:;)!?]|[ \t]*\.(?:\s|$)|[ \t]+(?:was|is|has|had|will|would|can|could|should|must|did|does|to|said|says|asked|asks|wrote|writes|called|calls|wants|wanted|needs|needed|joined|left|agreed|confirmed|handles|handled|led|leads|works|worked)\b)/;
/** An article or a determiner before a word: a thing ("the Grant", "this Summer"). */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|this|that|these|those|our|your|their|its|every)[ \t]+$/iu;
/** A time preposition before an ordinary word: a date or a season ("in May", "since Summer"). */
const TIME_BEFORE = /(?:^|[^\p{L}])(?:in|on|by|since|until|till|from|of|during|before|after|next|last)[ \t]+$/iu;
/** How many characters before a mention the article check reads. */
const LOOK_BACK = 12;

/** A capitalised word standing alone (hyphenated given names whole: "Jean-Luc"). */
const CAP_WORD = /(?<![\p{L}\p{M}\d'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{M}\d-])/gu;

/**
 * Raise or add the later given-name mentions of the full names among `out[from..]`. `ordinaryNames`: given names that
 * are ordinary words in lower case ("grant", "rose"), beside the common-word list.
 */
export function repeatedGivenNames(text: string, g: Gazetteers, out: PiiHit[], from: number, ordinaryNames: ReadonlySet<string>): void {
  const given = new Set<string>();
  const found = new SpanSet<PiiHit>();
  for (let k = from; k < out.length; k++) {
    const h = out[k]!;
    if (h.score < THRESHOLD) continue;
    found.add(h);
    if (h.type !== "PERSON" || h.end - h.start > 60) continue;
    const m = GIVEN_NAME.exec(text.slice(h.start, h.end));
    // a given name of the lists: the first word of a full name may be a greeting or a label ("Merhaba Hatice")
    if (m && (g.firstNames.has(m[1]!) || g.firstNames.has(m[1]!.split("-")[0]!))) given.add(m[1]!);
  }
  if (given.size === 0) return;
  // below-threshold PERSON hits by their span, to raise rather than duplicate
  const weak = new Map<string, PiiHit>();
  const below = new SpanSet<PiiHit>();
  for (let k = from; k < out.length; k++) {
    const h = out[k]!;
    if (h.score >= THRESHOLD) continue;
    below.add(h);
    if (h.type === "PERSON") weak.set(`${h.start}:${h.end}`, h);
  }
  // one pass over the capitalised words, each looked up in the set (an alternation of the names would cost a
  // probe per name at every position: quadratic on a table of thousands of names)
  CAP_WORD.lastIndex = 0;
  for (let m = CAP_WORD.exec(text); m; m = CAP_WORD.exec(text)) {
    if (!given.has(m[0])) continue;
    const s = m.index;
    const e = s + m[0].length;
    if (found.some(s, e)) continue;
    // the next word capitalised: another name or a title of something ("Grant Programme")
    if (/^[ \t]+\p{Lu}/u.test(text.slice(e, e + 2))) continue;
    const before = text.slice(Math.max(0, s - LOOK_BACK), s);
    if (ARTICLE_BEFORE.test(before)) continue;
    const lower = m[0].toLowerCase();
    if (g.commonWords.has(lower) || ordinaryNames.has(lower)) {
      if (!PERSON_AFTER.test(text.slice(e, e + 16)) || TIME_BEFORE.test(before)) continue;
    }
    const old = weak.get(`${s}:${e}`);
    if (old) {
      old.score = SCORE;
      old.explanation = "given name of a person named in full in the same text";
      continue;
    }
    if (below.some(s, e)) continue;
    const h: PiiHit = { type: "PERSON", start: s, end: e, score: SCORE, explanation: "given name of a person named in full in the same text" };
    out.push(h);
    found.add(h);
  }
}
