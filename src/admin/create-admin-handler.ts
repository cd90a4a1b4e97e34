import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { ERROR_CODES } from "../core/error-codes.js";
import type { JsonObject } from "../core/json.js";
import type { Principal } from "../core/principal.js";
import { toWardenError, WardenError } from "../core/warden-error.js";
import { safePath, safeSegment } from "../core/safe-path.js";
import { TENANT_ID } from "./tenant-store.js";
import { canAccessTenant } from "./tenant-access.js";
import { compileSourceAllowlist } from "../authenticate/source-allowlist.js";
import { authenticateAdmin } from "./admin-authenticate.js";
import type { AdminContext, AdminDeps, AdminResult, AdminRoute } from "./admin-route.js";
import { ADMIN_ROUTES } from "./admin-routes.js";
import { inWriteScope } from "../postgres/write-scope.js";
import { routeMatcher } from "./match-route.js";
import { readAdminBody } from "./read-admin-body.js";
import { recordAdminEvent } from "./record-admin-event.js";
import { tenantKnown } from "./tenant-known.js";

/**
 * Headers on every admin answer: never cached (they carry keys and evidence), no MIME sniffing, never framed,
 * no referrer; HSTS when served over TLS (RFC 6797 forbids it over plain HTTP).
 */
function securityHeaders(req: IncomingMessage): Record<string, string> {
  const h: Record<string, string> = {
    "cache-control": "no-store",
    pragma: "no-cache",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-resource-policy": "same-origin",
  };
  if ((req.socket as Partial<TLSSocket>).encrypted === true) h["strict-transport-security"] = "max-age=31536000; includeSubDomains";
  return h;
}

/** Admin errors: the OpenAI error shape with Warden's stable code; curated message and client-safe details only. */
function errorBody(e: WardenError): JsonObject {
  const details = (e.details ?? {}) as JsonObject;
  return { error: { message: e.message, type: ERROR_CODES[e.code].openaiType, param: null, code: e.code, ...details } };
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string, contentType: string): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...headers, "content-type": contentType, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

/** Errors of a malformed admin request (nothing was done): recorded as rejected calls, not as admin events. */
const MALFORMED: ReadonlySet<string> = new Set([
  "WARDEN_REQUEST_CONTENT_TYPE",
  "WARDEN_REQUEST_TOO_LARGE",
  "WARDEN_REQUEST_INVALID_UTF8",
  "WARDEN_REQUEST_INVALID_JSON",
  "WARDEN_REQUEST_ABORTED",
  "WARDEN_ADMIN_INVALID_BODY",
  "WARDEN_ADMIN_INVALID_QUERY",
]);

/**
 * The admin API's request handler (mounted by the server under `/admin/`): security headers, authentication (API
 * key or OIDC token), the route table's role check, the handler, and one audit event per request — allowed or
 * refused — written before the answer is released. A failed audit write fails the request (503), except for
 * refusals, which are answered anyway.
 *
 * @example
 * const admin = createAdminHandler(deps);
 * createWardenServer(pipelineDeps, { ..., mounts: [{ prefix: "/admin/", handle: admin }] });
 */
export function createAdminHandler(deps: AdminDeps, routes: readonly AdminRoute[] = ADMIN_ROUTES): (req: IncomingMessage, res: ServerResponse, requestId: string) => Promise<void> {
  const match = routeMatcher(routes);
  const sourceAllowed = deps.allowFrom ? compileSourceAllowlist(deps.allowFrom) : undefined;
  const known = (tenant: string) => tenantKnown(deps, tenant);
  return async function adminHandler(req, res, requestId) {
    const headers = securityHeaders(req);
    const url = new URL(req.url ?? "/", "http://admin.invalid");
    const method = req.method ?? "GET";
    const client = deps.clientAddress ? deps.clientAddress(req) : req.socket.remoteAddress;
    let principal: Principal | undefined;
    let route: AdminRoute | undefined;
    let params: Record<string, string> = {};
    const notes: JsonObject = {};
    let result: AdminResult | undefined;
    let error: WardenError | undefined;
    let intent = "none" as "none" | "written" | "failed";
    try {
      if (sourceAllowed && !sourceAllowed(client)) {
        throw new WardenError("WARDEN_ADMIN_FORBIDDEN", { message: "The admin API is not reachable from this network address." });
      }
      principal = await authenticateAdmin(req, deps, client);
      const m = match(method, url.pathname);
      if (!m.route) throw new WardenError(m.pathKnown ? "WARDEN_REQUEST_METHOD" : "WARDEN_ADMIN_NOT_FOUND");
      route = m.route;
      params = m.params;
      const roles = route.roles;
      if (!principal.roles.some((r) => roles.includes(r))) throw new WardenError("WARDEN_ADMIN_FORBIDDEN");
      if (route.query !== true && url.search.length > 1) {
        const issues = [...new Set(url.searchParams.keys())].slice(0, 50).map((k) => ({ path: k, message: "unknown parameter (this action takes none)" }));
        throw new WardenError("WARDEN_ADMIN_INVALID_QUERY", { details: { issues } });
      }
      const ctx: AdminContext = {
        deps,
        principal,
        requestId,
        headers: req.headers,
        params,
        query: url.searchParams,
        body: () => readAdminBody(req, deps.bodyLimit),
        note: (d) => Object.assign(notes, d),
        // A change is made only once the store has taken its intent (`admin.<action>.begin`): when it cannot, nothing
        // is changed and the refusal is true. The outcome event follows the change as for every request.
        changing: async () => {
          if (intent !== "none" || !deps.audit || !route) return;
          const details: JsonObject = { requestId, method, route: route.path, ...(params["tenant"] !== undefined ? { targetTenant: shownTenant(deps, params["tenant"], false, principal) } : {}) };
          try {
            await recordAdminEvent(deps.audit, `admin.${route.action}.begin`, details, principal, targetOf(details, params, {}), known);
            intent = "written";
          } catch (err) {
            intent = "failed";
            throw new WardenError("WARDEN_AUDIT_UNAVAILABLE", { cause: err, detail: "admin intent not recorded; nothing was changed" });
          }
        },
      };
      const handle = route.handle;
      // the request's store writes report their failures to this request's flush only
      result = await inWriteScope(() => handle(ctx));
    } catch (err) {
      error = toWardenError(err);
      if (error.code === "WARDEN_SERVER_INTERNAL") deps.logger.error({ reqId: requestId, err: err instanceof Error ? { message: err.message, stack: err.stack } : String(err) }, "admin request failed");
    }
    req.resume();
    // A refusal with its body unread (e.g. no credential): close the connection instead of reading a body that a
    // hostile client could trickle forever to hold the socket.
    if (!req.complete) headers["connection"] = "close";

    // One event per request, allowed or refused. Details: ids and outcomes, never key text, secrets or bodies.
    const event = `admin.${route?.action ?? "unmatched"}`;
    const details: JsonObject = {
      requestId,
      method,
      route: route?.path ?? null,
      outcome: error ? (error.status === 401 || error.status === 403 || error.code === "WARDEN_ADMIN_NOT_FOUND" ? "refused" : "failed") : "ok",
      status: error?.status ?? result?.status ?? 500,
      ...(error ? { code: error.code } : {}),
      // The target tenant as typed into the URL: shown when it is a tenant id that exists or the action succeeded
      // (UUID-like and numeric ids included), or an ordinary word; anything else (a pasted value) is masked.
      ...(params["tenant"] !== undefined ? { targetTenant: shownTenant(deps, params["tenant"], error === undefined, principal) } : {}),
      ...(principal?.via === "oidc" && principal.subject ? { subject: principal.subject } : {}),
      ...(principal ? { roles: [...principal.roles] } : {}),
      ...notes,
    };
    if (error && deps.rejected && intent === "none" && (!principal || !route || MALFORMED.has(error.code))) {
      // Nobody authenticated, or a request malformed before it could act (body, query, path, method): recorded like
      // any refused call (metadata only, with the principal when there is one), under the recorder's flood limits.
      const call = { requestId, time: Date.now(), method, path: safePath(url.pathname), code: error.code, status: error.status, source: client ?? "" };
      await deps.rejected(principal ? { ...call, principal: { tenant: principal.tenant, app: principal.app, keyId: principal.keyId } } : call).catch(() => undefined);
    } else if (deps.audit && intent !== "failed") {
      try {
        await recordAdminEvent(deps.audit, event, details, principal, targetOf(details, params, error ? {} : notes), known);
      } catch (err) {
        deps.logger.error({ reqId: requestId, event, err: err instanceof Error ? err.message : String(err) }, "admin event could not be recorded");
        // A change already made, its intent recorded: the answer goes out (a retry would make it twice) and the log
        // shows the begin entry without an outcome. Anything else (a read, a validation) is not released unrecorded.
        if (!error && intent !== "written") {
          result = undefined;
          error = new WardenError("WARDEN_AUDIT_UNAVAILABLE", { cause: err });
        }
      }
    } else deps.logger.info({ reqId: requestId, event, ...details }, "admin action");

    if (error || !result) {
      const e = error ?? new WardenError("WARDEN_SERVER_INTERNAL");
      if (e.status === 401) headers["www-authenticate"] = 'Bearer realm="warden-admin"';
      return send(res, e.status, headers, JSON.stringify(errorBody(e)), "application/json");
    }
    if ("json" in result) return send(res, result.status, headers, JSON.stringify(result.json), "application/json");
    return send(res, result.status, { ...result.headers, ...headers }, result.text, result.contentType);
  };
}

/**
 * The tenant an admin event acted on, when it may be named: the URL's `:tenant` when it is recorded as typed (see
 * {@link shownTenant}), or the tenant a successful action reports (`tenants.create` names the new one in its notes).
 */
function targetOf(details: JsonObject, params: Record<string, string>, notes: JsonObject): string | undefined {
  const typed = params["tenant"];
  if (typed !== undefined) return details["targetTenant"] === typed ? typed : undefined;
  return typeof notes["tenant"] === "string" ? notes["tenant"] : undefined;
}

/**
 * The target tenant of an admin event as it may be recorded (see the call site). Whether the tenant exists is
 * consulted only for a caller that may see it: the event lands in the caller's own tenant's trail, which its auditors
 * read, so for a foreign tenant the recorded form must not depend on existence (else a refused probe of a UUID-like
 * id would show there whether that tenant exists, though both probes answered the same 404).
 */
function shownTenant(deps: AdminDeps, tenant: string, succeeded: boolean, principal: Principal | undefined): string {
  if (TENANT_ID.test(tenant) && (succeeded || (principal !== undefined && canAccessTenant(principal, tenant) && deps.tenants.get(tenant) !== undefined))) return tenant;
  return safeSegment(tenant) ? tenant : "*";
}
