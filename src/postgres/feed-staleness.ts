import { WardenError } from "../core/warden-error.js";

/**
 * How long changes made by other replicas may have gone unseen by a store fed by a change feed: 0 while the feed is
 * live; while it is down, the time since it went down or since the last full reload that succeeded after that, if
 * later.
 */
export function feedStaleMs(downSince: number | undefined, reloadedAt: number, now: number): number {
  if (downSince === undefined) return 0;
  return Math.max(0, now - Math.max(downSince, reloadedAt));
}

/** Refuse with `code` when the store has been stale for longer than `boundMs` (0 or less: no bound). */
export function assertFeedFresh(staleMs: number, boundMs: number, code: "WARDEN_AUTH_STORE_STALE" | "WARDEN_POLICY_STORE_STALE", store: string): void {
  if (boundMs <= 0 || staleMs <= boundMs) return;
  throw new WardenError(code, { detail: `${store} change feed down for ${Math.round(staleMs / 1000)} s (bound ${boundMs / 1000} s)` });
}
