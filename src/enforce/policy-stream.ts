import { createHash } from "node:crypto";
import type { CallContext } from "../core/call-context.js";
import type { TextKind } from "../core/message-spec.js";
import { WardenError } from "../core/warden-error.js";
import type { ControlFailure, DecisionEntry, DecisionPath } from "../decide/decision-path.js";
import { sinkPendingFrom } from "../detect/exfil/index.js";
import type { EventStage } from "../forward/sse/event-stage.js";
import { endpointFor, blockedError, type CallPolicyState, type PolicyGuard } from "./policy-guard.js";
import type { ChannelScanner, ScanResult, TextEdit, TokenRestorer } from "./stream/channel-scanner.js";
import { createStreamEnforcer } from "./stream/create-stream-enforcer.js";
import { pendingStart } from "./stream/pending-start.js";
import { MAX_TOKEN_LENGTH, TOKEN_PATTERN } from "./token-vault.js";

/**
 * The policy's side of streamed responses: a ChannelScanner running the same detectors and rules as non-streamed
 * output (direction `response`), a TokenRestorer over the call's vault conversation, and the stream enforcer that
 * holds back only the tail that could still become a match. Decisions are appended to `ctx.decisions` at the end
 * of the stream (the header was sent with the first byte, so it only carries the request side).
 */
export function createPolicyStreamStage(ctx: CallContext, guard: PolicyGuard): EventStage {
  const endpoint = endpointFor(ctx.api);
  const found = guard.stateOf(ctx);
  if (!endpoint || !found) return {};
  const state = found;
  const entries: DecisionEntry[] = [];
  const seen = new Set<string>();
  const started = performance.now();
  let outcome: DecisionPath["outcome"] = "allow";
  let restored = 0;
  let failure: ControlFailure | undefined;

  const early = releasesEarly(state);
  // The enforcer's window (the hold-back, raised to the longest vault token): text further back is released anyway.
  const window = Math.max(state.policy.doc.stream.holdBack, MAX_TOKEN_LENGTH);
  const pendingFrom = (text: string): number => Math.min(pendingStart(text), state.leakage.pendingFrom(text), sinkPendingFrom(text));
  const scanner: ChannelScanner = {
    maxMatchLength: state.policy.doc.stream.holdBack,
    ...(early ? { pendingFrom } : {}),
    scan(text: string, channel: string, final: boolean, kind: TextKind): ScanResult {
      const errors: string[] = [];
      const r = guard.scanText(state, text, { path: [channel], role: "assistant", kind }, "response", errors);
      // Released early, a value may be seen while still growing ("Maria Gar"): only complete ones are recorded (the
      // part before pendingFrom, or before the window, goes out now; the rest is scanned again).
      const recordUpTo = early && !final ? Math.max(pendingFrom(text), text.length - window) : text.length;
      for (const d of r.decided) {
        if (d.finding.end > recordUpTo && !r.block) continue;
        // The same match is seen again while it is held back: record each value once per channel.
        const key = `${channel}\u0000${d.finding.type}\u0000${createHash("sha256").update(text.slice(d.finding.start, d.finding.end)).digest("base64")}`;
        if (seen.has(key)) continue;
        seen.add(key);
        entries.push(d.entry);
        if (d.entry.action !== "allow" && d.entry.action !== "monitor" && outcome === "allow") outcome = "transform";
      }
      if (errors.length > 0) failure ??= { reason: "detector-error", detail: errors.slice(0, 10), failMode: state.ruleSet.failMode };
      if (errors.length > 0 && state.ruleSet.failMode === "closed") {
        outcome = "control-failed";
        record();
        return { edits: [], block: new WardenError("WARDEN_POLICY_CONTROL_FAILED", { details: { policy_version: state.policy.version }, detail: errors.join("; ") }) };
      }
      if (errors.length > 0 && outcome === "allow") outcome = "fail-open";
      if (r.block) {
        outcome = "block";
        record();
        return { edits: [], block: blockedError("WARDEN_POLICY_RESPONSE_BLOCKED", r.decided.map((d) => d.entry), state.policy.version) };
      }
      const edits: TextEdit[] = r.edits;
      // An unfinished image or link (`![x](https://…` with its URL still arriving) is held whole, also past the
      // window: a long exfiltration URL must not go out before it can be judged.
      const open = final ? text.length : sinkPendingFrom(text);
      return open < text.length ? { edits, holdFrom: open } : { edits };
    },
  };

  const restore: TokenRestorer = {
    maxTokenLength: MAX_TOKEN_LENGTH,
    pattern: TOKEN_PATTERN,
    partialFrom(text) {
      // Tokens are `⟦TYPE_hex⟧`: an opening bracket near the end with no closing one after it may be a token.
      const open = text.lastIndexOf("⟦");
      return open >= 0 && open >= text.length - MAX_TOKEN_LENGTH && text.indexOf("⟧", open) < 0 ? open : text.length;
    },
    restore(token) {
      const v = guard.vault.reveal(state.conversation, token);
      if (v !== undefined) restored++;
      return v;
    },
  };

  const inner = createStreamEnforcer({ endpoint, scanner, restore });
  let recorded = false;
  function record(): void {
    if (recorded) return;
    recorded = true;
    (ctx.decisions ??= []).push({
      direction: "response",
      policyVersion: state.policy.version,
      scopes: state.ruleSet.scopes,
      outcome,
      entries,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      ...(restored > 0 ? { restored } : {}),
      ...(failure ? { failure } : {}),
    });
  }
  return {
    transform: inner.transform?.bind(inner),
    async flush(controller) {
      try {
        if (inner.flush) await inner.flush(controller);
        // Numbers and tokens the response rules gave mid-stream went out as they were made (restoring and
        // releasing are synchronous); they are shared when the stream ends, so later calls on any replica agree.
        if (guard.shared) await guard.shared.flush(state.conversation).catch(() => undefined);
      } finally {
        record();
      }
    },
  };
}

/** Categories whose values the early-release rule ({@link pendingStart}) and the leakage check know how to hold. */
const EARLY_CATEGORIES = new Set(["pii", "secret", "leakage", "exfiltration"]);
/** Types decided on the first text of their channel (a tool call after an indirect injection covers the whole call). */
const EARLY_TYPES = new Set(["INJECTED_TOOL_CALL"]);

/**
 * Whether text may be released before the window fills: only when every rule that can change a response acts on
 * categories whose in-progress values `pendingStart` and the leakage check recognise (an injection phrase or a
 * custom pattern is made of ordinary words, so a policy acting on those in responses keeps the full window), and
 * adaptive escalation is not turning other findings into actions.
 */
function releasesEarly(state: CallPolicyState): boolean {
  if (state.escalation !== "none") return false;
  const doc = state.policy.doc;
  const docRules = [...doc.rules, ...doc.scopes.flatMap((sc) => sc.rules)];
  for (const rule of state.ruleSet.rules) {
    if (rule.mode !== "enforce" || rule.action === "allow" || rule.action === "monitor") continue;
    const sources = docRules.filter((d) => d.id === rule.id);
    if (sources.length === 0) return false;
    for (const d of sources) {
      const dir = d.match.direction;
      const directions = dir === undefined ? ["request", "response"] : Array.isArray(dir) ? dir : [dir];
      if (!directions.includes("response")) continue;
      const types = d.match.type === undefined ? [] : Array.isArray(d.match.type) ? d.match.type : [d.match.type];
      if (types.length > 0 && types.every((t) => EARLY_TYPES.has(t))) continue;
      const cat = d.match.category;
      if (cat === undefined) return false;
      for (const c of Array.isArray(cat) ? cat : [cat]) if (!EARLY_CATEGORIES.has(c)) return false;
    }
  }
  return true;
}
