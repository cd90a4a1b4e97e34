import type { RateSnapshot } from "./limit-store.js";

/**
 * A reset time as OpenAI writes it (Go duration style): `250ms`, `1s`, `8.64s`, `6m0s`, `1h2m3s`. Whole
 * milliseconds, rounded up so that a client waiting that long finds the unit freed.
 */
export function formatReset(ms: number): string {
  return format(Math.max(0, Math.ceil(ms)));
}

/** The last reset written for one kind: calls close together share it, so it is formatted once. */
class ResetText {
  private ms = -1;
  private text = "";
  of(ms: number): string {
    const total = Math.max(0, Math.ceil(ms));
    if (total !== this.ms) {
      this.text = format(total);
      this.ms = total;
    }
    return this.text;
  }
}
const requestsReset = new ResetText();
const tokensReset = new ResetText();

function format(total: number): string {
  if (total < 1000) return `${total}ms`;
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const rest = total % 60_000;
  // Seconds with up to three decimals, trailing zeros dropped (8640 ms → "8.64").
  const s = rest % 1000 === 0 ? String(rest / 1000) : (rest / 1000).toFixed(3).replace(/0+$/, "");
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}

/**
 * OpenAI's rate-limit headers from the tightest request and token limits of a call (docs/keys-and-limits.md):
 * `x-ratelimit-limit-requests`, `-remaining-requests`, `-reset-requests` and the `-tokens` three, each kind only
 * when some subject has a limit of it. Written into `into` (the response's header record).
 */
export function writeRateLimitHeaders(rate: RateSnapshot, into: Record<string, string>): Record<string, string> {
  if (rate.requestsLimit > 0) {
    into["x-ratelimit-limit-requests"] = String(rate.requestsLimit);
    into["x-ratelimit-remaining-requests"] = String(rate.requestsRemaining);
    into["x-ratelimit-reset-requests"] = requestsReset.of(rate.requestsResetMs);
  }
  if (rate.tokensLimit > 0) {
    into["x-ratelimit-limit-tokens"] = String(rate.tokensLimit);
    into["x-ratelimit-remaining-tokens"] = String(rate.tokensRemaining);
    into["x-ratelimit-reset-tokens"] = tokensReset.of(rate.tokensResetMs);
  }
  return into;
}
