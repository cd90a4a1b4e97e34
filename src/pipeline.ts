import type { IncomingHttpHeaders } from "node:http";
import type { Endpoint } from "./api/endpoint.js";
import type { Authenticator } from "./authenticate/authenticate.js";
import type { CertificateAuthenticator } from "./authenticate/client-certificate.js";
import { presentedKey } from "./authenticate/authenticate.js";
import { looksLikeJwt } from "./authenticate/looks-like-jwt.js";
import type { OidcVerifier } from "./authenticate/oidc-verifier.js";
import type { TenantStatus } from "./core/tenant-status.js";
import type { ClientCertificate } from "./core/client-certificate.js";
import type { CallContext } from "./core/call-context.js";
import type { CancelSignal } from "./core/cancel-signal.js";
import type { Principal } from "./core/principal.js";
import type { JsonObject } from "./core/json.js";
import { rewriteJsonText } from "./core/rewrite-json-text.js";
import { toWardenError, WardenError } from "./core/warden-error.js";
import type { Guard } from "./enforce/guard.js";
import { callTargetOf } from "./enforce/call-target-of.js";
import type { StructureCheck } from "./enforce/structure-check.js";
import type { ModelRouter } from "./forward/model-router.js";
import { type EventStage, StageChain } from "./forward/sse/event-stage.js";
import type { SseEvent } from "./forward/sse/sse-event.js";
import type { Recorder } from "./record/recorder.js";
import { modelAllowed } from "./authenticate/model-allowlist.js";
import type { CallLimit, Limiter } from "./limit/limiter.js";

/** The HTTP exchange as the pipeline sees it (implemented by server/, or by tests). */
export interface Exchange {
  requestId: string;
  headers: IncomingHttpHeaders;
  /** The TLS client certificate on the caller's connection (mTLS), when it presented one. */
  clientCertificate?: ClientCertificate;
  /** The caller's socket address (checked against a key's source allowlist). */
  remoteAddress?: string;
  signal: CancelSignal;
  /** Add fields to the request's log line (never text, keys or values). */
  note(fields: Record<string, string | number | boolean>): void;
  /** The request body, parsed, as the JSON text it came as, and (optionally) as the bytes that came. */
  readJson(): Promise<{ body: JsonObject; raw: string; bytes?: Buffer }>;
  /** Send a JSON body (an object, or JSON text to relay as is). */
  sendJson(status: number, body: JsonObject | string, headers: Record<string, string>): Promise<void>;
  /**
   * Stream events to the client. Throws if the stream fails before anything was sent (so a normal error response
   * can be given); after that, writes an error event in the caller's format, ends the response, and returns the error.
   */
  sendStream(status: number, events: AsyncIterable<SseEvent[]>, stages: StageChain, headers: Record<string, string>): Promise<WardenError | undefined>;
  /** Record a call refused before the record stage (metadata only: never the body or the presented key). */
  refused?(err: unknown, principal: Principal | undefined): Promise<void>;
}

export interface PipelineDeps {
  authenticator: Authenticator;
  /** mTLS callers (`listen.tls.clientAuth`); absent: API keys only. */
  certificates?: CertificateAuthenticator;
  router: ModelRouter;
  guard: Guard;
  recorder: Recorder;
  /** Request rate, token quota and concurrency limits (src/limit/); absent: none. */
  limiter?: Limiter;
  /** Disabled tenants (admin API); their credentials are refused. */
  tenants?: TenantStatus;
  /**
   * Admin-API policies shared by replicas: throws `WARDEN_POLICY_STORE_STALE` when this replica's copy may be older
   * than `keys.policyMaxStaleSeconds` (its change feed lost); the call is then refused before anything is enforced.
   */
  policies?: { assertFresh(now?: number): void };
  /** OIDC bearer tokens for model traffic (`oidc.modelTraffic`); absent: API keys (and certificates) only. */
  oidc?: OidcVerifier;
  /** Refuses a model name, object key, stop sequence or other structural string (tool names, call ids) that carries a protected value (src/enforce/structure-check.ts). */
  structure?: StructureCheck;
}

/** The caller's principal, from its verified client certificate (mTLS) and/or its API key (docs/tls.md). */
export function authenticateCaller(deps: PipelineDeps, headers: IncomingHttpHeaders, cert: ClientCertificate | undefined, remoteAddress?: string): Principal {
  return admitted(deps, identifyCaller(deps, headers, cert, remoteAddress));
}

/** Who the caller is (verified credentials), before the checks of what it may do here ({@link admitted}). */
function identifyCaller(deps: PipelineDeps, headers: IncomingHttpHeaders, cert: ClientCertificate | undefined, remoteAddress?: string): Principal {
  const byKey = () => deps.authenticator.authenticate(headers, Date.now(), remoteAddress);
  return deps.certificates ? deps.certificates.authenticate(cert, byKey) : byKey();
}

/** Model traffic needs the `app` role (operators, auditors and admins use the admin API) and an enabled tenant. */
function admitted(deps: PipelineDeps, p: Principal): Principal {
  if (!p.roles.includes("app")) throw new WardenError("WARDEN_AUTH_ROLE_REQUIRED");
  if (deps.tenants?.isDisabled(p.tenant)) throw new WardenError("WARDEN_AUTH_TENANT_DISABLED");
  deps.policies?.assertFresh();
  return p;
}

/**
 * {@link authenticateCaller}, or OIDC for a bearer JWT when it is configured for model traffic (`oidc.modelTraffic`).
 * Answers synchronously unless a token has to be verified.
 */
export function authenticateCallerOrToken(deps: PipelineDeps, headers: IncomingHttpHeaders, cert: ClientCertificate | undefined, remoteAddress?: string): Principal | Promise<Principal> {
  const who = identifyCallerOrToken(deps, headers, cert, remoteAddress);
  return who instanceof Promise ? who.then((p) => admitted(deps, p)) : admitted(deps, who);
}

function identifyCallerOrToken(deps: PipelineDeps, headers: IncomingHttpHeaders, cert: ClientCertificate | undefined, remoteAddress?: string): Principal | Promise<Principal> {
  const presented = deps.oidc ? presentedKey(headers) : undefined;
  if (deps.oidc && presented !== undefined && looksLikeJwt(presented)) {
    // A token stands where a key would: the client-certificate rules (mTLS) apply to it the same way.
    return deps.oidc.verify(presented).then((p) => (deps.certificates ? deps.certificates.authenticate(cert, () => p) : p));
  }
  return identifyCaller(deps, headers, cert, remoteAddress);
}

/**
 * One model call, top to bottom: authenticate → parse → route → detect/decide/enforce (guard) → record (begin) →
 * forward → scan output/enforce (guard) → record (complete) → respond. Errors are thrown as WardenError and
 * rendered by the server in the caller's API format.
 */
export async function runModelCall(deps: PipelineDeps, endpoint: Endpoint, ex: Exchange): Promise<void> {
  const progress: Progress = {};
  try {
    await modelCall(deps, endpoint, ex, progress);
  } catch (err) {
    // Refused before the record stage (bad key or body, unknown model, limits...): the recorder has no entry yet.
    if (!progress.recording) await ex.refused?.(err, progress.principal);
    throw err;
  } finally {
    // Frees concurrency slots and settles the token count, however the call ended (done, failed, client gone).
    progress.limit?.end();
  }
}

interface Progress {
  principal?: Principal;
  recording?: boolean;
  limit?: CallLimit;
}

async function modelCall(deps: PipelineDeps, endpoint: Endpoint, ex: Exchange, progress: Progress): Promise<void> {
  // Without OIDC for model traffic, no promise hop on the hot path.
  const who = deps.oidc ? await identifyCallerOrToken(deps, ex.headers, ex.clientCertificate, ex.remoteAddress) : identifyCaller(deps, ex.headers, ex.clientCertificate, ex.remoteAddress);
  // Known before the role and tenant checks, so that a refusal by them is recorded with the caller's identity.
  progress.principal = who;
  const principal = admitted(deps, who);
  const { body: original, raw, bytes } = await ex.readJson();
  const spec = endpoint.parse(original);
  // Before the call is routed, logged or recorded: structure (the model name, object keys, stop sequences, tool
  // names, call ids, cache keys) cannot be redacted, so a protected value there refuses.
  // The policy scope of the call decides what is protected there (a route lookup only; an unknown model is refused
  // after the check, so its name is never echoed when it carries a protected value).
  if (deps.structure) {
    const found = deps.router.find(spec.model);
    const target = { tenant: principal.tenant, app: principal.app, model: spec.model, provider: found?.provider.name ?? "", ...(found && found.upstreamModel !== spec.model ? { upstreamModel: found.upstreamModel } : {}) };
    deps.structure.model(spec.model, target);
    deps.structure.body(original, spec.structure, target);
  }
  // The key's model allowlist before the route: a model the key may not use is refused alike whether a route serves
  // it or not, so a restricted key cannot map the gateway's routes with the models it may not call.
  if (!modelAllowed(principal.models, spec.model)) throw new WardenError("WARDEN_AUTH_MODEL_NOT_ALLOWED");
  const route = deps.router.resolve(spec.model);
  ex.note({ tenant: principal.tenant, app: principal.app, keyId: principal.keyId, model: spec.model, provider: route.provider.name, stream: spec.stream });
  if (!route.provider.supports(endpoint.api)) throw new WardenError("WARDEN_ROUTE_UNSUPPORTED");
  if (deps.limiter) progress.limit = await deps.limiter.admit(principal, spec, original);
  const ctx: CallContext = {
    requestId: ex.requestId,
    receivedAt: Date.now(),
    principal,
    api: endpoint.api,
    original,
    rawBody: raw,
    ...(bytes ? { rawBytes: bytes } : {}),
    spec,
    providerName: route.provider.name,
    upstreamModel: route.upstreamModel,
    clientHeaders: ex.headers,
    signal: ex.signal,
    // `x-ratelimit-*` from the limit stage; later stages add theirs (x-warden-decision).
    responseHeaders: progress.limit ? progress.limit.responseHeaders() : {},
  };

  let verdict: Awaited<ReturnType<Guard["request"]>>;
  try {
    verdict = await deps.guard.request(ctx);
  } catch (err) {
    // A control that could not run (fail closed) or a quarantined key: refused with what was decided so far.
    throw toWardenError(err).withHeaders(ctx.responseHeaders);
  }
  progress.recording = true;
  await deps.recorder.begin(ctx, verdict);
  try {
    if (verdict.kind === "refuse") throw verdict.error; // the catch below adds the decision headers
    const sameModel = verdict.body["model"] === route.upstreamModel;
    const body = sameModel ? verdict.body : { ...verdict.body, model: route.upstreamModel };
    const upstream = await route.provider.send({
      api: endpoint.api,
      body,
      // A rewritten body keeps the source text of what was not rewritten (numbers a double cannot hold, `-0`).
      ...(sameModel && !verdict.changed ? (bytes ? { rawBody: raw, rawBytes: bytes } : { rawBody: raw }) : { rawBody: rewriteJsonText(raw, body) }),
      stream: spec.stream,
      requestId: ctx.requestId,
      clientHeaders: ex.headers,
      signal: ex.signal,
      spec: () => endpoint.parse(body),
    });

    if (upstream.kind === "json") {
      progress.limit?.observe(endpoint, upstream.body);
      const out = await deps.guard.response(ctx, upstream.body);
      deps.structure?.responseKeys(out.body, callTargetOf(ctx));
      const relayRaw = !out.changed && upstream.raw !== undefined ? upstream.raw : undefined;
      const relayed = relayRaw === undefined ? {} : upstream.rawBytes ? { responseRaw: relayRaw, responseRawBytes: upstream.rawBytes } : { responseRaw: relayRaw };
      await deps.recorder.complete(ctx, { status: upstream.status, response: out.body, ...relayed, upstreamStatus: upstream.status, finishedAt: Date.now() });
      await ex.sendJson(upstream.status, relayRaw ?? out.body, ctx.responseHeaders);
      return;
    }
    const stages: EventStage[] = [deps.guard.stream(ctx)];
    // Token usage as the provider reports it, before output enforcement can change the events.
    if (progress.limit?.countsTokens) stages.unshift(progress.limit.stage(endpoint));
    if (deps.recorder.stream) stages.push(deps.recorder.stream(ctx));
    const streamError = await ex.sendStream(upstream.status, upstream.events, new StageChain(stages), ctx.responseHeaders);
    const outcome = { status: upstream.status, upstreamStatus: upstream.status, finishedAt: Date.now() };
    await deps.recorder.complete(ctx, streamError ? { ...outcome, error: streamError } : outcome);
  } catch (err) {
    const error = WardenError.isInstance(err) ? err : new WardenError("WARDEN_SERVER_INTERNAL", { cause: err });
    const upstreamStatus = error.details?.["upstream_status"];
    try {
      await deps.recorder.complete(ctx, { status: error.status, error, finishedAt: Date.now(), ...(typeof upstreamStatus === "number" ? { upstreamStatus } : {}) });
    } catch (recordErr) {
      // The error answer is a response like any other: not sent before its record is durable (fail closed).
      throw toWardenError(recordErr).withHeaders(ctx.responseHeaders);
    }
    // a response refused before anything was sent carries the decision header (output enforcement set it)
    throw error.withHeaders(ctx.responseHeaders);
  }
}
