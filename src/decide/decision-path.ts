import type { Direction, MessageRole } from "../core/detector.js";
import type { FindingCategory } from "../core/finding.js";
import type { TextKind } from "../core/message-spec.js";
import type { PolicyAction } from "./policy-schema.js";

/** What was decided about one finding. Never carries the matched value. */
export interface DecisionEntry {
  /** JSON path of the text in the body, e.g. `messages.1.content`. */
  path: string;
  role: MessageRole;
  kind: TextKind;
  category: FindingCategory;
  type: string;
  detector: string;
  start: number;
  end: number;
  score: number;
  /** Rule that decided (undefined: no rule matched, the finding is allowed). */
  ruleId: string | undefined;
  /** The action that took effect (`allow` for shadow-only matches). */
  action: PolicyAction;
  /** Why, in words (rule reason, conflict resolution, adaptive escalation...). */
  reason: string;
  /** Other enforce-mode rules that matched and lost the conflict. */
  overridden?: string[];
  /** Shadow mode: what would have happened had shadow rules been enforced. */
  shadow?: { ruleId: string; action: PolicyAction };
}

/** A control failure (detector error or time budget), and what fail mode did about it. */
export interface ControlFailure {
  reason: "detector-error" | "time-budget";
  /** Detector ids and messages (never text). */
  detail: string[];
  /** `closed`: refused; `open`: not refused (what the working detectors found is still enforced). */
  failMode: "closed" | "open";
}

/** The decision path of one direction of one call: what the audit trail stores. */
export interface DecisionPath {
  direction: Direction;
  /** SHA-256 content hash of the normalised policy. */
  policyVersion: string;
  /** Scopes that applied, least specific first. */
  scopes: readonly string[];
  /** Final outcome of this direction (`fail-open`: a control failed, nothing else happened; see `failure`). */
  outcome: "allow" | "transform" | "block" | "control-failed" | "fail-open" | "quarantined";
  entries: DecisionEntry[];
  failure?: ControlFailure;
  /** Tokens restored for the caller (response). */
  restored?: number;
  /** Adaptive controls: the principal's risk score and any escalation applied. */
  risk?: { score: number; escalation?: string };
  durationMs: number;
}

/** Short, value-free summary of one direction, e.g. `tokenize:PERSON×2,redact:aws-access-key-id×1`. */
export function summarizeDirection(p: DecisionPath): string {
  if (p.outcome === "control-failed" || p.outcome === "quarantined") return p.outcome;
  const counts = new Map<string, number>();
  for (const e of p.entries) {
    if (e.action === "allow") continue;
    const k = `${e.action}:${e.type}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const shadow = p.entries.filter((e) => e.shadow).length;
  const parts = [...counts].map(([k, n]) => `${k}×${n}`);
  if (p.failure?.failMode === "open") parts.unshift("fail-open");
  if (shadow > 0) parts.push(`shadow×${shadow}`);
  return parts.length > 0 ? parts.join(",") : "allow";
}

/** The `x-warden-decision` header: `v=<12 hex>; request=...; response=...` (ASCII-safe: `×` becomes `x`). */
export function decisionHeader(paths: readonly DecisionPath[]): string {
  const v = paths[0]?.policyVersion.slice(0, 12) ?? "none";
  const dirs = paths.map((p) => `${p.direction}=${summarizeDirection(p)}`);
  return [`v=${v}`, ...dirs].join("; ").replace(/×/g, "x");
}

/** `messages.1.content.0.text` */
export function pathString(path: readonly (string | number)[]): string {
  return path.join(".");
}
