import { FINDING_CATEGORIES, type FindingCategory } from "../core/finding.js";
import type { ScanFinding, Severity } from "./scan-types.js";
import { SEVERITIES, severityRank } from "./severity.js";

/** A `--fail-on` condition: findings at or above a severity, or of a category; `none` never fails. */
export type FailOn = { severity: Severity } | { category: FindingCategory } | { none: true };

const CATEGORIES: readonly string[] = FINDING_CATEGORIES;

/** Parse `--fail-on` values (comma-separated allowed): `high`, `secret`, `pii,critical`, `none`. Throws on unknown. */
export function parseFailOn(values: readonly string[]): FailOn[] {
  const out: FailOn[] = [];
  for (const v of values.flatMap((x) => x.split(",")).map((x) => x.trim().toLowerCase()).filter(Boolean)) {
    if (v === "none") out.push({ none: true });
    else if ((SEVERITIES as readonly string[]).includes(v)) out.push({ severity: v as Severity });
    else if (CATEGORIES.includes(v)) out.push({ category: v as FindingCategory });
    else throw new Error(`--fail-on: unknown value "${v}" (expected a severity: ${SEVERITIES.join(", ")}; a category: ${CATEGORIES.join(", ")}; or none)`);
  }
  return out;
}

/** Does this finding match a condition? Suppressed findings never do; with no condition, any finding does. */
export function matchesFailOn(conditions: readonly FailOn[], f: Pick<ScanFinding, "severity" | "category" | "suppressed">): boolean {
  if (f.suppressed) return false;
  if (conditions.length === 0) return true;
  for (const c of conditions) {
    if ("none" in c) return false;
  }
  for (const c of conditions) {
    if ("severity" in c && severityRank(f.severity) >= severityRank(c.severity)) return true;
    if ("category" in c && f.category === c.category) return true;
  }
  return false;
}
