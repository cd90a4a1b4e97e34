import type { Logger } from "pino";
import type { Endpoint } from "../api/endpoint.js";
import type { MessageSpec } from "../core/message-spec.js";
import type { Principal } from "../core/principal.js";
import { WardenError } from "../core/warden-error.js";
import type { EventStage } from "../forward/sse/event-stage.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../core/json.js";
import { estimateInputTokens, estimateTextTokens, requestedOutputTokens } from "./estimate-tokens.js";
import type { AdmitResult, LimitKind, LimitStore, RateSnapshot, StoreLease, SubjectLimits } from "./limit-store.js";
import { writeRateLimitHeaders } from "./rate-limit-headers.js";
import type { LimitSet, LimitsConfig } from "./limits-config.js";
import { UsageTally } from "./usage-tokens.js";

/** What one admitted call holds until it ends: call `end()` exactly when the call is over (idempotent). */
export interface CallLimit {
  /** Whether the call's token use is counted (a quota applies): only then do `observe` and `stage` matter. */
  readonly countsTokens: boolean;
  /**
   * Note the usage a JSON response reports; when it reports none, its output text (the endpoint's response parts) is
   * estimated the way the input was.
   */
  observe(endpoint: Endpoint, body: JsonValue | undefined): void;
  /** A stream stage that notes usage events (and the text length, when the provider reports no usage). */
  stage(endpoint: Endpoint): EventStage;
  /** Settle: the real token count replaces the reservation; concurrency slots are freed. */
  end(): void;
  /** A new header record for the call's response: the `x-ratelimit-*` headers when limits apply, else empty. */
  responseHeaders(): Record<string, string>;
}

const NO_LIMIT: CallLimit = {
  countsTokens: false,
  observe: () => undefined,
  stage: () => ({ transform: (ev, ctl) => ctl.enqueue(ev) }),
  end: () => undefined,
  responseHeaders: () => ({}),
};

const ERROR_FOR: Record<LimitKind, "WARDEN_LIMIT_RATE" | "WARDEN_LIMIT_TOKENS" | "WARDEN_LIMIT_CONCURRENCY" | "WARDEN_LIMIT_TOKENS_TOO_LARGE"> = {
  requests: "WARDEN_LIMIT_RATE",
  tokens: "WARDEN_LIMIT_TOKENS",
  concurrency: "WARDEN_LIMIT_CONCURRENCY",
  too_large: "WARDEN_LIMIT_TOKENS_TOO_LARGE",
};

const hasAny = (l: LimitSet): boolean => l.rpm !== undefined || l.tpm !== undefined || l.concurrency !== undefined;

/** The subjects with their token quotas left out (same ids, so request and concurrency counts stay shared). */
function withoutTokenQuota(list: readonly SubjectLimits[]): SubjectLimits[] {
  const out: SubjectLimits[] = [];
  for (const { tpm: _tpm, ...rest } of list) if (rest.rpm !== undefined || rest.concurrency !== undefined) out.push(rest);
  return out;
}

/**
 * The limit stage, right after authentication: request rate, token quota and concurrency per key, app and
 * tenant (docs/keys-and-limits.md). Limits come from config (defaults and per-tenant/per-app overrides) and the
 * key record (per-key overrides). A refused call gets 429 with a `retry-after` in seconds.
 *
 * @example
 * const limit = await limiter.admit(principal, spec, body);
 * try { ...forward... } finally { limit.end(); }
 */
export class Limiter {
  /** Subjects per principal object: the authenticator reuses one principal per key for its cache second. */
  private readonly subjectCache = new WeakMap<Principal, { list: SubjectLimits[]; tpm: boolean; untokened: SubjectLimits[] }>();

  constructor(
    private readonly cfg: LimitsConfig,
    private readonly store: LimitStore,
    private readonly logger: Logger,
  ) {}

  /** The subjects and limits that apply to this principal (empty when none is configured). */
  subjectsFor(p: Principal): SubjectLimits[] {
    const c = this.cfg;
    const out: SubjectLimits[] = [];
    const key = p.limits ? { ...c.key, ...p.limits } : c.key;
    if (hasAny(key)) out.push({ scope: "key", id: `k:${p.keyId}`, ...key });
    const appName = `${p.tenant}/${p.app}`;
    const appOverride = c.apps[appName];
    const app = appOverride ? { ...c.app, ...appOverride } : c.app;
    if (hasAny(app)) out.push({ scope: "app", id: `a:${encodeURIComponent(p.tenant)}/${encodeURIComponent(p.app)}`, ...app });
    const tenantOverride = c.tenants[p.tenant];
    const tenant = tenantOverride ? { ...c.tenant, ...tenantOverride } : c.tenant;
    if (hasAny(tenant)) out.push({ scope: "tenant", id: `t:${encodeURIComponent(p.tenant)}`, ...tenant });
    return out;
  }

  /**
   * Admit a call or throw a WardenError (429 with `retry_after`; 503 when the store fails closed). Answers
   * synchronously when the store does (memory), so the hot path takes no promise hop; Redis answers with a promise.
   */
  admit(principal: Principal, spec: MessageSpec, body?: JsonObject): CallLimit | Promise<CallLimit> {
    let subjects = this.subjectCache.get(principal);
    if (!subjects) {
      const list = this.subjectsFor(principal);
      subjects = { list, tpm: list.some((s) => s.tpm !== undefined), untokened: withoutTokenQuota(list) };
      this.subjectCache.set(principal, subjects);
    }
    // Counting tokens is not generating them: a count_tokens call is governed by the request rate and concurrency
    // only. The token quota neither charges nor refuses it (not even once the quota is overspent by reported usage),
    // as Anthropic keeps token counting outside its token limits.
    const tokenless = spec.api === "anthropic.count_tokens";
    const list = tokenless ? subjects.untokened : subjects.list;
    if (list.length === 0) return NO_LIMIT;
    const countsTokens = subjects.tpm && !tokenless;
    // Reserved: the input estimate plus the output the call may produce. When it ends, the reported usage replaces
    // the reservation, or without usage, the input estimate plus an estimate of the output it did produce.
    const input = countsTokens ? estimateInputTokens(spec) : 0;
    const estimate = countsTokens ? input + requestedOutputTokens(body) : 0;
    let result: AdmitResult | Promise<AdmitResult>;
    try {
      result = this.store.admit({ subjects: list, tokens: estimate, windowMs: this.cfg.windowMs });
    } catch (err) {
      return this.storeFailed(err);
    }
    if (result instanceof Promise) {
      return result.then(
        (r) => this.admitted(r, input, countsTokens),
        (err: unknown) => this.storeFailed(err),
      );
    }
    return this.admitted(result, input, countsTokens);
  }

  /** The store's answer as a call limit, or the 429 it means. */
  private admitted(result: AdmitResult, input: number, countsTokens: boolean): CallLimit {
    if (!result.ok) {
      const details: Record<string, unknown> = { limit_scope: result.scope, limit: result.kind };
      if (result.kind !== "too_large") {
        // `retry-after` is whole seconds (RFC 9110 §10.2.3), rounded up so a retry at that time succeeds.
        details["retry_after"] = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
        details["retry_after_ms"] = Math.max(1, Math.ceil(result.retryAfterMs));
      }
      const headers = this.cfg.responseHeaders ? { headers: writeRateLimitHeaders(result.rate, {}) } : {};
      throw new WardenError(ERROR_FOR[result.kind], { details, detail: `${result.scope} ${result.kind} limit`, ...headers });
    }
    return new AdmittedCall(result.lease, this.cfg.responseHeaders ? result.rate : undefined, input, countsTokens, this.onSettleError);
  }

  /** The store failed: logged, then the call is let through unlimited (`onStoreError: open`) or refused (503). */
  private storeFailed(err: unknown): CallLimit {
    const open = this.cfg.onStoreError === "open";
    this.logger.error({ err: err instanceof Error ? err.message : String(err), failOpen: open }, open ? "limit store failed; call let through (onStoreError: open)" : "limit store failed; call refused (fail-closed)");
    if (open) return NO_LIMIT;
    throw new WardenError("WARDEN_LIMIT_UNAVAILABLE", { cause: err });
  }

  /** One function for every call (not a closure per call). */
  private readonly onSettleError = (err: unknown): void => {
    this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, "limit settle failed");
  };

  async close(): Promise<void> {
    await this.store.close();
  }
}

class AdmittedCall implements CallLimit {
  private readonly usage = new UsageTally();
  private outputChars = 0;
  private ended = false;

  constructor(
    private readonly lease: StoreLease,
    /** The limits for the `x-ratelimit-*` headers; undefined when they are turned off. */
    private readonly rate: RateSnapshot | undefined,
    /** The input estimate alone: with the output estimate, the count of a call whose provider reports no usage. */
    private readonly inputEstimate: number,
    readonly countsTokens: boolean,
    private readonly onError: (err: unknown) => void,
  ) {}

  observe(endpoint: Endpoint, body: JsonValue | undefined): void {
    if (!this.countsTokens) return;
    this.usage.add(body);
    // No usage reported (some OpenAI-compatible servers omit it): the answer's text is the output to count.
    if (!this.usage.seen && isJsonObject(body)) for (const p of endpoint.responseParts(body)) this.outputChars += p.text.length;
  }

  stage(endpoint: Endpoint): EventStage {
    return {
      transform: (ev, ctl) => {
        // Events are parsed only when a stage reads `json`: look for usage only in events that name it (providers
        // write the key plainly; were one to escape it, the streamed text below is still counted).
        if (ev.data.includes('"usage"') && ev.json !== undefined) this.usage.add(ev.json);
        if (!this.usage.seen) {
          if (endpoint.streamTextLength) this.outputChars += endpoint.streamTextLength(ev);
          else for (const d of endpoint.streamDeltas(ev)) this.outputChars += d.text.length;
        }
        ctl.enqueue(ev);
      },
    };
  }

  responseHeaders(): Record<string, string> {
    return this.rate ? writeRateLimitHeaders(this.rate, {}) : {};
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    // Without usage, what was used is the input and the output produced: not the reservation, whose requested output
    // (`max_tokens`) is only a ceiling.
    const actual = this.usage.total() ?? this.inputEstimate + estimateTextTokens(this.outputChars);
    this.lease.settle(actual).catch(this.onError);
  }
}
