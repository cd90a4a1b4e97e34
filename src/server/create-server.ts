import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { createServer as createHttpsServer, type Server as HttpsServer, type ServerOptions as HttpsServerOptions } from "node:https";
import type { Logger } from "pino";
import type { Endpoint, ErrorFormat } from "../api/endpoint.js";
import { ENDPOINTS } from "../api/endpoints.js";
import type { JsonObject } from "../core/json.js";
import { logSafeError } from "../core/log-safe-error.js";
import type { Principal } from "../core/principal.js";
import { CancelSignal } from "../core/cancel-signal.js";
import { toWardenError, WardenError } from "../core/warden-error.js";
import { authenticateCallerOrToken, type Exchange, type PipelineDeps, runModelCall } from "../pipeline.js";
import { readJsonBody } from "./read-json-body.js";
import { renderError, renderStreamError } from "./render-error.js";
import { requestIdFor } from "./request-id.js";
import { isModelsPath, MODELS_PATH, serveModels } from "./serve-models.js";
import { clientCertificateOf } from "./tls-client-certificate.js";
import { watchTlsRefusals } from "./tls-refusal-log.js";
import { safePath } from "../core/safe-path.js";
import { writeSse } from "./write-sse.js";

export interface ServerOptions {
  bodyLimit: number;
  keepAliveTimeoutMs: number;
  logger: Logger;
  /** Whether config and stores are ready (for `/readyz`). */
  ready(): boolean;
  /** Serve HTTPS with these options (docs/tls.md); plain HTTP when absent. */
  tls?: HttpsServerOptions;
  /** Other handlers by path prefix (the admin API under `/admin/`): they answer the request themselves. */
  mounts?: readonly ServerMount[];
  /** The caller's address (`server.trustedProxies`: from a trusted proxy's header); absent: the TCP peer. */
  clientAddress?: (req: IncomingMessage) => string | undefined;
}

/** A handler for every path under `prefix` (it writes its own response; errors it throws are rendered as usual). */
export interface ServerMount {
  prefix: string;
  handle(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void>;
}

export interface WardenServer {
  server: Server | HttpsServer;
  listen(port: number, host: string): Promise<{ port: number; host: string }>;
  /** Stop accepting, let in-flight calls and streams finish up to `graceMs`, then cut what is left. */
  shutdown(graceMs: number): Promise<void>;
}

/** Which error format a caller understands when the endpoint does not say (unknown paths, auth on /v1/models). */
function guessFormat(req: IncomingMessage): ErrorFormat {
  return req.headers["x-api-key"] !== undefined || req.headers["anthropic-version"] !== undefined ? "anthropic" : "openai";
}

/**
 * Write a whole JSON response. `ids` are the request-id headers: given to `writeHead` with the others rather than
 * set ahead with `setHeader`, which would put every later `writeHead` on Node's slower merging path.
 */
function sendJson(res: ServerResponse, status: number, body: JsonObject | string, ids: RequestIdHeaders, headers?: Record<string, string>): void {
  if (res.headersSent || res.destroyed) return;
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { ...headers, ...ids, "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

type RequestIdHeaders = Record<"x-request-id", string> & { "request-id"?: string };

/** `x-request-id` on every response; Anthropic clients also read `request-id`. */
function requestIdHeaders(requestId: string, format: ErrorFormat): RequestIdHeaders {
  return format === "anthropic" ? { "x-request-id": requestId, "request-id": requestId } : { "x-request-id": requestId };
}

/** After the shutdown deadline, how long cancelled calls may take to write their closing error and end. */
const CLOSING_EVENT_WAIT_MS = 1_000;

/** The HTTP edge: routing, request ids, error rendering, logging, graceful shutdown. Model calls go to the pipeline. */
export function createWardenServer(deps: PipelineDeps, opts: ServerOptions): WardenServer {
  const routes = new Map<string, Endpoint>(ENDPOINTS.map((e) => [`${e.method} ${e.path}`, e]));
  const inflight = new Set<CancelSignal>();
  let draining = false;
  const log = opts.logger;
  // A call cancelled by the shutdown deadline, not by its client: answered as such.
  const shutdownOr = (e: WardenError): WardenError => (draining && e.code === "WARDEN_REQUEST_ABORTED" ? new WardenError("WARDEN_SERVER_SHUTTING_DOWN", { cause: e }) : e);

  const handle = async (req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> => {
    const started = performance.now();
    const path = (req.url ?? "/").split("?", 1)[0] as string;
    const endpoint = routes.get(`${req.method} ${path}`);
    const format = endpoint?.errorFormat ?? guessFormat(req);
    const ids = requestIdHeaders(requestId, format);
    const abort = new CancelSignal();
    const client = opts.clientAddress ? opts.clientAddress(req) : req.socket.remoteAddress;
    // An unknown path may carry a value pasted into the URL: logged and recorded masked (known routes are shown as is).
    const shownPath = endpoint || path === MODELS_PATH ? path : safePath(path);
    const logFields: Record<string, unknown> = { reqId: requestId, method: req.method, path: shownPath };
    // Calls refused before the pipeline's record stage become metadata-only audit entries (the recorder limits floods).
    let inPipeline = false;
    const recordRejected = async (e: WardenError, p?: Principal): Promise<void> => {
      if (!deps.recorder.rejected) return;
      const principal = p ? { tenant: p.tenant, app: p.app, keyId: p.keyId } : undefined;
      const call = { requestId, time: Date.now(), method: req.method ?? "", path: shownPath, code: e.code, status: e.status, source: client ?? "" };
      await deps.recorder.rejected(principal ? { ...call, principal } : call).catch(() => undefined);
    };
    res.on("close", () => {
      if (!res.writableFinished) abort.abort();
      inflight.delete(abort);
      logFields["status"] = res.statusCode;
      logFields["ms"] = Math.round((performance.now() - started) * 100) / 100;
      if (!res.writableFinished) logFields["aborted"] = true;
      log.info(logFields, "request");
    });

    const fail = (err: unknown) => {
      const e = shutdownOr(toWardenError(err));
      logFields["code"] = e.code;
      if (e.code === "WARDEN_SERVER_INTERNAL" || e.status >= 500) {
        log.error({ reqId: requestId, code: e.code, detail: e.detail, err: logSafeError(e.cause) }, "request failed");
      }
      const headers: Record<string, string> = {};
      // A refusal before the body was read (bad key, limits...): close the connection rather than wait for a body
      // that a hostile client could trickle forever to hold the socket.
      if (!req.complete) headers["connection"] = "close";
      const retry = e.details?.["retry_after"];
      if (typeof retry === "string" || typeof retry === "number") headers["retry-after"] = String(retry);
      if (e.headers) Object.assign(headers, e.headers);
      sendJson(res, e.status, renderError(e, format, requestId), ids, headers);
    };

    try {
      if (draining) {
        res.setHeader("connection", "close");
        throw new WardenError("WARDEN_SERVER_SHUTTING_DOWN");
      }
      // HEAD answers like GET without a body (node:http drops it, the headers and content-length stay).
      const read = req.method === "GET" || req.method === "HEAD";
      if (read && path === "/healthz") return sendJson(res, 200, { status: "ok" }, ids);
      // `/admin` without its trailing slash belongs to the mount too (its 404 carries the mount's headers).
      const mount = opts.mounts?.find((m) => path.startsWith(m.prefix) || (m.prefix.endsWith("/") && path === m.prefix.slice(0, -1)));
      if (mount) {
        for (const [name, value] of Object.entries(ids)) res.setHeader(name, value);
        return await mount.handle(req, res, requestId);
      }
      if (read && path === "/readyz") {
        return opts.ready() ? sendJson(res, 200, { status: "ready" }, ids) : sendJson(res, 503, { status: "not ready" }, ids);
      }
      if (read && isModelsPath(path)) {
        const principal = await authenticateCallerOrToken(deps, req.headers, clientCertificateOf(req.socket), client);
        logFields["tenant"] = principal.tenant;
        let answer: Awaited<ReturnType<typeof serveModels>>;
        try {
          // may ask an upstream (a catch-all route): cancelled like a model call on shutdown or a client gone
          inflight.add(abort);
          answer = await serveModels(deps, principal, path, format, { requestId, signal: abort });
        } catch (err) {
          // an unknown model: a rejected call like any other, with the caller it was refused to
          inPipeline = true;
          await recordRejected(toWardenError(err), principal);
          throw err;
        }
        // Metadata only (who, which route, the status), durable before the answer like every record.
        const p = { tenant: principal.tenant, app: principal.app, keyId: principal.keyId };
        const route = path === MODELS_PATH ? MODELS_PATH : `${MODELS_PATH}/{id}`;
        await deps.recorder.served?.({ requestId, time: Date.now(), method: req.method ?? "GET", route, status: 200, source: client ?? "", principal: p, ...(answer.model ? { model: answer.model.id } : {}) });
        return sendJson(res, 200, answer.body, ids);
      }
      if (!endpoint) {
        const known = ENDPOINTS.some((e) => e.path === path) || isModelsPath(path);
        throw new WardenError(known ? "WARDEN_REQUEST_METHOD" : "WARDEN_REQUEST_NOT_FOUND");
      }
      inflight.add(abort);
      const ex: Exchange = {
        requestId,
        headers: req.headers,
        clientCertificate: clientCertificateOf(req.socket),
        ...(client !== undefined ? { remoteAddress: client } : {}),
        signal: abort,
        note: (fields) => Object.assign(logFields, fields),
        readJson: () => readJsonBody(req, opts.bodyLimit),
        sendJson: async (status, body, headers) => sendJson(res, status, body, ids, headers),
        sendStream: (status, events, stages, headers) =>
          writeSse(res, status, { ...headers, ...ids }, events, stages, (cause, lastSent) => {
            const err = shutdownOr(cause);
            logFields["code"] = err.code;
            log.warn({ reqId: requestId, code: err.code, detail: err.detail }, "stream ended with an error");
            return renderStreamError(err, format, requestId, endpoint.api === "openai.responses", lastSent);
          }),
        refused: (err, principal) => recordRejected(toWardenError(err), principal),
      };
      logFields["api"] = endpoint.api;
      inPipeline = true;
      await runModelCall(deps, endpoint, ex);
    } catch (err) {
      if (!inPipeline && (path === "/v1" || path.startsWith("/v1/"))) await recordRejected(toWardenError(err));
      fail(err);
    }
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    const requestId = requestIdFor(req.headers);
    handle(req, res, requestId).catch((err: unknown) => {
      log.error({ err: err instanceof Error ? err.message : String(err) }, "unhandled request error");
      if (!res.headersSent) sendJson(res, 500, { error: { message: "Internal gateway error.", type: "api_error", code: "WARDEN_SERVER_INTERNAL" } }, { "x-request-id": requestId });
      else res.destroy();
    });
  };
  const httpOptions = { keepAliveTimeout: opts.keepAliveTimeoutMs, requestTimeout: 0, headersTimeout: 60_000 };
  const server = opts.tls ? createHttpsServer({ ...httpOptions, ...opts.tls }, onRequest) : createServer(httpOptions, onRequest);
  // Failed handshakes (old TLS versions, weak ciphers, a missing or untrusted client certificate): a summary per minute.
  if ("setSecureContext" in server) watchTlsRefusals(server, log);
  server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
    const answer = () => {
      if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
      else socket.destroy();
    };
    // Not even valid HTTP (Node's parser refused it): a rejected call with no method or path to trust, recorded
    // (flood-limited, durable) before the answer. Resets and timeouts of idle connections are not requests.
    if (!deps.recorder.rejected || typeof err.code !== "string" || !err.code.startsWith("HPE_")) return answer();
    const source = (socket as Partial<Socket>).remoteAddress ?? "";
    const call = { requestId: requestIdFor({}), time: Date.now(), method: "", path: "", code: "WARDEN_REQUEST_MALFORMED", status: 400, source, reason: err.code };
    deps.recorder.rejected(call).catch(() => undefined).finally(answer);
  });

  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          const addr = server.address();
          resolve(typeof addr === "object" && addr ? { port: addr.port, host: addr.address } : { port, host });
        });
      }),
    async shutdown(graceMs) {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = Date.now() + graceMs;
      while (inflight.size > 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 25));
        server.closeIdleConnections();
      }
      // Past the deadline the gateway stops what is left: each call is cancelled (its upstream request too) and
      // answers like any failed call, a started stream with its closing error event (WARDEN_SERVER_SHUTTING_DOWN)
      // and a proper end. Each leaves `inflight` when its response closes; only then, or after a short wait, are
      // connections cut.
      for (const a of inflight) a.abort();
      const cutAt = Date.now() + CLOSING_EVENT_WAIT_MS;
      while (inflight.size > 0 && Date.now() < cutAt) await new Promise((r) => setTimeout(r, 10));
      server.closeAllConnections();
      await closed;
    },
  };
}
