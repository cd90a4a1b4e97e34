import { registerDetector, type DetectorDefinition } from "../../core/detector.js";
import type { Finding } from "../../core/finding.js";
import { createSharedScan } from "../shared/shared-scan.js";
import { SharedKeywords } from "../shared/shared-keywords.js";
import { CONFIDENTIAL_STEMS, TOPIC_WORDS } from "./topic-words.js";

const ID = "confidential.markers";

/**
 * Phrases that mark a document as not for sharing, with their scores, and the words a match can start with (every
 * match of the pattern starts with one of them, case-insensitively: `marker-starts` test). Order matters: longest
 * first.
 */
export const MARKERS: readonly (readonly [RegExp, number, string, readonly string[]])[] = [
  [/\b(?:strictly|highly|company|business|commercially|privileged and|proprietary and|personal and) confidential\b/gi, 0.9, "confidentiality marking", ["strictly", "highly", "company", "business", "commercially", "privileged", "proprietary", "personal"]],
  [/\bconfidential (?:and|&) (?:proprietary|privileged)\b/gi, 0.9, "confidentiality marking", ["confidential"]],
  [/\battorney[- ]client (?:privileged?|communication)\b/gi, 0.9, "legal privilege marking", ["attorney"]],
  [/\b(?:attorney|legal) work product\b/gi, 0.85, "legal privilege marking", ["attorney", "legal"]],
  [/\b(?:for )?internal (?:use )?only\b/gi, 0.85, "internal-only marking", ["for", "internal"]],
  [/\bdo not (?:distribute|forward|share|disclose|copy)\b/gi, 0.85, "distribution restriction", ["do not"]],
  [/\bnot for (?:external |public |wider |further )?(?:distribution|release|circulation)\b/gi, 0.85, "distribution restriction", ["not for"]],
  [/\btrade secrets?\b/gi, 0.75, "trade secret marking", ["trade secret"]],
  [/\b(?:classification|classified|sensitivity|label)\s*:\s*(?:confidential|internal|restricted|secret)\b/gi, 0.9, "classification label", ["classif", "sensitivity", "label"]],
  [/\b(?:under|subject to|covered by) (?:an? |the )?nda\b/gi, 0.75, "non-disclosure marking", ["under", "subject to", "covered by"]],
  [/\bneed[ -]to[ -]know\b/gi, 0.6, "need-to-know marking", ["need"]],
  [/\bembargoed\b/gi, 0.6, "embargo marking", ["embargoed"]],
  [/\b(?:CONFIDENTIAL|RESTRICTED)\b/g, 0.85, "confidentiality header", ["confidential", "restricted"]],
  [/\bconfidential(?:ity)?\b/gi, 0.5, "mention of confidentiality", ["confidential"]],
];

/** Every marker's start words, found in one keyword pass (made only for texts that have a stem). */
const STARTS = new SharedKeywords(MARKERS.flatMap(([, , , words]) => words));
/** Keyword index → the markers that can start with it. */
const MARKERS_OF: readonly number[][] = STARTS.keywords.map((k) => MARKERS.flatMap(([, , , words], i) => (words.includes(k) ? [i] : [])));
/** Each marker as a sticky regex, tried only where one of its start words occurs. */
const STICKY: readonly RegExp[] = MARKERS.map(([re]) => new RegExp(re.source, `${re.flags.replace("g", "")}y`));

/** Candidate starts per marker, in text order, from the start-word pass. */
function candidates(hits: readonly number[]): number[][] {
  const lists: number[][] = MARKERS.map(() => []);
  for (let h = 0; h < hits.length; h += 2) {
    const at = hits[h + 1] as number;
    for (const m of MARKERS_OF[hits[h] as number] as number[]) {
      const list = lists[m] as number[];
      if (list[list.length - 1] !== at) list.push(at);
    }
  }
  return lists;
}

/**
 * Confidentiality markers: "confidential", "internal use only", "do not distribute", "attorney-client
 * privileged", classification labels... Headers and fixed phrases score high; a lower-case "confidential" in
 * prose scores 0.5 (below the default 0.6 threshold) because people also just talk about confidentiality.
 * A cheap stem test runs first, so text without any stem costs one regex scan.
 */
export const confidentialMarkerDetector: DetectorDefinition = {
  meta: {
    id: ID,
    category: "confidential",
    entityTypes: ["CONFIDENTIAL_MARKER"],
    languages: ["en"],
    version: "1",
    description: "Document markings such as confidential, internal only, do not distribute, attorney-client privileged",
  },
  parseOptions: () => ({}),
  create: () => ({
    meta: confidentialMarkerDetector.meta,
    detect(input): Finding[] {
      const text = input.text;
      // Cheap pre-filter: every marker contains one of the stems. In the engine's scan of the original text, this is
      // one pass with the data-class health test (shared); alone, or in a view, the stem test alone is cheaper.
      const shared = input.shared;
      const stem = shared !== undefined && shared.text === text ? shared.get(TOPIC_WORDS).confidentialStem : CONFIDENTIAL_STEMS.test(text);
      if (!stem) return [];
      const out: Finding[] = [];
      const taken: [number, number][] = [];
      // Each marker's matches, in text order as a global search would find them: every match starts at one of the
      // marker's start words, so the sticky regex is tried there (after the end of the previous match) only.
      const starts = candidates((shared !== undefined && shared.text === text ? shared : createSharedScan(text)).get(STARTS.part));
      for (const [i, [, score, what]] of MARKERS.entries()) {
        const re = STICKY[i] as RegExp;
        let from = 0;
        for (const at of starts[i] as number[]) {
          if (at < from) continue;
          re.lastIndex = at;
          const m = re.exec(text);
          if (m === null) continue;
          const start = at;
          const end = start + m[0].length;
          from = end;
          // A phrase already reported (e.g. "strictly confidential") swallows its shorter parts.
          if (taken.some(([s, e]) => start < e && end > s)) continue;
          taken.push([start, end]);
          out.push({ detector: ID, category: "confidential", type: "CONFIDENTIAL_MARKER", start, end, score, explanation: what });
          if (out.length >= 200) return out;
        }
      }
      return out;
    },
  }),
};

/** The confidential-marker detector, bound for registries. */
export const confidentialMarkers = registerDetector(confidentialMarkerDetector);
