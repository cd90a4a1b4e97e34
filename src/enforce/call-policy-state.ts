import type { TextPart } from "../core/message-spec.js";
import type { CompiledPolicy, RuleSet } from "../decide/compile-policy.js";
import type { Decided } from "../decide/decide.js";
import type { Escalation } from "../decide/risk-tracker.js";
import type { DetectionEngine } from "../detect/engine.js";
import type { Thresholds } from "../detect/thresholds.js";
import type { IndirectInjection } from "./indirect-injection.js";
import type { LeakageDetector } from "./leakage-detector.js";
import type { Edit } from "./operators.js";

/** Per-call state kept between the request and the response side. */
export interface CallPolicyState {
  policy: CompiledPolicy;
  ruleSet: RuleSet;
  thresholds: Thresholds;
  conversation: string;
  leakage: LeakageDetector;
  /** Lower-cased request text, to tell values the caller sent from values the model made up. */
  haystack?: string;
  /** The request's text parts, from which `haystack` is made the first time a response rule needs it. */
  requestParts?: readonly TextPart[];
  /** The detection engine for this call (the policy's own, or the guard's default). */
  engine: DetectionEngine;
  /** Adaptive controls: the principal and what its risk score called for when the call began. */
  principal: string;
  escalation: Escalation;
  /** Set by the request side when untrusted content (tool result, document) tries to steer the model. */
  indirect?: IndirectInjection;
  /** Hosts that untrusted content asked the model to link to (injected-links.ts); links to them are INJECTED_LINK. */
  injectedLinks?: ReadonlySet<string>;
}

/** A text scanned on one side, with its decisions and what it became. */
export interface ScannedText {
  decided: Decided[];
  /** Enforced text, or undefined when unchanged. */
  text: string | undefined;
  /** The replacements that made `text` (sorted, non-overlapping). */
  edits: Edit[];
  block: boolean;
}

/** Lower-cased request text, made on first use (a plain field and a function: no getter closure per call). */
export function haystackOf(state: CallPolicyState): string {
  state.haystack ??= (state.requestParts ?? []).map((p) => p.text).join("\n").toLowerCase();
  return state.haystack;
}
