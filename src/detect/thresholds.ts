import type { Finding } from "../core/finding.js";

/**
 * Score thresholds: a finding is actionable (the default policy acts on it) when its score is at or above the
 * threshold looked up by, in order: its entity `type`, its `detector` id, its `category`, then `"*"`.
 */
export type Thresholds = Readonly<Record<string, number>>;

/** Threshold used when no key matches. */
export const FALLBACK_THRESHOLD = 0.5;

/** Merge threshold maps left to right (later maps win), dropping values that are not numbers in [0, 1]. */
export function mergeThresholds(...maps: readonly (Readonly<Record<string, number>> | undefined)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of maps) {
    if (!m) continue;
    for (const [k, v] of Object.entries(m)) if (typeof v === "number" && v >= 0 && v <= 1) out[k] = v;
  }
  return out;
}

/** The threshold that applies to a finding (see {@link Thresholds} for the lookup order). */
export function thresholdFor(finding: Pick<Finding, "type" | "detector" | "category">, thresholds: Thresholds): number {
  return thresholds[finding.type] ?? thresholds[finding.detector] ?? thresholds[finding.category] ?? thresholds["*"] ?? FALLBACK_THRESHOLD;
}

/** True when the default policy acts on this finding: its score is at or above its threshold. */
export function isActionable(finding: Finding, thresholds: Thresholds): boolean {
  return finding.score >= thresholdFor(finding, thresholds);
}
