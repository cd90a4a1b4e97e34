import type { Logger } from "pino";
import type { CallContext } from "../core/call-context.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../core/json.js";
import { WardenError } from "../core/warden-error.js";
import type { RequestVerdict } from "../enforce/guard.js";
import type { EventStage } from "../forward/sse/event-stage.js";
import type { SseEvent } from "../forward/sse/sse-event.js";
import { isTerminalEvent } from "../forward/stream-terminal.js";
import type { AuditLog } from "./audit-log.js";
import type { CallOutcome, Recorder, RejectedCall, ServedCall } from "./recorder.js";
import { DEFAULT_REJECTION_LIMITS, type RejectionLimits, RejectionRecorder } from "./rejection-recorder.js";
import { collectUsage, summarizeFindings, toSafeJson } from "./summarize-call.js";

export interface AuditRecorderOptions {
  /** When the store fails: false (default) refuses the request (`WARDEN_AUDIT_UNAVAILABLE`); true logs and goes on. */
  failOpen?: boolean;
  /** Keep the original request (before enforcement) in its own encrypted field when it differs from what was sent. */
  recordOriginals?: boolean;
  /** Calls refused before the record stage: recorded within these limits (default), or not at all (`false`). */
  rejections?: RejectionLimits | false;
  logger?: Logger;
}

interface CallState {
  began: boolean;
  /** How many of `ctx.decisions` are already in a record. */
  decisionsRecorded: number;
  completed: boolean;
  events: JsonObject[];
  usage: JsonObject;
  firstEventAt?: number;
  sawTerminal: boolean;
}

/** Fields later stages may add to the context (the policy engine's decision path, the detectors' findings). */
interface ContextExtras {
  decisions?: unknown;
  findings?: unknown;
  policyVersion?: unknown;
}

/**
 * Add the decision paths not yet recorded (the policy guard appends one per direction to `ctx.decisions`) and a
 * summary of the findings they (or `ctx.findings`) carry: types, spans and scores, never values.
 */
function addDecisions(meta: JsonObject, ctx: CallContext, s: CallState): void {
  const extras = ctx as CallContext & ContextExtras;
  const all = Array.isArray(extras.decisions) ? (extras.decisions as unknown[]) : [];
  const fresh = all.slice(s.decisionsRecorded);
  s.decisionsRecorded = all.length;
  if (fresh.length > 0) {
    const safe = toSafeJson(fresh);
    if (safe !== undefined) meta["decisions"] = safe;
    const versions = [...new Set(fresh.map((p) => (isJsonObject(p) ? p["policyVersion"] : undefined)).filter((v): v is string => typeof v === "string"))];
    if (versions.length > 0) meta["policyVersion"] = versions.join(",");
  }
  const findings = summarizeFindings(
    extras.findings ?? fresh.flatMap((p) => (isJsonObject(p) && Array.isArray(p["entries"]) ? (p["entries"] as unknown[]) : [])),
  );
  if (findings) meta["findings"] = findings;
}

/**
 * The Recorder backed by the audit log. Each call becomes two chained entries with the request id: a `request`
 * entry written (durably) before anything is forwarded, and a `response` entry written before the response is
 * released (for streams: before the terminal event is). A request entry without a response entry is a call cut
 * off (by a crash, say): it shows as incomplete.
 */
/** How long after a failed write the store counts as unavailable for `/readyz` (then traffic is let in to retry it). */
const UNHEALTHY_FOR_MS = 5_000;

/** A spell of failed writes, recorded (`audit.store.unavailable`) once the store takes a write again. */
interface Outage {
  from: number;
  lastFailure: number;
  failedWrites: number;
  /** Calls refused because their record could not be written (fail-closed). */
  refused: number;
  /** Records missing from calls that went on anyway (fail-open). */
  unrecorded: number;
}

export class AuditRecorder implements Recorder {
  private readonly calls = new WeakMap<CallContext, CallState>();
  private readonly rejections: RejectionRecorder | undefined;
  private outage: Outage | undefined;

  constructor(
    readonly log: AuditLog,
    private readonly opts: AuditRecorderOptions = {},
  ) {
    if (opts.rejections !== false) {
      this.rejections = new RejectionRecorder((input) => log.append(input), opts.rejections ?? DEFAULT_REJECTION_LIMITS, (err) =>
        opts.logger?.error({ err: err instanceof Error ? err.message : String(err) }, "audit record of a rejected call not written"),
      );
    }
  }

  /** Record a call refused before `begin` (metadata only). A store failure is logged: the call is refused anyway. */
  async rejected(call: RejectedCall): Promise<void> {
    await this.rejections?.record(call);
  }

  /**
   * Record a call the gateway answered itself (the model list): one `request` entry, `verdict: "served"`, with who
   * asked, the route, the status and the model shown; no payload, so no encryption and no second entry. Written like
   * a call's records: durable before the answer, and a store failure refuses it unless `failOpen`.
   */
  async served(call: ServedCall): Promise<void> {
    const meta: JsonObject = { verdict: "served", method: call.method, route: call.route, status: call.status, source: call.source.slice(0, 64) };
    if (call.model !== undefined) meta["model"] = call.model;
    const p = call.principal;
    await this.write(call.requestId, "served", () => this.log.append({ kind: "request", requestId: call.requestId, time: call.time, tenant: p.tenant, app: p.app, keyId: p.keyId, meta }));
  }

  /** Write the pending counts of rejected calls, record the stop (`gateway.stopped`), then close the log. */
  async close(): Promise<void> {
    await this.rejections?.flush();
    // an outage still open at the stop is recorded now if the store takes it, else logged (it cannot be kept)
    const o = this.outage;
    if (o) {
      this.outage = undefined;
      const details = this.outageDetails(o);
      await this.log.admin("audit.store.unavailable", { ...details, endedBy: "stop" }).catch((err: unknown) => {
        this.opts.logger?.error({ err: err instanceof Error ? err.message : String(err), ...details }, "audit store outage could not be recorded at stop");
      });
    }
    await this.log.admin("gateway.stopped", { pid: process.pid }).catch((err: unknown) => {
      this.opts.logger?.error({ err: err instanceof Error ? err.message : String(err) }, "audit store could not record the stop");
    });
    await this.log.close();
  }

  private state(ctx: CallContext): CallState {
    let s = this.calls.get(ctx);
    if (!s) {
      s = { began: false, decisionsRecorded: 0, completed: false, events: [], usage: {}, sawTerminal: false };
      this.calls.set(ctx, s);
    }
    return s;
  }

  /**
   * Whether the store takes writes: false for a few seconds after a failed write when calls are refused for it
   * (fail-closed), so `/readyz` turns load balancers away; then traffic is let in again to find out.
   */
  healthy(now = Date.now()): boolean {
    return this.opts.failOpen === true || this.outage === undefined || now - this.outage.lastFailure > UNHEALTHY_FOR_MS;
  }

  private async write(requestId: string, what: string, fn: () => Promise<unknown>): Promise<void> {
    try {
      await fn();
    } catch (err) {
      const now = Date.now();
      const o = (this.outage ??= { from: now, lastFailure: now, failedWrites: 0, refused: 0, unrecorded: 0 });
      o.lastFailure = now;
      o.failedWrites++;
      if (this.opts.failOpen) o.unrecorded++;
      else o.refused++;
      this.opts.logger?.error({ reqId: requestId, err: err instanceof Error ? err.message : String(err), phase: what }, "audit store write failed");
      if (!this.opts.failOpen) throw new WardenError("WARDEN_AUDIT_UNAVAILABLE", { cause: err, detail: `audit ${what} record not written` });
      return;
    }
    if (this.outage) this.recordOutage(this.outage);
  }

  private outageDetails(o: Outage): JsonObject {
    return {
      from: new Date(o.from).toISOString(),
      to: new Date().toISOString(),
      failedWrites: o.failedWrites,
      refusedCalls: o.refused,
      unrecordedWrites: o.unrecorded,
      failOpen: this.opts.failOpen === true,
    };
  }

  /**
   * The store took a write again after failing: the spell is written into the log itself (`audit.store.unavailable`:
   * from, to, failed writes, calls refused, records missing), so the gap in the evidence is part of the evidence.
   */
  private recordOutage(o: Outage): void {
    this.outage = undefined;
    this.log.admin("audit.store.unavailable", this.outageDetails(o)).catch((err: unknown) => {
      // not written after all: keep the spell (merged with any newer one) for the next successful write
      const cur = this.outage;
      this.outage = cur
        ? { from: o.from, lastFailure: cur.lastFailure, failedWrites: cur.failedWrites + o.failedWrites, refused: cur.refused + o.refused, unrecorded: cur.unrecorded + o.unrecorded }
        : o;
      this.opts.logger?.error({ err: err instanceof Error ? err.message : String(err) }, "audit store could not record its outage");
    });
  }

  async begin(ctx: CallContext, verdict: RequestVerdict): Promise<void> {
    const s = this.state(ctx);
    const now = Date.now();
    const meta: JsonObject = {
      api: ctx.api,
      provider: ctx.providerName,
      model: ctx.spec.model,
      upstreamModel: ctx.upstreamModel,
      stream: ctx.spec.stream,
      verdict: verdict.kind,
      latency: { preForwardMs: now - ctx.receivedAt },
    };
    if (verdict.kind === "refuse") meta["errorCode"] = verdict.error.code;
    else meta["changed"] = verdict.changed;
    addDecisions(meta, ctx, s);
    const forwarded = verdict.kind === "forward" ? verdict.body : undefined;
    const changed = verdict.kind === "forward" && verdict.changed;
    // The original gets its own field only when it differs from what was forwarded (or nothing was).
    const keepOriginal = (this.opts.recordOriginals ?? true) && (verdict.kind === "refuse" || verdict.changed);
    const raw = ctx.rawBytes ?? ctx.rawBody;
    await this.write(ctx.requestId, "request", () =>
      this.log.append({
        kind: "request",
        requestId: ctx.requestId,
        time: ctx.receivedAt,
        tenant: ctx.principal.tenant,
        app: ctx.principal.app,
        keyId: ctx.principal.keyId,
        meta,
        // Unchanged, the forwarded body is the caller's JSON text: stored as it came (its bytes when the server kept
        // them: no second UTF-8 encoding), not serialised again.
        ...(forwarded === undefined ? {} : !changed && raw !== undefined ? { payloadText: raw } : { payload: forwarded }),
        ...(keepOriginal ? (raw !== undefined ? { originalText: raw } : { original: ctx.original }) : {}),
      }),
    );
    s.began = true;
  }

  async complete(ctx: CallContext, outcome: CallOutcome): Promise<void> {
    const s = this.state(ctx);
    if (!s.began || s.completed) return;
    if (outcome.response) collectUsage(outcome.response, s.usage);
    await this.writeResponse(ctx, s, outcome);
  }

  private async writeResponse(ctx: CallContext, s: CallState, outcome: CallOutcome): Promise<void> {
    const meta: JsonObject = {
      status: outcome.status,
      latency: {
        totalMs: outcome.finishedAt - ctx.receivedAt,
        ...(s.firstEventAt !== undefined ? { firstEventMs: s.firstEventAt - ctx.receivedAt } : {}),
      },
    };
    if (outcome.upstreamStatus !== undefined) meta["upstreamStatus"] = outcome.upstreamStatus;
    if (outcome.error) meta["errorCode"] = outcome.error.code;
    if (Object.keys(s.usage).length > 0) meta["usage"] = s.usage;
    if (ctx.spec.stream) {
      meta["events"] = s.events.length;
      meta["streamComplete"] = s.sawTerminal;
    }
    addDecisions(meta, ctx, s);
    let payload: JsonValue | undefined;
    // A response relayed unchanged is recorded as the text the client got (no second serialisation).
    const payloadText = outcome.error ? undefined : (outcome.responseRawBytes ?? outcome.responseRaw);
    if (payloadText !== undefined) payload = undefined;
    else if (outcome.response) payload = outcome.response;
    else if (s.events.length > 0) payload = { events: s.events };
    if (outcome.error) {
      const error: JsonObject = { code: outcome.error.code, message: outcome.error.message };
      payload = isJsonObject(payload) ? { ...payload, error } : { error };
    }
    await this.write(ctx.requestId, "response", () =>
      this.log.append({
        kind: "response",
        requestId: ctx.requestId,
        time: outcome.finishedAt,
        tenant: ctx.principal.tenant,
        app: ctx.principal.app,
        keyId: ctx.principal.keyId,
        meta,
        ...(payloadText !== undefined ? { payloadText } : payload !== undefined ? { payload } : {}),
      }),
    );
    s.completed = true;
  }

  /** Collects the events as sent and holds the terminal one until the response record is durable. */
  stream(ctx: CallContext): EventStage {
    const s = this.state(ctx);
    const finish = () => this.writeResponse(ctx, s, { status: 200, upstreamStatus: 200, finishedAt: Date.now() });
    return {
      transform: async (ev: SseEvent, controller) => {
        s.firstEventAt ??= Date.now();
        const data = ev.dirty && ev.json !== undefined ? JSON.stringify(ev.json) : ev.data;
        s.events.push(ev.event !== undefined ? { event: ev.event, data } : { data });
        if (ev.json !== undefined) collectUsage(ev.json, s.usage);
        if (!s.completed && isTerminalEvent(ctx.api, ev)) {
          s.sawTerminal = true;
          await finish();
        }
        controller.enqueue(ev);
      },
      flush: async () => {
        if (!s.completed && s.began) await finish();
      },
    };
  }
}
