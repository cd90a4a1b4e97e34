import { registerDetector, type DetectorDefinition } from "../../core/detector.js";
import type { Finding } from "../../core/finding.js";
import { CONFIDENTIAL_STEMS, TOPIC_WORDS } from "./topic-words.js";

const ID = "confidential.markers";

/** Phrases that mark a document as not for sharing, with their scores. Order matters: longest first. */
const MARKERS: readonly (readonly [RegExp, number, string])[] = [
  [/\b(?:strictly|highly|company|business|commercially|privileged and|proprietary and|personal and) confidential\b/gi, 0.9, "confidentiality marking"],
  [/\bconfidential (?:and|&) (?:proprietary|privileged)\b/gi, 0.9, "confidentiality marking"],
  [/\battorney[- ]client (?:privileged?|communication)\b/gi, 0.9, "legal privilege marking"],
  [/\b(?:attorney|legal) work product\b/gi, 0.85, "legal privilege marking"],
  [/\b(?:for )?internal (?:use )?only\b/gi, 0.85, "internal-only marking"],
  [/\bdo not (?:distribute|forward|share|disclose|copy)\b/gi, 0.85, "distribution restriction"],
  [/\bnot for (?:external |public |wider |further )?(?:distribution|release|circulation)\b/gi, 0.85, "distribution restriction"],
  [/\btrade secrets?\b/gi, 0.75, "trade secret marking"],
  [/\b(?:classification|classified|sensitivity|label)\s*:\s*(?:confidential|internal|restricted|secret)\b/gi, 0.9, "classification label"],
  [/\b(?:under|subject to|covered by) (?:an? |the )?nda\b/gi, 0.75, "non-disclosure marking"],
  [/\bneed[ -]to[ -]know\b/gi, 0.6, "need-to-know marking"],
  [/\bembargoed\b/gi, 0.6, "embargo marking"],
  [/\b(?:CONFIDENTIAL|RESTRICTED)\b/g, 0.85, "confidentiality header"],
  [/\bconfidential(?:ity)?\b/gi, 0.5, "mention of confidentiality"],
];

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
      for (const [pattern, score, what] of MARKERS) {
        const re = new RegExp(pattern.source, pattern.flags);
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          const start = m.index;
          const end = start + m[0].length;
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
