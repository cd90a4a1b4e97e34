import { hash } from "node:crypto";
import type { TransformStreamDefaultController } from "node:stream/web";
import type { Endpoint } from "../api/endpoint.js";
import type { CallContext } from "../core/call-context.js";
import type { TextKind } from "../core/message-spec.js";
import { WardenError } from "../core/warden-error.js";
import type { ControlFailure, DecisionEntry, DecisionPath } from "../decide/decision-path.js";
import { sinkPendingFrom } from "../detect/exfil/index.js";
import type { EventStage } from "../forward/sse/event-stage.js";
import { isTerminalEvent } from "../forward/stream-terminal.js";
import type { SseEvent } from "../forward/sse/sse-event.js";
import { blockedError } from "./blocked-error.js";
import type { CallPolicyState } from "./call-policy-state.js";
import { endpointFor } from "./endpoint-for.js";
import type { PolicyGuard } from "./policy-guard.js";
import type { ChannelScanner, ScanResult, TextEdit, TokenRestorer } from "./stream/channel-scanner.js";
import { DEFAULT_MAX_HOLD } from "./stream/channel-buffer.js";
import { createStreamEnforcer } from "./stream/create-stream-enforcer.js";
import { pendingStart } from "./stream/pending-start.js";
import { StreamNumbering } from "./stream-numbering.js";
import { ANY_TOKEN_PATTERN, MAX_ESCAPED_TOKEN_LENGTH, MAX_TOKEN_LENGTH } from "./token-vault.js";

/**
 * The policy's side of streamed responses: a ChannelScanner running the same detectors and rules as non-streamed
 * output (direction `response`), a TokenRestorer over the call's vault conversation, and the stream enforcer that
 * holds back only the tail that could still become a match. Decisions are appended to `ctx.decisions` at the end
 * of the stream, just before its terminal event, so that the audit record of the response holds them (the header was
 * sent with the first byte, so it only carries the request side).
 */
export function createPolicyStreamStage(ctx: CallContext, guard: PolicyGuard): EventStage {
  const endpoint = endpointFor(ctx.api);
  const state = guard.stateOf(ctx);
  if (!endpoint || !state) return {};
  return new PolicyStreamStage(ctx, guard, state, endpoint);
}

/**
 * Scanner, restorer and stage of one streamed call in one object (methods on the prototype): a gateway keeps one
 * per open stream, so it costs no closures or scope objects per stream.
 */
class PolicyStreamStage implements EventStage, ChannelScanner, TokenRestorer {
  readonly maxMatchLength: number;
  readonly maxTokenLength = MAX_ESCAPED_TOKEN_LENGTH;
  /** Plain tokens, and tokens with `\u27e6`/`\u27e7`-escaped brackets as models write them in JSON arguments. */
  readonly pattern = ANY_TOKEN_PATTERN;
  /** Set (to {@link holdStart}) only when the policy allows early release: its presence turns it on. */
  readonly pendingFrom?: (text: string) => number;
  private readonly early: boolean;
  /** The enforcer's window (the hold-back, raised to the longest vault token): text further back is released anyway. */
  private readonly window: number;
  private readonly inner: EventStage;
  /** With a shared vault store: holds an event that gave a new number until the number is written there. */
  private readonly numbering?: StreamNumbering;
  private readonly started = performance.now();
  private entries: DecisionEntry[] = [];
  /** Values recorded per channel (each once, though a held value is scanned again), created on the first finding. */
  private seen: Set<string> | undefined;
  private outcome: DecisionPath["outcome"] = "allow";
  private restored = 0;
  private failure: ControlFailure | undefined;
  private recorded = false;

  constructor(
    private readonly ctx: CallContext,
    private readonly guard: PolicyGuard,
    private readonly state: CallPolicyState,
    endpoint: Endpoint,
  ) {
    this.early = releasesEarly(state);
    this.maxMatchLength = state.policy.doc.stream.holdBack;
    this.window = Math.max(state.policy.doc.stream.holdBack, MAX_ESCAPED_TOKEN_LENGTH);
    if (this.early) this.pendingFrom = this.holdStart;
    this.inner = createStreamEnforcer({ endpoint, scanner: this, restore: this });
    const shared = guard.shared;
    if (shared) {
      this.numbering = new StreamNumbering({ vault: guard.vault, shared, endpoint, conversation: state.conversation, failClosed: state.ruleSet.failMode === "closed", policyVersion: state.policy.version });
    }
  }

  /** Where a finding could still be in progress (early release). */
  holdStart(text: string): number {
    return Math.min(pendingStart(text), this.state.leakage.pendingFrom(text), sinkPendingFrom(text));
  }

  scan(text: string, channel: string, final: boolean, kind: TextKind): ScanResult {
    const { state } = this;
    const errors: string[] = [];
    const r = this.guard.scanText(state, text, { path: [channel], role: "assistant", kind }, "response", errors);
    // Released early, a value may be seen while still growing ("Maria Gar"): only complete ones are recorded (the
    // part before pendingFrom, or before the window, goes out now; the rest is scanned again).
    const recordUpTo = this.early && !final ? Math.max(this.holdStart(text), text.length - this.window) : text.length;
    for (const d of r.decided) {
      if (d.finding.end > recordUpTo && !r.block) continue;
      // The same match is seen again while it is held back: record each value once per channel.
      const key = `${channel}\u0000${d.finding.type}\u0000${hash("sha256", text.slice(d.finding.start, d.finding.end), "base64")}`;
      this.seen ??= new Set();
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.entries.push(d.entry);
      if (d.entry.action !== "allow" && d.entry.action !== "monitor" && this.outcome === "allow") this.outcome = "transform";
    }
    if (errors.length > 0) this.failure ??= { reason: "detector-error", detail: errors.slice(0, 10), failMode: state.ruleSet.failMode };
    if (errors.length > 0 && state.ruleSet.failMode === "closed") {
      this.outcome = "control-failed";
      this.record();
      return { edits: [], block: new WardenError("WARDEN_POLICY_CONTROL_FAILED", { details: { policy_version: state.policy.version }, detail: errors.join("; ") }) };
    }
    if (errors.length > 0 && this.outcome === "allow") this.outcome = "fail-open";
    if (r.block) {
      this.outcome = "block";
      this.record();
      return { edits: [], block: blockedError("WARDEN_POLICY_RESPONSE_BLOCKED", r.decided.map((d) => d.entry), state.policy.version) };
    }
    const edits: TextEdit[] = r.edits;
    // An unfinished image or link (`![x](https://…` with its URL still arriving) is held whole, also past the
    // window: a long exfiltration URL must not go out before it can be judged.
    const open = final ? text.length : sinkPendingFrom(text);
    if (open < text.length && text.length - open > DEFAULT_MAX_HOLD) {
      // Longer than the enforcer may hold: it would go out unjudged as the rest arrives. No image or frame URL is
      // that long for a good reason: the stream is stopped (fail closed).
      this.entries.push({ path: channel, role: "assistant", kind, category: "exfiltration", type: "EXFIL_UNFINISHED_SINK", detector: "exfiltration.url", start: open, end: text.length, score: 1, ruleId: "warden.stream.sink-too-long", action: "block", reason: `an unfinished image, frame or style URL longer than the stream's hold (${DEFAULT_MAX_HOLD} characters)` });
      this.outcome = "block";
      this.record();
      return { edits: [], block: blockedError("WARDEN_POLICY_RESPONSE_BLOCKED", this.entries, state.policy.version) };
    }
    return open < text.length ? { edits, holdFrom: open } : { edits };
  }

  partialFrom(text: string): number {
    // Tokens are `⟦TYPE_hex⟧`: an opening bracket near the end with no closing one after it may be a token.
    const open = text.lastIndexOf("⟦");
    const plain = open >= 0 && open >= text.length - MAX_TOKEN_LENGTH && text.indexOf("⟧", open) < 0 ? open : text.length;
    return Math.min(plain, escapedPartialFrom(text));
  }

  restore(token: string): string | undefined {
    const v = this.guard.vault.reveal(this.state.conversation, token);
    if (v !== undefined) this.restored++;
    return v;
  }

  transform(event: SseEvent, ctl: TransformStreamDefaultController<SseEvent>): void | PromiseLike<void> {
    // The stream's last event: its decision path must be in `ctx.decisions` before that event reaches the audit
    // recorder, which writes the response record then (and holds the event until the record is durable).
    const c = isTerminalEvent(this.ctx.api, event) ? this.recordingBeforeTerminal(ctl) : ctl;
    return this.numbering ? this.numbering.step(this.inner, event, c) : this.inner.transform?.(event, c);
  }

  /** `ctl`, recording the decision path just before it passes on the terminal event (after the final scans). */
  private recordingBeforeTerminal(ctl: TransformStreamDefaultController<SseEvent>): TransformStreamDefaultController<SseEvent> {
    const api = this.ctx.api;
    return {
      enqueue: (ev: SseEvent) => {
        if (isTerminalEvent(api, ev)) this.record();
        ctl.enqueue(ev);
      },
      error: (reason?: unknown) => ctl.error(reason),
      terminate: () => ctl.terminate(),
      get desiredSize() {
        return ctl.desiredSize;
      },
    };
  }

  async flush(ctl: TransformStreamDefaultController<SseEvent>): Promise<void> {
    try {
      if (this.numbering) await this.numbering.step(this.inner, undefined, ctl);
      else if (this.inner.flush) await this.inner.flush(ctl);
      // Numbers the response rules gave were written before the text carrying them left (StreamNumbering); tokens
      // (the same for a value on every replica) are shared when the stream ends, so later calls on any replica agree.
      if (this.guard.shared) await this.guard.shared.flush(this.state.conversation).catch(() => undefined);
    } finally {
      this.record();
    }
  }

  private record(): void {
    if (this.recorded) return;
    this.recorded = true;
    const { state } = this;
    (this.ctx.decisions ??= []).push({
      direction: "response",
      policyVersion: state.policy.version,
      scopes: state.ruleSet.scopes,
      outcome: this.outcome,
      entries: this.entries,
      durationMs: Math.round((performance.now() - this.started) * 100) / 100,
      ...(this.restored > 0 ? { restored: this.restored } : {}),
      ...(this.failure ? { failure: this.failure } : {}),
    });
  }
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

/**
 * Where a token with escaped brackets (`\u27e6TYPE_hex\u27e7`) may have begun without its end yet: an opening escape
 * near the end with no closing escape after it, or a tail that could still become the opening escape (`\`, `\u2`...).
 */
function escapedPartialFrom(text: string): number {
  const tail = text.slice(-MAX_ESCAPED_TOKEN_LENGTH);
  const base = text.length - tail.length;
  const m = /\\u27[eE]6(?![\s\S]*\\u27[eE]7)[\s\S]*$/.exec(tail);
  if (m) return base + m.index;
  for (let k = Math.min(5, tail.length); k >= 1; k--) {
    if (/^\\(?:u(?:2(?:7[eE]?)?)?)?$/.test(tail.slice(-k))) return text.length - k;
  }
  return text.length;
}
