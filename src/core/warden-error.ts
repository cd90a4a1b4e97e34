import { ERROR_CODES, type ErrorCode } from "./error-codes.js";

const MARKER = Symbol.for("warden.error");

/**
 * The one base error. `message` is curated and safe for clients; `cause` and `detail` are for logs only.
 *
 * @example
 * throw new WardenError("WARDEN_REQUEST_INVALID_JSON", { cause: err });
 */
export class WardenError extends Error {
  readonly [MARKER] = true;
  readonly code: ErrorCode;
  readonly status: number;
  /** Extra client-safe fields (e.g. policy reasons, retry-after). Never raw sensitive values. */
  readonly details: Readonly<Record<string, unknown>> | undefined;
  /** Log-only detail; never sent to clients. */
  readonly detail: string | undefined;
  /** Response headers that go with the error (e.g. `x-ratelimit-*` on a 429). */
  readonly headers: Readonly<Record<string, string>> | undefined;

  constructor(
    code: ErrorCode,
    opts: { message?: string; cause?: unknown; details?: Record<string, unknown>; detail?: string; status?: number; headers?: Record<string, string> } = {},
  ) {
    super(opts.message ?? ERROR_CODES[code].message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = "WardenError";
    this.code = code;
    this.status = opts.status ?? ERROR_CODES[code].status;
    this.details = opts.details;
    this.detail = opts.detail;
    this.headers = opts.headers;
  }

  /**
   * This error with the call's response headers added (`x-warden-decision`, `x-ratelimit-*`), its own headers
   * winning on a clash: a refused call tells the caller what was decided as an answered one does.
   */
  withHeaders(headers: Readonly<Record<string, string>>): WardenError {
    if (Object.keys(headers).length === 0) return this;
    const e = new WardenError(this.code, {
      message: this.message,
      ...(this.cause === undefined ? {} : { cause: this.cause }),
      ...(this.details === undefined ? {} : { details: { ...this.details } }),
      ...(this.detail === undefined ? {} : { detail: this.detail }),
      status: this.status,
      headers: { ...headers, ...this.headers },
    });
    if (this.stack !== undefined) e.stack = this.stack;
    return e;
  }

  static isInstance(value: unknown): value is WardenError {
    return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
  }
}

/** Wrap anything thrown into a WardenError without leaking its message to clients. */
export function toWardenError(err: unknown): WardenError {
  if (WardenError.isInstance(err)) return err;
  return new WardenError("WARDEN_SERVER_INTERNAL", { cause: err });
}
