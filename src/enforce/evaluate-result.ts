import type { Direction, MessageRole } from "../core/detector.js";
import type { TextKind } from "../core/message-spec.js";
import type { DecisionEntry, DecisionPath } from "../decide/decision-path.js";

/** Options of {@link PolicyGuard.evaluate}. */
export interface EvaluateOptions {
  direction?: Direction;
  role?: MessageRole;
  /** What the text is; by default what the endpoints make of a message in `role` (a tool result, a system prompt, text). */
  kind?: TextKind;
  tenant?: string;
  app?: string;
  model?: string;
  provider?: string;
  system?: string;
  request?: string;
  conversation?: string;
}

/** What {@link PolicyGuard.evaluate} decided. */
export interface EvaluateResult {
  outcome: DecisionPath["outcome"];
  entries: DecisionEntry[];
  /** The enforced text (the input when nothing changed or it was blocked). */
  text: string;
  policyVersion: string;
  errors: string[];
}
