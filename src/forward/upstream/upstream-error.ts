import { withoutQuotes } from "../../core/log-safe-error.js";
import { WardenError } from "../../core/warden-error.js";

/** Remove anything that looks like a credential from an upstream message before a client may see it. */
export function sanitizeUpstreamMessage(message: string): string {
  return message
    .replace(/\b(sk|rk|pk)[-_][A-Za-z0-9_\-*]{6,}/g, "[REDACTED]")
    .replace(/\b[A-Za-z0-9_\-]{32,}\b/g, "[REDACTED]")
    // The message may echo request values (the provider quoting a field): keys (16+ characters with a digit and a capital), e-mail
    // addresses and runs of 9+ digits (cards, phones, SSNs, account numbers) never reach the client.
    .replace(/\b(?=[A-Za-z0-9_\-]*\d)(?=[A-Za-z0-9_\-]*[A-Z])[A-Za-z0-9_\-]{16,}\b/g, "[REDACTED]")
    .replace(/[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[A-Za-z]{2,}/g, "[REDACTED]")
    .replace(/\+?\d(?:[\d \-.()]{6,}\d)/g, (m) => (m.replace(/\D/g, "").length >= 9 ? "[REDACTED]" : m))
    .slice(0, 1000);
}


/**
 * Map an upstream error status and body to a WardenError. Client-caused errors (4xx but auth) keep the upstream's
 * status and its sanitised message, so callers can fix their request; the gateway's own upstream credentials being
 * rejected (401/403) and upstream 5xx become a generic 502 (the details go to the log only).
 */
export function upstreamHttpError(status: number, bodyText: string, retryAfter?: string): WardenError {
  let message: string | undefined;
  let type: string | undefined;
  try {
    const j = JSON.parse(bodyText) as { error?: { message?: unknown; type?: unknown } | string; message?: unknown };
    const e = j.error;
    if (typeof e === "string") message = e;
    else if (e && typeof e.message === "string") {
      message = e.message;
      if (typeof e.type === "string") type = e.type;
    } else if (typeof j.message === "string") message = j.message;
  } catch {
    /* not JSON: keep only the status */
  }
  // The log keeps what the provider said, without what it may quote of the request (prompt text, values: logs never
  // hold them) and without anything key-like.
  const detail = `upstream status ${status}${message ? `: ${withoutQuotes(sanitizeUpstreamMessage(message)).slice(0, 300)}` : ""}`;
  const details: Record<string, unknown> = { upstream_status: status };
  if (retryAfter !== undefined) details["retry_after"] = retryAfter;
  if (status === 401 || status === 403) {
    return new WardenError("WARDEN_UPSTREAM_ERROR", { status: 502, message: "The model provider rejected the gateway's credentials.", details, detail });
  }
  if (status === 429) {
    return new WardenError("WARDEN_UPSTREAM_ERROR", { status: 429, message: "The model provider is rate limiting requests; retry later.", details, detail });
  }
  if (status >= 400 && status < 500) {
    if (type) details["upstream_type"] = type;
    return new WardenError("WARDEN_UPSTREAM_ERROR", {
      status,
      message: message ? `The model provider refused the request: ${sanitizeUpstreamMessage(message)}` : "The model provider refused the request.",
      details,
      detail,
    });
  }
  return new WardenError("WARDEN_UPSTREAM_ERROR", { status: 502, details, detail });
}
