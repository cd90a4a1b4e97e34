import { WardenError } from "../core/warden-error.js";
import type { DecisionEntry } from "../decide/decision-path.js";

/** A block refusal: stable code, rule ids and types as reasons, never the values. */
export function blockedError(code: "WARDEN_POLICY_BLOCKED" | "WARDEN_POLICY_RESPONSE_BLOCKED", entries: readonly DecisionEntry[], version: string): WardenError {
  const seen = new Set<string>();
  const reasons: { rule: string; type: string; category: string }[] = [];
  for (const e of entries) {
    if (e.action !== "block" || !e.ruleId) continue;
    const k = `${e.ruleId}\u0000${e.type}`;
    if (seen.has(k)) continue;
    seen.add(k);
    reasons.push({ rule: e.ruleId, type: e.type, category: e.category });
  }
  return new WardenError(code, { details: { reasons, policy_version: version } });
}
