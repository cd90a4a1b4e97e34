import type { Decided } from "../decide/decide.js";

/**
 * Adaptive escalation of one text's decisions: `redact` turns allowed/monitored findings into redactions, `block`
 * blocks on any decided finding. The rule that lost is kept in `overridden`.
 */
export function escalateDecisions(decided: Decided[], level: "redact" | "block"): void {
  for (const d of decided) {
    const e = d.entry;
    if (level === "redact" && e.action !== "allow" && e.action !== "monitor") continue;
    if (level === "block" && e.action === "block") continue;
    if (e.ruleId) e.overridden = [...(e.overridden ?? []), e.ruleId];
    e.ruleId = `adaptive.${level}`;
    e.action = level;
    e.reason = `adaptive control: the caller's risk score calls for ${level}`;
    d.rule = undefined;
  }
}
