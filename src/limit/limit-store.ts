/** Which subject a limit applies to. */
export type LimitScope = "key" | "app" | "tenant";
/** Which kind of limit refused a call. `too_large`: one call's token estimate exceeds the quota on its own. */
export type LimitKind = "requests" | "tokens" | "concurrency" | "too_large";

/** The limits of one subject for one call; a limit left out is not checked. */
export interface SubjectLimits {
  scope: LimitScope;
  /** Stable, store-safe subject id (e.g. `k:<keyId>`). */
  id: string;
  rpm?: number;
  tpm?: number;
  concurrency?: number;
}

export interface AdmitRequest {
  subjects: readonly SubjectLimits[];
  /** Tokens reserved for the call until its real usage is known. */
  tokens: number;
  windowMs: number;
}

/**
 * The tightest request-rate and token limits of a call's subjects (the one with the fewest units left), for the
 * `x-ratelimit-*` response headers: after the call was charged, or as they stood when it was refused. A limit of 0
 * means no subject has a limit of that kind. `reset` is ms until the oldest counted unit leaves the window (so
 * `remaining` grows), 0 when nothing is counted; on a refusal by that kind, the retry-after time.
 */
export interface RateSnapshot {
  requestsLimit: number;
  requestsRemaining: number;
  requestsResetMs: number;
  tokensLimit: number;
  tokensRemaining: number;
  tokensResetMs: number;
}

export type AdmitResult =
  | { ok: true; lease: StoreLease; rate: RateSnapshot }
  | { ok: false; scope: LimitScope; kind: LimitKind; /** When a retry can succeed (ms from now); 0 for `too_large`. */ retryAfterMs: number; rate: RateSnapshot };

/** What an admitted call holds: its reservation and concurrency slots. */
export interface StoreLease {
  /** Replace the token reservation with the real count and free the concurrency slots. Called once. */
  settle(actualTokens: number): Promise<void>;
}

/**
 * Where limits are counted: all subjects of a call are checked and, only when every one passes, charged, as one
 * atomic step (in memory: synchronously; in Redis: one Lua script).
 */
export interface LimitStore {
  /** Synchronous when the store can answer at once (memory): the limiter then takes no promise hop. */
  admit(req: AdmitRequest): AdmitResult | Promise<AdmitResult>;
  close(): Promise<void>;
}
