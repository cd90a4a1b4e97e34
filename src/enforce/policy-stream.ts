import { createHash } from "node:crypto";
import type { CallContext } from "../core/call-context.js";
import type { TextKind } from "../core/message-spec.js";
import { WardenError } from "../core/warden-error.js";
import type { ControlFailure, DecisionEntry, DecisionPath } from "../decide/decision-path.js";
import type { EventStage } from "../forward/sse/event-stage.js";
import { endpointFor, blockedError, type PolicyGuard } from "./policy-guard.js";
import type { ChannelScanner, ScanResult, TextEdit, TokenRestorer } from "./stream/channel-scanner.js";
import { createStreamEnforcer } from "./stream/create-stream-enforcer.js";
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

  const scanner: ChannelScanner = {
    maxMatchLength: state.policy.doc.stream.holdBack,
    scan(text: string, channel: string, _final: boolean, kind: TextKind): ScanResult {
      const errors: string[] = [];
      const r = guard.scanText(state, text, { path: [channel], role: "assistant", kind }, "response", errors);
      for (const d of r.decided) {
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
      return { edits };
    },
  };

  const restore: TokenRestorer = {
    maxTokenLength: MAX_TOKEN_LENGTH,
    pattern: TOKEN_PATTERN,
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
      } finally {
        record();
      }
    },
  };
}
