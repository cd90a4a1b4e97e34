import type { TextPart } from "../../core/detector.js";

/** Every confidentiality marker contains one of these stems (case-insensitive): the marker detector's pre-filter. */
export const CONFIDENTIAL_STEMS = /confidential|internal|distribut|privilege|proprietary|trade secret|work product|need[ -]to[ -]know|\bnda\b|restricted|embargo/i;

/** Health context: clinical vocabulary, conditions and ICD-10 codes (lifts PII to PHI). */
export const HEALTH_WORDS =
  /\b(?:diagnos(?:is|ed|es)|patient|prescri(?:bed|ption)|medication|dosage|symptoms?|treatment|therapy|hospital(?:ized|isation|ization)?|clinic(?:al)?|admitted|discharged?|medical (?:history|record|condition)|blood (?:pressure|test|sugar)|lab results?|HIV|AIDS|diabet(?:es|ic)|cancer|tumou?r|oncology|chemotherapy|pregnan(?:t|cy)|surgery|insulin|allerg(?:y|ic)|mental health|depression|anxiety disorder|psychiatric|ICD-?10|(?:[A-TV-Z][0-9]{2}\.[0-9A-Z]{1,4}))\b/i;

/** Does a text contain a confidentiality stem, and health vocabulary? */
export interface TopicWords {
  confidentialStem: boolean;
  health: boolean;
}

// One regex for both: on text with neither (most text), one pass instead of two (~30 % less than two tests).
const EITHER = new RegExp(`(${CONFIDENTIAL_STEMS.source})|${HEALTH_WORDS.source}`, "gi");
const STEMS_FROM = new RegExp(CONFIDENTIAL_STEMS.source, "gi");
const HEALTH_FROM = new RegExp(HEALTH_WORDS.source, "gi");

function foundFrom(re: RegExp, text: string, from: number): boolean {
  re.lastIndex = from;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/**
 * Both answers from one scan, exactly as `CONFIDENTIAL_STEMS.test(text)` and `HEALTH_WORDS.test(text)` would
 * give them: the combined regex finds the leftmost match of either kind; no match of the other kind starts
 * before it, so that one is searched for from there on.
 */
export function topicWords(text: string): TopicWords {
  EITHER.lastIndex = 0;
  const m = EITHER.exec(text);
  EITHER.lastIndex = 0;
  if (m === null) return { confidentialStem: false, health: false };
  if (m[1] !== undefined) return { confidentialStem: true, health: foundFrom(HEALTH_FROM, text, m.index) };
  return { confidentialStem: foundFrom(STEMS_FROM, text, m.index), health: true };
}

/** {@link topicWords} as a shared part (confidentiality markers and data classes both need it). */
export const TOPIC_WORDS: TextPart<TopicWords> = { name: "topic-words", compute: topicWords };
