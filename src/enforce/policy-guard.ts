import { performance } from "node:perf_hooks";
import type { CallContext } from "../core/call-context.js";
import type { Direction } from "../core/detector.js";
import type { Finding } from "../core/finding.js";
import { setAtPath } from "../core/json-path.js";
import type { JsonObject } from "../core/json.js";
import type { TextPart } from "../core/message-spec.js";
import { WardenError } from "../core/warden-error.js";
import type { CallTarget, CompiledPolicy, RuleSet } from "../decide/compile-policy.js";
import { decideFindings } from "../decide/decide.js";
import { decisionHeader, type ControlFailure, type DecisionEntry, type DecisionPath } from "../decide/decision-path.js";
import { ACTION_RANK } from "../decide/policy-schema.js";
import { RiskTracker } from "../decide/risk-tracker.js";
import type { DetectionEngine } from "../detect/engine.js";
import { engineRecipe } from "../detect/engine-recipe.js";
import type { DetectionThreads } from "../detect/threads/detection-threads.js";
import { PII_SCANNERS } from "../detect/pii/pii-scanners.js";
import type { Thresholds } from "../detect/thresholds.js";
import { effectiveThresholds } from "./effective-thresholds.js";
import type { EventStage } from "../forward/sse/event-stage.js";
import { blockedError } from "./blocked-error.js";
import { type CallPolicyState, haystackOf, type ScannedText } from "./call-policy-state.js";
import { callTargetOf } from "./call-target-of.js";
import { containsWord } from "./contains-word.js";
import { DetectionCache } from "./detection-cache.js";
import { emptyLogprobs } from "./empty-logprobs.js";
import { endpointFor } from "./endpoint-for.js";
import { escalateDecisions } from "./escalate-decisions.js";
import type { EvaluateOptions, EvaluateResult } from "./evaluate-result.js";
import type { Guard, RequestVerdict, ResponseVerdict } from "./guard.js";
import { findIndirectInjection, offeredToolNames, responseHasToolCall } from "./indirect-injection.js";
import { injectedLinkFindings, injectedLinkHosts } from "./injected-links.js";
import { LeakageCache } from "./leakage-cache.js";
import { createLeakageDetector } from "./leakage-detector.js";
import { applyEdits, type OperatorContext, type Rewrite, rewriteEdits } from "./operators.js";
import { PolicyHolder } from "./policy-holder.js";
import { requestScanTexts, responseScanTexts, scanRequestParts, scanResponseParts, type TextToScan } from "./scan-parts.js";
import { TOKEN_PATTERN, TokenVault } from "./token-vault.js";
import type { SharedVault } from "./vault/shared-vault.js";

export interface PolicyGuardOptions {
  /** The active policy; a holder lets reloads swap it atomically (in-flight calls keep the version they began with). */
  policy: PolicyHolder | CompiledPolicy;
  engine: DetectionEngine;
  vault?: TokenVault;
  /** The shared store behind `vault` (replicas): loaded before a request is enforced, written through after. */
  shared?: SharedVault;
  /** Builds the stream stage for a call (the stream enforcer); default: pass-through. */
  stream?: (ctx: CallContext, guard: PolicyGuard) => EventStage;
  /** Detection threads for large texts; absent: every text is detected on the calling thread. */
  threads?: GuardThreads;
}


/** The PII set's scanners as threshold owners: their own ids (`pii.email`) report their types, category pii. */
const PII_SCANNER_METAS = PII_SCANNERS.map((p) => ({ id: p.id, category: "pii" as const, entityTypes: p.entityTypes }));
/** Detection threads, and from which text length a text goes to one. */
export interface GuardThreads {
  pool: DetectionThreads;
  minChars: number;
}

/** How long a fail-open call waits for a detection thread (the longest time budget a policy can set). */
const FAIL_OPEN_WAIT_MS = 600_000;

function headerValue(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.length <= 200 ? s : undefined;
}

/**
 * The policy guard: detect → decide → enforce on every text part of every request, and on every text part of
 * non-streamed responses (with vault tokens restored for the caller); streams go through the stage `opts.stream`
 * builds. Decision paths go to `ctx.decisions` and a value-free summary to the `x-warden-decision` header.
 */
export class PolicyGuard implements Guard {
  readonly holder: PolicyHolder;
  readonly engine: DetectionEngine;
  private currentVault: TokenVault;
  private sharedVault: SharedVault | undefined;
  private readonly states = new WeakMap<CallContext, CallPolicyState>();
  private readonly thresholdCache = new WeakMap<RuleSet, Thresholds>();
  /** Detection results per engine (a reloaded policy may bring its own engine). */
  private readonly detections = new DetectionCache();
  /** Per-principal risk scores (adaptive controls); survives policy reloads. */
  readonly risk: RiskTracker;
  private readonly streamFactory: ((ctx: CallContext, guard: PolicyGuard) => EventStage) | undefined;
  /** Leakage detectors per policy and system prompt. */
  private readonly leakage = new LeakageCache();
  private threads: GuardThreads | undefined;

  /** The engine the current policy detects with: its own (`detection:`) or the guard's. */
  get activeEngine(): DetectionEngine {
    return this.holder.current.engine ?? this.engine;
  }

  constructor(opts: PolicyGuardOptions) {
    this.holder = opts.policy instanceof PolicyHolder ? opts.policy : new PolicyHolder(opts.policy);
    this.engine = opts.engine;
    this.currentVault = opts.vault ?? new TokenVault({ ttlMs: this.holder.current.doc.vault.ttlSeconds * 1000, maxEntries: this.holder.current.doc.vault.maxEntries });
    this.sharedVault = opts.shared;
    if (opts.shared && opts.shared.vault !== this.currentVault) throw new Error("the shared vault must wrap the guard's vault");
    this.streamFactory = opts.stream;
    this.threads = opts.threads;
    this.risk = new RiskTracker(() => {
      const a = this.holder.current.doc.adaptive;
      return a ? { ...a, weights: a.weights } : { halfLifeSeconds: 600, weights: {}, quarantineSeconds: 300 };
    });
  }

  /** The token vault (the working set, when a shared store is behind it). */
  get vault(): TokenVault {
    return this.currentVault;
  }

  /** The shared store behind the vault, when replicas share one. */
  get shared(): SharedVault | undefined {
    return this.sharedVault;
  }

  /**
   * Use a vault the assembly opened (`openVault`: a shared store and the key every replica shares). Call before
   * the gateway serves; mappings made in the previous vault are not carried over.
   */
  useVault(vault: TokenVault, shared?: SharedVault): void {
    if (shared && shared.vault !== vault) throw new Error("the shared vault must wrap the vault");
    this.currentVault = vault;
    this.sharedVault = shared;
  }

  /** Detect large texts on these threads from now on (the gateway's assembly, from `server.detection`). */
  useThreads(threads: GuardThreads | undefined): void {
    this.threads = threads;
  }

  /** The detection threads large texts go to, when there are. */
  get detectionThreads(): DetectionThreads | undefined {
    return this.threads?.pool;
  }

  /**
   * Detect the large texts of one side on a detection thread before the side is scanned, so that the event loop
   * serves other calls meanwhile; the scan then reads their results from the detection cache. Fail-closed calls
   * wait no longer than what is left of the time budget (and are refused when it runs out, without waiting for the
   * detectors to finish); fail-open calls wait for the result. A thread that fails is a detector error.
   */
  private async detectAhead(state: CallPolicyState, texts: readonly TextToScan[], direction: Direction, t0: number): Promise<ControlFailure | undefined> {
    const threads = this.threads;
    if (!threads) return undefined;
    const large = texts.filter((t) => t.text.length >= threads.minChars);
    if (large.length === 0) return undefined;
    const recipe = engineRecipe(state.engine);
    // No warm thread yet (the first large text starts one): this call detects on the event loop, as without threads.
    if (!recipe || !threads.pool.ready()) return undefined;
    const todo = large.filter((t) => !this.detections.has(state.engine, t.text, direction, t.role));
    const { timeBudgetMs, failMode } = state.ruleSet;
    const wait = failMode === "closed" ? Math.max(0, timeBudgetMs - (performance.now() - t0)) : FAIL_OPEN_WAIT_MS;
    const outcomes = await Promise.all(todo.map((t) => threads.pool.detect(recipe, t.text, direction, t.role, wait)));
    const detail: string[] = [];
    let timedOut = false;
    outcomes.forEach((o, i) => {
      const t = todo[i] as TextToScan;
      if (o.kind === "done") {
        for (const e of o.result.errors) detail.push(`${e.detector}: ${e.message}`);
        this.detections.put(state.engine, t.text, direction, t.role, o.result);
      } else if (o.kind === "timeout") timedOut = true;
      else detail.push(`detection thread: ${o.message}`);
    });
    if (detail.length > 0) return { reason: "detector-error", detail: detail.slice(0, 10), failMode };
    if (timedOut) return { reason: "time-budget", detail: [`detection did not finish within the budget (${timeBudgetMs} ms)`], failMode };
    return undefined;
  }

  private adaptiveOn(state: CallPolicyState): boolean {
    return state.policy.doc.adaptive?.enabled === true;
  }

  /** The state of a call whose request side ran (undefined before). */
  stateOf(ctx: CallContext): CallPolicyState | undefined {
    return this.states.get(ctx);
  }

  /**
   * For the structure check (src/enforce/structure-check.ts): whether the current policy acts on a finding in a
   * call's structure. Structure is decided as an `identifier` (it cannot be rewritten) in the caller's (`user`) or
   * the model's (`assistant`) voice, with the scope's thresholds; anything but `allow` and `monitor` acts.
   */
  structureActs(target: CallTarget, direction: Direction): (f: Finding) => boolean {
    const ruleSet = this.holder.current.resolve(target);
    const thresholds = this.thresholdsFor(ruleSet, this.activeEngine);
    const part = { path: [], role: direction === "request" ? "user" : "assistant", kind: "identifier" } as const;
    return (f) => {
      const action = decideFindings({ part, direction, findings: [f], textClasses: [], thresholds, ruleSet })[0]?.entry.action;
      return action !== undefined && action !== "allow" && action !== "monitor";
    };
  }

  private thresholdsFor(set: RuleSet, engine: DetectionEngine): Thresholds {
    let t = this.thresholdCache.get(set);
    if (!t) {
      t = effectiveThresholds(engine.thresholds, set.thresholds, [...engine.detectors, ...PII_SCANNER_METAS]);
      this.thresholdCache.set(set, t);
    }
    return t;
  }

  private operatorContext(state: CallPolicyState): OperatorContext {
    return { conversation: state.conversation, vault: this.vault, hashKey: state.policy.hashKey };
  }

  /**
   * Detect, decide and enforce on one text. On the response side, findings overlapping vault tokens are dropped
   * (the tokens are restored, not enforced) and the call's leakage findings are added. Errors are appended to
   * `errors` (detector ids and messages, never text).
   */
  scanText(state: CallPolicyState, text: string, part: Pick<TextPart, "path" | "role" | "kind">, direction: Direction, errors: string[]): ScannedText {
    const result = this.detections.detect(state.engine, text, direction, part.role);
    for (const e of result.errors) errors.push(`${e.detector}: ${e.message}`);
    let findings: Finding[] = result.findings;
    // Tool definitions are written as instructions to the model by design ("The user's question, verbatim", "Always
    // confirm the recipient before sending"): there an injection finding counts only with a heuristic pattern behind
    // it (an override, a concealment, an exfiltration order), not on the classifier's n-gram evidence alone.
    if (part.kind === "tool_definition") findings = findings.filter((f) => f.category !== "injection" || f.patterns === undefined || f.patterns > 0);
    if (direction === "response") {
      // Only the conversation's own tokens shield what they cover: a look-alike (`⟦<a key>_c0ffee⟧`, which a model
      // steered by injected content could write) is text like any other.
      const tokens = text.includes("⟦")
        ? [...text.matchAll(TOKEN_PATTERN)].filter((m) => this.vault.holds(state.conversation, m[0])).map((m) => [m.index, m.index + m[0].length] as const)
        : [];
      if (tokens.length > 0) {
        const overlaps = (f: Finding): boolean => tokens.some(([s, e]) => f.start < e && s < f.end);
        // A token inside an image or link URL would be restored to the caller's real value right inside the URL:
        // that sink carries conversation data for certain (score 1), and it is kept, not dropped like the others.
        findings = findings.flatMap((f) =>
          !overlaps(f) ? [f] : f.category === "exfiltration" ? [{ ...f, score: 1, explanation: `${f.explanation}; it carries a tokenized value of the conversation` }] : [],
        );
      }
      const leaks = state.leakage.detect(text);
      if (leaks.length > 0) findings = [...findings, ...leaks];
      if (state.injectedLinks) {
        const planted = injectedLinkFindings(text, state.injectedLinks);
        if (planted.length > 0) findings = [...findings, ...planted];
      }
      // A tool call right after untrusted content tried to steer the model: the call may be the attacker's.
      if (part.kind === "tool_call_arguments" && state.indirect) {
        findings = [...findings, { detector: "injection.tool-call", category: "injection", type: "INJECTED_TOOL_CALL", start: 0, end: text.length, score: state.indirect.score, explanation: `tool call after ${state.indirect.reason}` }];
      }
    }
    if (findings.length === 0) return { decided: [], text: undefined, edits: [], block: false };
    const decided = decideFindings({
      part,
      direction,
      findings,
      textClasses: result.dataClasses,
      thresholds: state.thresholds,
      ruleSet: state.ruleSet,
      ...(direction === "response" ? { fromRequest: (f: Finding) => containsWord(haystackOf(state), text.slice(f.start, f.end).toLowerCase()) } : {}),
    });
    if (state.escalation === "redact" || state.escalation === "block") escalateDecisions(decided, state.escalation);
    let block = false;
    const rewrites: Rewrite[] = [];
    for (const d of decided) {
      if (d.entry.action === "block") block = true;
      else if (d.entry.action !== "allow" && d.entry.action !== "monitor") {
        if (part.kind === "identifier") {
          // A tool name or call id cannot be rewritten (the caller matches it against its tools and answers with it):
          // what the policy would change there blocks, as text read out of a PDF does on the request side.
          d.entry.reason = `${d.entry.reason}; in a tool name or call id, which cannot be rewritten`;
          d.entry.action = "block";
          block = true;
          continue;
        }
        rewrites.push({ start: d.finding.start, end: d.finding.end, action: d.entry.action, rank: ACTION_RANK[d.entry.action], rule: d.rule, type: d.finding.type });
      }
    }
    const edits = block ? [] : rewriteEdits(text, rewrites, this.operatorContext(state));
    return { decided, text: applyEdits(text, edits), edits, block };
  }

  /**
   * Evaluate one text outside a call (`warden policy test`, admin tools): the decisions and the enforced text.
   * `system` stands in for the request's system prompt (leakage), `request` for the caller's own text (`origin`).
   */
  evaluate(text: string, opts: EvaluateOptions = {}): EvaluateResult {
    const policy = this.holder.current;
    const ruleSet = policy.resolve({ tenant: opts.tenant ?? "", app: opts.app ?? "", model: opts.model ?? "", provider: opts.provider ?? "" });
    const state: CallPolicyState = {
      policy,
      ruleSet,
      thresholds: this.thresholdsFor(ruleSet, policy.engine ?? this.engine),
      engine: policy.engine ?? this.engine,
      conversation: `evaluate\u0000${opts.conversation ?? ""}`,
      leakage: createLeakageDetector(opts.system ? [opts.system] : [], policy.doc.leakage.canaries, policy.doc.leakage.minLength),
      haystack: (opts.request ?? "").toLowerCase(),
      principal: "",
      escalation: "none",
    };
    const errors: string[] = [];
    const direction = opts.direction ?? "request";
    const role = opts.role ?? (direction === "request" ? "user" : "assistant");
    // As the endpoint adapters read a message's content: a tool turn is a tool result, a system or developer turn the
    // system prompt, so that a rule on `kind` decides here as it does in traffic.
    const kind = opts.kind ?? (role === "tool" ? "tool_result" : role === "system" || role === "developer" ? "system" : "text");
    const r = this.scanText(state, text, { path: [], role, kind }, direction, errors);
    const entries = r.decided.map((d) => d.entry);
    const outcome: DecisionPath["outcome"] =
      errors.length > 0 ? (ruleSet.failMode === "closed" ? "control-failed" : "fail-open") : r.block ? "block" : r.text !== undefined ? "transform" : "allow";
    return { outcome, entries, text: r.text ?? text, policyVersion: policy.version, errors };
  }

  /** Add this call's findings to the principal's risk score; a quarantine starts with the next call. */
  private raiseRisk(state: CallPolicyState, entries: readonly DecisionEntry[]): NonNullable<DecisionPath["risk"]> {
    let amount = 0;
    for (const e of entries) amount += this.risk.weight(e.category, e.type);
    const { score, quarantined } = amount > 0 ? this.risk.add(state.principal, amount) : { score: this.risk.score(state.principal), quarantined: false };
    const escalation = quarantined ? "quarantine" : state.escalation !== "none" ? state.escalation : undefined;
    return { score: round(score), ...(escalation ? { escalation } : {}) };
  }

  private newState(ctx: CallContext): CallPolicyState {
    const policy = this.holder.current;
    const ruleSet = policy.resolve(callTargetOf(ctx));
    const header = headerValue(ctx.clientHeaders[policy.doc.vault.conversationHeader.toLowerCase()]);
    const conversation = `${ctx.principal.tenant}\u0000${ctx.principal.keyId}\u0000${header ?? ""}`;
    const parts = ctx.spec.parts;
    const system: string[] = [];
    // Tool definitions are scanned as third-party text, but an answer reproducing them still reproduces the prompt.
    for (const p of parts) if (p.role === "system" || p.role === "developer" || p.kind === "system" || p.kind === "instructions" || p.kind === "tool_definition") system.push(p.text);
    const principal = `${ctx.principal.tenant}\u0000${ctx.principal.keyId}`;
    return {
      principal,
      escalation: policy.doc.adaptive?.enabled ? this.risk.escalation(principal) : "none",
      policy,
      ruleSet,
      thresholds: this.thresholdsFor(ruleSet, policy.engine ?? this.engine),
      engine: policy.engine ?? this.engine,
      conversation,
      leakage: this.leakage.get(policy, system),
      requestParts: parts,
    };
  }

  private record(ctx: CallContext, path: DecisionPath): void {
    (ctx.decisions ??= []).push(path);
    ctx.responseHeaders["x-warden-decision"] = decisionHeader(ctx.decisions);
  }

  private failure(errors: string[], elapsed: number, set: RuleSet): ControlFailure | undefined {
    if (errors.length > 0) return { reason: "detector-error", detail: errors.slice(0, 10), failMode: set.failMode };
    if (elapsed > set.timeBudgetMs) return { reason: "time-budget", detail: [`detection took ${Math.round(elapsed)} ms (budget ${set.timeBudgetMs} ms)`], failMode: set.failMode };
    return undefined;
  }

  /** Record a control failure that refuses the call (fail-closed); the error that says so, for the caller. */
  private controlFailed(ctx: CallContext, path: Omit<DecisionPath, "outcome" | "failure">, failure: ControlFailure): WardenError {
    this.record(ctx, { ...path, outcome: "control-failed", failure });
    return new WardenError("WARDEN_POLICY_CONTROL_FAILED", { details: { policy_version: path.policyVersion }, detail: failure.detail.join("; ") });
  }

  /** A refusal because the shared vault failed (fail-closed), recorded with its reason. */
  private vaultRefusal(ctx: CallContext, state: CallPolicyState, err: unknown, entries: DecisionEntry[] = []): RequestVerdict {
    const failure: ControlFailure = { reason: "vault-unavailable", detail: [`vault store: ${err instanceof Error ? err.message.slice(0, 200) : "failed"}`], failMode: "closed" };
    this.record(ctx, { direction: "request", policyVersion: state.policy.version, scopes: state.ruleSet.scopes, entries, durationMs: 0, outcome: "control-failed", failure });
    // A data key the ring cannot unwrap (a vault key removed too early) is not an outage: its own code, as for a mapping.
    if (err instanceof WardenError && err.code === "WARDEN_VAULT_KEY_UNKNOWN") return { kind: "refuse", error: err };
    return { kind: "refuse", error: new WardenError("WARDEN_VAULT_UNAVAILABLE", { details: { policy_version: state.policy.version }, cause: err }) };
  }

  /**
   * Write the call's new mappings and numbering slots to the shared store before its text leaves. When another
   * replica took one of them at the same moment (a token's digest prefix for another value, or the same
   * `[PERSON_n]` number for another person), its entries are loaded and `enforce` runs again: the value then gets a
   * longer, distinct token or the next free number. Rejects when the store fails or the race persists.
   */
  private async writeThrough(state: CallPolicyState, enforce: () => void): Promise<void> {
    const shared = this.sharedVault;
    if (!shared) return;
    for (let round = 0; round < 4; round++) {
      // Enforcing ran right before (no await in between): the epoch it saw.
      const epoch = this.vault.epoch(state.conversation);
      const taken = await shared.flush(state.conversation);
      // Nothing of ours was taken, and no number we used was withdrawn meanwhile (by another call's write here).
      if (taken.length === 0 && this.vault.epoch(state.conversation) === epoch) return;
      await shared.load(state.conversation);
      enforce();
    }
    if ((await shared.flush(state.conversation)).length > 0) throw new Error("vault entries kept colliding with another replica's");
  }

  async request(ctx: CallContext): Promise<RequestVerdict> {
    const state = this.newState(ctx);
    // A process's first call compiles the detectors' patterns (seconds on a busy CPU): one-time work, before the
    // call's detection is timed against the budget.
    state.engine.prepare?.();
    let t0 = performance.now();
    this.states.set(ctx, state);
    if (state.escalation === "quarantine") {
      const until = this.risk.quarantinedUntil(state.principal);
      const base = { direction: "request" as const, policyVersion: state.policy.version, scopes: state.ruleSet.scopes, entries: [], durationMs: 0 };
      this.record(ctx, { ...base, outcome: "quarantined", risk: { score: round(this.risk.score(state.principal)), escalation: "quarantine" } });
      const retry = Math.max(1, Math.ceil((until - Date.now()) / 1000));
      return { kind: "refuse", error: new WardenError("WARDEN_POLICY_QUARANTINED", {
          details: { retry_after_seconds: retry, policy_version: state.policy.version },
          // Clients and SDKs back off by the header (RFC 9110 §10.2.3), not by a body field.
          headers: { "retry-after": String(retry) },
        }) };
    }
    // Replicas: the conversation's mappings from the shared store first, so a value tokenized elsewhere keeps its
    // token and tokens the model echoes can be restored here. Store time does not count against the time budget.
    let vaultDown: unknown;
    if (this.sharedVault) {
      try {
        await this.sharedVault.load(state.conversation);
      } catch (err) {
        if (state.ruleSet.failMode === "closed") return this.vaultRefusal(ctx, state, err);
        vaultDown = err;
      }
      t0 = performance.now();
    }
    const ahead = await this.detectAhead(state, requestScanTexts(ctx.spec.parts), "request", t0);
    if (ahead?.failMode === "closed") {
      const base = { direction: "request" as const, policyVersion: state.policy.version, scopes: state.ruleSet.scopes, entries: [], durationMs: round(performance.now() - t0) };
      return { kind: "refuse", error: this.controlFailed(ctx, base, ahead) };
    }
    const scanned = scanRequestParts(this, state, ctx.spec.parts);
    const { entries, errors, block } = scanned;
    let { rewrites } = scanned;
    const tools = offeredToolNames(ctx.original);
    const indirect = findIndirectInjection(ctx.spec.parts, tools, (part) => this.detections.detect(state.engine, part.text, "request", part.role).findings);
    if (indirect) state.indirect = indirect;
    const planted = injectedLinkHosts(ctx.spec.parts);
    if (planted.size > 0) state.injectedLinks = planted;
    const durationMs = performance.now() - t0;
    const risk = this.adaptiveOn(state) ? this.raiseRisk(state, entries) : undefined;
    const base = { direction: "request" as const, policyVersion: state.policy.version, scopes: state.ruleSet.scopes, entries, durationMs: Math.round(durationMs * 100) / 100, ...(risk ? { risk } : {}) };
    const failure = this.failure(errors, durationMs, state.ruleSet) ?? ahead;
    if (failure?.failMode === "closed") {
      return { kind: "refuse", error: this.controlFailed(ctx, base, failure) };
    }
    // Fail-open still enforces what the working detectors found; only the failure itself does not refuse the call.
    const withFailure = failure ? { ...base, failure } : base;
    if (block) {
      this.record(ctx, { ...withFailure, outcome: "block" });
      return { kind: "refuse", error: blockedError("WARDEN_POLICY_BLOCKED", entries, state.policy.version) };
    }
    if (rewrites.length === 0) {
      this.record(ctx, { ...withFailure, outcome: failure ? "fail-open" : "allow" });
      return { kind: "forward", body: ctx.original, changed: false };
    }
    // New mappings are written through before the request is forwarded: the model may echo a token, and the
    // response may be served (or the conversation continued) by another replica.
    if (this.sharedVault && vaultDown === undefined) {
      try {
        // The same texts under the same policy decide the same way; only token texts and numbers can differ.
        await this.writeThrough(state, () => ({ rewrites } = scanRequestParts(this, state, ctx.spec.parts)));
      } catch (err) {
        if (state.ruleSet.failMode === "closed") return this.vaultRefusal(ctx, state, err, entries);
        vaultDown = err;
      }
    }
    const vaultFailure: ControlFailure | undefined =
      vaultDown !== undefined && !failure ? { reason: "vault-unavailable", detail: ["vault store unavailable; mappings kept on this replica only"], failMode: "open" } : undefined;
    const body = structuredClone(ctx.original);
    for (const r of rewrites) setAtPath(body, r.path, r.text);
    this.record(ctx, { ...withFailure, ...(vaultFailure ? { failure: vaultFailure } : {}), outcome: "transform" });
    return { kind: "forward", body, changed: true };
  }

  async response(ctx: CallContext, body: JsonObject): Promise<ResponseVerdict> {
    const t0 = performance.now();
    const endpoint = endpointFor(ctx.api);
    const state = this.states.get(ctx) ?? this.newState(ctx);
    // Tool names and call ids the model wrote are read too (kind `identifier`, never rewritten).
    const parts = endpoint ? [...endpoint.responseParts(body), ...(endpoint.responseIdentifiers?.(body) ?? [])] : [];
    // A token this replica does not know (made on another replica after this call's request was loaded): one load.
    if (this.sharedVault && parts.some((p) => this.vault.unknownTokens(state.conversation, p.text) > 0)) {
      await this.sharedVault.load(state.conversation).catch(() => undefined);
    }
    const ahead = await this.detectAhead(state, responseScanTexts(parts), "response", t0);
    if (ahead?.failMode === "closed") {
      const base = { direction: "response" as const, policyVersion: state.policy.version, scopes: state.ruleSet.scopes, entries: [], durationMs: round(performance.now() - t0) };
      throw this.controlFailed(ctx, base, ahead);
    }
    let scanned = scanResponseParts(this, state, parts);
    // Mappings and numbers the response rules made are shared before the text leaves, like the request's.
    if (this.sharedVault && scanned.rewrites.length > 0 && !scanned.block) {
      try {
        await this.writeThrough(state, () => (scanned = scanResponseParts(this, state, parts)));
      } catch (err) {
        if (state.ruleSet.failMode === "closed") throw new WardenError("WARDEN_VAULT_UNAVAILABLE", { details: { policy_version: state.policy.version }, cause: err });
      }
    }
    const { entries, errors, rewrites, restored, transformed, toolText } = scanned;
    let { block } = scanned;
    // A tool call with no argument text (`{}` objects in Anthropic `input`) still counts.
    if (state.indirect && !toolText && responseHasToolCall(body)) {
      const r = this.scanText(state, "", { path: [], role: "assistant", kind: "tool_call_arguments" }, "response", errors);
      for (const d of r.decided) entries.push(d.entry);
      if (r.block) block = true;
    }
    const durationMs = performance.now() - t0;
    const base = { direction: "response" as const, policyVersion: state.policy.version, scopes: state.ruleSet.scopes, entries, durationMs: Math.round(durationMs * 100) / 100, ...(restored > 0 ? { restored } : {}) };
    const failure = this.failure(errors, durationMs, state.ruleSet) ?? ahead;
    if (failure?.failMode === "closed") {
      throw this.controlFailed(ctx, base, failure);
    }
    const withFailure = failure ? { ...base, failure } : base;
    const quiet = failure ? "fail-open" : "allow";
    if (block) {
      this.record(ctx, { ...withFailure, outcome: "block" });
      throw blockedError("WARDEN_POLICY_RESPONSE_BLOCKED", entries, state.policy.version);
    }
    if (rewrites.length === 0) {
      this.record(ctx, { ...withFailure, outcome: quiet });
      return { body, changed: false };
    }
    const out = structuredClone(body);
    for (const r of rewrites) setAtPath(out, r.path, r.text);
    // Log-probabilities spell the original answer token by token: gone once a policy edit changed it.
    if (transformed) emptyLogprobs(out);
    // Restoring the caller's own values is not a policy transform.
    this.record(ctx, { ...withFailure, outcome: transformed ? "transform" : quiet });
    return { body: out, changed: true };
  }

  stream(ctx: CallContext): EventStage {
    if (!this.states.has(ctx)) this.states.set(ctx, this.newState(ctx));
    return this.streamFactory ? this.streamFactory(ctx, this) : {};
  }
}

const round = (n: number): number => Math.round(n * 100) / 100;
