import type { DetectorMeta } from "../core/detector.js";
import type { FindingCategory } from "../core/finding.js";
import type { TextView } from "./normalize/text-view.js";
import { CUSTOM_KEYWORD_DETECTOR_ID } from "./custom/custom-detectors.js";

/** Which views the engine builds (all on by default). */
export interface ViewOptions {
  /** NFKC, invisible characters removed, look-alikes folded, white space collapsed. */
  normalized?: boolean;
  /** Leet-folded, for keyword and injection detectors. */
  leet?: boolean;
  /** base64 / hex / URL-encoded payloads, HTML character references, JSON / JavaScript escapes. */
  decoded?: boolean;
  /** ROT13, reversed and letter-spaced text (each only behind a cheap trigger), for injection detectors. */
  cipher?: boolean;
  /** Tokens wrapped over a line break or regrouped with dashes, put back together, for secret detectors. */
  joined?: boolean;
}

/**
 * Categories scanned in each view. The original text is scanned by every detector. Evasion and source-code
 * detectors look at the original only (they are about its surface form). Leet folding destroys digits, so only
 * word-level detectors (injection, confidentiality markers, keyword deny lists) run there. HTML character references
 * decoded are scanned by every content detector; the cipher views (ROT13, reversed text) by injection detectors only.
 */
const VIEW_CATEGORIES: Readonly<Record<TextView["kind"], ReadonlySet<FindingCategory>>> = {
  normalized: new Set(["pii", "secret", "injection", "custom", "confidential", "leakage"]),
  leet: new Set(["injection", "confidential"]),
  base64: new Set(["pii", "secret", "injection", "custom", "confidential", "leakage"]),
  hex: new Set(["pii", "secret", "injection", "custom", "confidential", "leakage"]),
  url: new Set(["pii", "secret", "injection", "custom", "confidential", "leakage"]),
  html: new Set(["pii", "secret", "injection", "custom", "confidential", "leakage"]),
  escaped: new Set(["pii", "secret", "injection", "custom", "confidential", "leakage"]),
  // ROT13, reversed, right-to-left-override, letter-spaced text and numbers read out in words: views built for hidden
  // instructions, and for keys and personal data written the same ways (each only behind a cheap trigger).
  cipher: new Set(["injection", "secret", "pii"]),
  // Keys wrapped over lines or regrouped with dashes: the view holds only those runs, without context words.
  joined: new Set(["secret"]),
};

/** Does a detector run on this kind of view? */
export function runsOnView(meta: DetectorMeta, kind: TextView["kind"]): boolean {
  if (kind === "leet" && meta.id === CUSTOM_KEYWORD_DETECTOR_ID) return true;
  if (kind === "leet" && meta.category === "custom") return false;
  return VIEW_CATEGORIES[kind].has(meta.category);
}
