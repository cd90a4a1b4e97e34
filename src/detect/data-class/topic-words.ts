import type { SharedScan, TextPart } from "../../core/detector.js";
import { DIGIT_TOKENS } from "../shared/digit-tokens.js";
import { STANDARD_KEYWORDS } from "../standard-keywords.js";
import { HEALTH_KEYWORDS, MRN_GATE_KEYWORD, MRN_KEYWORDS, STEM_KEYWORDS } from "./topic-keywords.js";

/** Every confidentiality marker contains one of these stems (case-insensitive): the marker detector's pre-filter. */
export const CONFIDENTIAL_STEMS = /confidential|internal|distribut|privilege|proprietary|trade secret|work product|need[ -]to[ -]know|\bnda\b|restricted|embargo/i;

/** Health context: clinical vocabulary, conditions and ICD-10 codes (lifts PII to PHI). */
export const HEALTH_WORDS =
  /\b(?:diagnos(?:is|ed|es)|patient|prescri(?:bed|ption)|medication|dosage|symptoms?|treatment|therapy|hospital(?:ized|isation|ization)?|clinic(?:al)?|admitted|discharged?|medical (?:history|record|condition)|blood (?:pressure|test|sugar)|lab results?|HIV|AIDS|diabet(?:es|ic)|cancer|tumou?r|oncology|chemotherapy|pregnan(?:t|cy)|surgery|insulin|allerg(?:y|ic)|mental health|depression|anxiety disorder|psychiatric|ICD-?10|(?:[A-TV-Z][0-9]{2}\.[0-9A-Z]{1,4}))\b/i;

/** Medical record numbers written with their label ("MRN: 00123456", "medical record no. A-12345"). */
export const MRN = /\b(?:MRN|medical record (?:number|no\.?|#))\s*[:#]?\s*[A-Z0-9][A-Z0-9-]{4,}/i;

/** Labelled MRN? A case-sensitive substring check first: the case-insensitive regex is the slow part. */
export function hasMrn(text: string): boolean {
  return (text.includes("MRN") || text.includes("ecord")) && MRN.test(text);
}

/** Does a text contain a confidentiality stem, health vocabulary, a labelled medical record number? */
export interface TopicWords {
  confidentialStem: boolean;
  health: boolean;
  labelledMrn: boolean;
}

/** Reference answers: the regexes over the whole text (what {@link topicWordsFrom} must agree with). */
export function topicWords(text: string): TopicWords {
  return { confidentialStem: CONFIDENTIAL_STEMS.test(text), health: HEALTH_WORDS.test(text), labelledMrn: hasMrn(text) };
}

const STEMS_AT = new RegExp(CONFIDENTIAL_STEMS.source, "iy");
const HEALTH_AT = new RegExp(HEALTH_WORDS.source, "iy");
const MRN_AT = new RegExp(MRN.source, "iy");
/** Kind of each standard keyword: 1 stem, 2 health word, 3 MRN label, 4 the MRN gate's "ecord", 0 none of these. */
const KIND = new Uint8Array(STANDARD_KEYWORDS.keywords.length);
for (const k of STEM_KEYWORDS) KIND[STANDARD_KEYWORDS.index(k)] = 1;
for (const k of HEALTH_KEYWORDS) KIND[STANDARD_KEYWORDS.index(k)] = 2;
for (const k of MRN_KEYWORDS) KIND[STANDARD_KEYWORDS.index(k)] = 3;
KIND[STANDARD_KEYWORDS.index(MRN_GATE_KEYWORD)] = 4;

function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/**
 * {@link topicWords} from the shared keyword pass and digit tokens instead of a regex pass: every match of either
 * regex starts at one of its keywords (or, for an ICD-10 code, at a 3-character digit token followed by "."), so
 * the regexes run anchored at those candidates only. Same answers.
 */
export function topicWordsFrom(text: string, shared: SharedScan): TopicWords {
  let confidentialStem = false;
  let health = false;
  // hasMrn: the case-sensitive gate ("MRN" or "ecord" anywhere), then a label match at some MRN keyword
  let mrnGate = false;
  let mrnLabel = false;
  const hits = shared.get(STANDARD_KEYWORDS.part);
  for (let h = 0; h < hits.length; h += 2) {
    const kind = KIND[hits[h] as number];
    if (kind === 0) continue;
    const at = hits[h + 1] as number;
    if (kind === 1) {
      if (!confidentialStem) confidentialStem = matchesAt(STEMS_AT, text, at);
    } else if (kind === 2) {
      if (!health) health = matchesAt(HEALTH_AT, text, at);
    } else if (kind === 3) {
      if (!mrnGate && text.startsWith("MRN", at)) mrnGate = true;
      if (!mrnLabel) mrnLabel = matchesAt(MRN_AT, text, at);
    } else if (!mrnGate && text.startsWith("ecord", at)) mrnGate = true;
  }
  if (!health) {
    const tk = shared.get(DIGIT_TOKENS);
    for (let i = 0; i < tk.nMixed && !health; i++) {
      const t = tk.mixed[i] as number;
      const s = tk.start[t] as number;
      const e = tk.end[t] as number;
      if (e - s === 3 && text.charCodeAt(e) === 46 /* . */) health = matchesAt(HEALTH_AT, text, s);
    }
  }
  return { confidentialStem, health, labelledMrn: mrnGate && mrnLabel };
}

/**
 * The topic words of a shared scan's text, from its keyword pass and digit tokens (confidentiality markers and data
 * classes both need them; the secret rules' keywords are found in the same pass).
 */
export const TOPIC_WORDS: TextPart<TopicWords> = { name: "topic-words", compute: (scan) => topicWordsFrom(scan.text, scan) };
