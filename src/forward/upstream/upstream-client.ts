import type { IncomingHttpHeaders } from "node:http";
import { Pool } from "./undici-pool.js";
import { type CancelSignal, cancellableSleep } from "../../core/cancel-signal.js";
import { WardenError } from "../../core/warden-error.js";
import { isTlsErrorCode, type UpstreamTlsOptions } from "./upstream-tls.js";
import { type DispatchedReply, dispatchRequest } from "./dispatch-request.js";
import type { UpstreamBody } from "./upstream-body.js";

export interface UpstreamClientOptions {
  origin: string;
  connections: number;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  maxRetries: number;
  /** Extra CA, client certificate (upstream mTLS); certificates are always verified. */
  tls?: UpstreamTlsOptions | undefined;
}

export interface UpstreamCall {
  method: "POST" | "GET";
  path: string;
  /** An object, or a flat `[name, value, ...]` list (cheaper for undici). */
  headers: Record<string, string> | string[];
  body?: string | Buffer;
  signal: CancelSignal;
}

export interface UpstreamReply {
  statusCode: number;
  headers: IncomingHttpHeaders;
  body: UpstreamBody;
}

/**
 * Error codes of failures before the request could reach the upstream whole (no connection, no name, the body's write
 * refused): it cannot have processed it, so even a POST is retried.
 */
const UNSENT_ERRORS = new Set(["ECONNREFUSED", "EPIPE", "UND_ERR_CONNECT_TIMEOUT", "EAI_AGAIN"]);
/**
 * A connection reset or closed with no response: the upstream may have read the whole request and run it (a model
 * call billed, a tool run) before dropping the connection, so only a GET is retried after one.
 */
const DROPPED_ERRORS = new Set(["ECONNRESET", "UND_ERR_SOCKET"]);
/** Statuses an upstream uses to say "not processed, try again". Only retried with a short (or no) retry-after. */
const RETRYABLE_STATUS = new Set([429, 503]);
const MAX_RETRY_WAIT_MS = 2_000;
/** A retried response's body is read and discarded up to this size (keeping the connection), else aborted. */
const MAX_DISCARD_BYTES = 128 * 1024;

/**
 * One keep-alive undici Pool per upstream origin. Retries happen only before the first response byte, and only
 * for failures that leave the request unprocessed (connection refused, the body's write refused, 429/503; a
 * connection reset before a response only for a GET).
 */
export class UpstreamClient {
  private readonly pool: Pool;

  constructor(private readonly opts: UpstreamClientOptions) {
    this.pool = new Pool(opts.origin, {
      connections: opts.connections,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      headersTimeout: opts.headersTimeoutMs,
      bodyTimeout: opts.bodyTimeoutMs,
      // TLS 1.2+ and verification always on (rejectUnauthorized cannot be configured off; docs/tls.md).
      connect: { timeout: opts.connectTimeoutMs, minVersion: "TLSv1.2", rejectUnauthorized: true, ...opts.tls },
    });
  }

  async request(call: UpstreamCall): Promise<UpstreamReply> {
    for (let attempt = 0; ; attempt++) {
      let reply: DispatchedReply;
      try {
        reply = await dispatchRequest(this.pool, { method: call.method, path: call.path, headers: call.headers, body: call.body ?? null }, call.signal);
      } catch (err) {
        const code = errorCode(err);
        if (call.signal.aborted) throw new WardenError("WARDEN_REQUEST_ABORTED", { cause: err });
        if (attempt < this.opts.maxRetries && code !== undefined && (UNSENT_ERRORS.has(code) || (call.method === "GET" && DROPPED_ERRORS.has(code)))) {
          await cancellableSleep(backoffMs(attempt), call.signal);
          continue;
        }
        throw mapTransportError(err);
      }
      if (attempt < this.opts.maxRetries && RETRYABLE_STATUS.has(reply.statusCode)) {
        const wait = retryAfterMs(reply.headers["retry-after"]) ?? backoffMs(attempt);
        if (wait <= MAX_RETRY_WAIT_MS) {
          await reply.body.collect(MAX_DISCARD_BYTES, () => new Error("retried response over limit")).catch(() => undefined);
          await cancellableSleep(wait, call.signal);
          if (call.signal.aborted) throw new WardenError("WARDEN_REQUEST_ABORTED");
          continue;
        }
      }
      return reply;
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

function errorCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function backoffMs(attempt: number): number {
  return Math.min(100 * 2 ** attempt, 1_000);
}

function retryAfterMs(value: string | string[] | undefined): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined) return undefined;
  const secs = Number(v);
  if (Number.isFinite(secs)) return secs * 1000;
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Map undici/socket failures to stable codes; the raw error is kept as `cause` for the log. */
export function mapTransportError(err: unknown): WardenError {
  if (WardenError.isInstance(err)) return err;
  const code = errorCode(err);
  if (isTlsErrorCode(code)) return new WardenError("WARDEN_UPSTREAM_TLS", { cause: err, detail: code });
  switch (code) {
    case "UND_ERR_HEADERS_TIMEOUT":
    case "UND_ERR_BODY_TIMEOUT":
    case "UND_ERR_CONNECT_TIMEOUT":
      return new WardenError("WARDEN_UPSTREAM_TIMEOUT", { cause: err, detail: code });
    case "UND_ERR_ABORTED":
    case "ABORT_ERR":
      return new WardenError("WARDEN_REQUEST_ABORTED", { cause: err });
    default:
      return new WardenError("WARDEN_UPSTREAM_UNREACHABLE", { cause: err, detail: code });
  }
}
