import type { DataClass } from "../core/data-class.js";
import type { Direction } from "../core/detector.js";
import type { Finding } from "../core/finding.js";
import type { TextPart } from "../core/message-spec.js";
import { thresholdFor, type Thresholds } from "../detect/thresholds.js";
import type { CompiledRule, RuleSet } from "./compile-policy.js";
import type { DecisionEntry } from "./decision-path.js";
import { pathString } from "./decision-path.js";
import { findingDataClasses } from "./finding-data-classes.js";

/** A finding with the rule that decided it (the enforce winner), for the enforcement operators. */
export interface Decided {
  finding: Finding;
  entry: DecisionEntry;
  /** Winning enforce-mode rule, if any. */
  rule: CompiledRule | undefined;
}

export interface DecideInput {
  part: Pick<TextPart, "path" | "role" | "kind">;
  direction: Direction;
  findings: readonly Finding[];
  textClasses: readonly DataClass[];
  /** Effective thresholds (engine defaults with the policy's merged over). */
  thresholds: Thresholds;
  ruleSet: RuleSet;
  /** Response only: is this finding's value in the caller's request? */
  fromRequest?: (f: Finding) => boolean;
}

/**
 * Decide every actionable finding of one text: match every rule, then resolve conflicts. Enforce-mode rules decide
 * the action (the highest-ranked wins: block > tokenize > redact > mask > hash > monitor > allow; a tie goes to the
 * rule listed first, i.e. the most specific scope). Shadow-mode rules take part in a second resolution whose result is
 * recorded when it differs, and changes nothing. Findings below their threshold are not decided.
 */
export function decideFindings(input: DecideInput): Decided[] {
  const out: Decided[] = [];
  const { ruleSet, part, direction } = input;
  for (const f of input.findings) {
    if (f.score < thresholdFor(f, input.thresholds)) continue;
    const fromRequest = input.fromRequest;
    let memo: boolean | undefined;
    const m = {
      finding: f,
      direction,
      role: part.role,
      kind: part.kind,
      dataClasses: findingDataClasses(f, input.textClasses),
      ...(fromRequest ? { fromRequest: () => (memo ??= fromRequest(f)) } : {}),
    };
    let win: CompiledRule | undefined;
    let shadowWin: CompiledRule | undefined;
    const losers: string[] = [];
    for (const r of ruleSet.rules) {
      if (!r.matches(m)) continue;
      if (r.mode === "enforce") {
        if (!win || r.rank > win.rank) {
          if (win) losers.push(win.id);
          win = r;
        } else losers.push(r.id);
      }
      if (!shadowWin || r.rank > shadowWin.rank) shadowWin = r;
    }
    const action = win?.action ?? "allow";
    const reason = win
      ? `${win.reason ?? `rule ${win.id}`}${losers.length > 0 ? ` (most restrictive of ${losers.length + 1} matching rules)` : ""}`
      : "no rule matched";
    const entry: DecisionEntry = {
      path: pathString(part.path),
      role: part.role,
      kind: part.kind,
      category: f.category,
      type: f.type,
      detector: f.detector,
      start: f.start,
      end: f.end,
      score: Math.round(f.score * 1000) / 1000,
      ruleId: win?.id,
      action,
      reason,
    };
    if (losers.length > 0) entry.overridden = losers;
    if (shadowWin && shadowWin.mode === "shadow" && shadowWin.rank > (win?.rank ?? -1)) entry.shadow = { ruleId: shadowWin.id, action: shadowWin.action };
    out.push({ finding: f, entry, rule: win });
  }
  return out;
}
