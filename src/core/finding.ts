/**
 * A finding is what a detector reports: a scored span of the *original* text, with evidence.
 * Detectors never decide or act; the policy turns findings into decisions.
 */

/** Every finding category (the one list: policy schema, custom rules and `warden scan --fail-on` use it). */
export const FINDING_CATEGORIES = ["pii", "secret", "injection", "custom", "code", "confidential", "evasion", "leakage", "exfiltration"] as const;

/** Broad family a finding belongs to. Policy rules match on it. */
export type FindingCategory = (typeof FINDING_CATEGORIES)[number];

/** Which text view a match was found in; spans are always mapped back to the original text. */
export type FindingView = "original" | "normalized" | "base64" | "hex" | "url" | "leet" | "html" | "escaped" | "cipher" | "joined";

export interface Finding {
  /** Id of the detector that reported it, e.g. `pii.credit-card`. */
  detector: string;
  category: FindingCategory;
  /** Entity type, Presidio names where they overlap (EMAIL_ADDRESS, CREDIT_CARD, ...) or a rule id for secrets. */
  type: string;
  /** UTF-16 index into the original text (inclusive). */
  start: number;
  /** UTF-16 index into the original text (exclusive). */
  end: number;
  /** Confidence in 0..1. The policy applies thresholds; detectors only score. */
  score: number;
  /** Human-readable reason, never containing the matched value. */
  explanation: string;
  /** View in which the match was found, when not the original text. */
  view?: FindingView;
  /**
   * For a value reported in parts (a key cut in two with words between): the span from its first part's start to its
   * last part's end, so that a caller scanning joined texts knows the parts belong together.
   */
  spread?: { start: number; end: number };
  /**
   * For classifier findings: how many heuristic patterns back the score (0: the model's n-gram evidence alone). The
   * policy can ask for pattern evidence where ordinary text is shaped like instructions (tool definitions).
   */
  patterns?: number;
}

/** Stable ordering: by start, then longer span first, then higher score. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - a.end || b.score - a.score || a.type.localeCompare(b.type);
}
