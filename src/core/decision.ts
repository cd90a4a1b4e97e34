/**
 * The decision vocabulary: what a policy evaluation returns (a value, not an exception), as the audit trail stores
 * it. Produced by decide/, consumed by enforce/ and record/.
 */
import type { Direction, MessageRole } from "./detector.js";
import type { FindingCategory } from "./finding.js";
import type { TextKind } from "./message-spec.js";

/** The closed set of policy actions, least to most restrictive. */
export const POLICY_ACTIONS = ["allow", "monitor", "hash", "mask", "redact", "tokenize", "block"] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

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
  reason: "detector-error" | "time-budget" | "vault-unavailable";
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
