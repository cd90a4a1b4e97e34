import type { AdmitRequest, AdmitResult, LimitKind, LimitScope, LimitStore, RateSnapshot, StoreLease, SubjectLimits } from "./limit-store.js";
import { SlidingLog } from "./sliding-log.js";

interface SubjectState {
  requests: SlidingLog;
  tokens: SlidingLog;
  inflight: number;
}

const RESOLVED = Promise.resolve();
const NO_LEASE: StoreLease = { settle: () => RESOLVED };

/** ms until the oldest counted unit of a log leaves the window; 0 when nothing is counted. */
function resetOf(log: SlidingLog, now: number, windowMs: number): number {
  const at = log.freedAt(1, windowMs);
  return at === undefined ? 0 : Math.max(0, at - now);
}

/** The tightest request and token limits of the subjects as their logs stand now (see RateSnapshot). */
function snapshot(subjects: readonly SubjectLimits[], states: readonly SubjectState[], now: number, windowMs: number): RateSnapshot {
  let rl = 0;
  let rr = Infinity;
  let rs: SubjectState | undefined;
  let tl = 0;
  let tr = Infinity;
  let ts: SubjectState | undefined;
  for (let i = 0; i < subjects.length; i++) {
    const sub = subjects[i] as SubjectLimits;
    const s = states[i] as SubjectState;
    if (sub.rpm !== undefined) {
      const left = Math.max(0, sub.rpm - s.requests.sum);
      if (left < rr) {
        rl = sub.rpm;
        rr = left;
        rs = s;
      }
    }
    if (sub.tpm !== undefined) {
      const left = Math.max(0, sub.tpm - s.tokens.sum);
      if (left < tr) {
        tl = sub.tpm;
        tr = left;
        ts = s;
      }
    }
  }
  return {
    requestsLimit: rl,
    requestsRemaining: rs ? rr : 0,
    requestsResetMs: rs ? resetOf(rs.requests, now, windowMs) : 0,
    tokensLimit: tl,
    tokensRemaining: ts ? tr : 0,
    tokensResetMs: ts ? resetOf(ts.tokens, now, windowMs) : 0,
  };
}

/**
 * What an admitted call holds in memory: its token reservations (a handle per subject with a quota, -1 for none) and
 * concurrency slots. A class, not a closure per call: the admission path allocates as little as it can.
 */
class MemoryLease implements StoreLease {
  private settled = false;

  constructor(
    private readonly clock: () => number,
    private readonly subjects: readonly SubjectLimits[],
    private readonly states: readonly SubjectState[],
    private readonly handles: number[] | undefined,
    private readonly reserved: number,
  ) {}

  settle(actual: number): Promise<void> {
    if (this.settled) return RESOLVED;
    this.settled = true;
    const at = this.handles ? this.clock() : 0;
    for (let i = 0; i < this.subjects.length; i++) {
      const s = this.states[i] as SubjectState;
      const handle = this.handles?.[i] ?? -1;
      if (handle >= 0) {
        s.tokens.release(handle, this.reserved);
        if (actual > 0) s.tokens.add(at, actual);
      }
      if ((this.subjects[i] as SubjectLimits).concurrency !== undefined) s.inflight--;
    }
    return RESOLVED;
  }
}

/**
 * Limits counted in this process (one gateway, or per replica when Redis is not configured): exact sliding-window
 * logs per subject. Check-then-charge runs synchronously, so concurrent calls cannot both take the last unit.
 * Idle subjects are swept every window, so memory follows the active subjects only.
 */
export class MemoryLimitStore implements LimitStore {
  private readonly states = new Map<string, SubjectState>();
  private readonly sweeper: NodeJS.Timeout;
  private lastWindowMs = 60_000;

  constructor(private readonly clock: () => number = Date.now) {
    this.sweeper = setInterval(() => this.sweep(), 10_000);
    this.sweeper.unref();
  }

  private state(id: string): SubjectState {
    let s = this.states.get(id);
    if (!s) {
      s = { requests: new SlidingLog(), tokens: new SlidingLog(), inflight: 0 };
      this.states.set(id, s);
    }
    return s;
  }

  admit(req: AdmitRequest): AdmitResult {
    const now = this.clock();
    const w = req.windowMs;
    this.lastWindowMs = w;
    const cutoff = now - w;
    const subjects = req.subjects;
    const states: SubjectState[] = [];
    let refusal: { scope: LimitScope; kind: LimitKind; retryAfterMs: number } | undefined;
    // Check every subject first (all are trimmed, for the rate snapshot)...
    for (const sub of subjects) {
      const s = this.state(sub.id);
      states.push(s);
      if (sub.rpm !== undefined) s.requests.trim(cutoff);
      if (sub.tpm !== undefined) s.tokens.trim(cutoff);
      if (refusal !== undefined) continue;
      if (sub.rpm !== undefined && s.requests.sum >= sub.rpm) {
        const at = s.requests.freedAt(s.requests.sum - sub.rpm + 1, w) as number;
        refusal = { scope: sub.scope, kind: "requests", retryAfterMs: at - now };
      } else if (sub.tpm !== undefined && req.tokens > sub.tpm) {
        refusal = { scope: sub.scope, kind: "too_large", retryAfterMs: 0 };
      } else if (sub.tpm !== undefined && s.tokens.sum + req.tokens > sub.tpm) {
        const at = s.tokens.freedAt(s.tokens.sum + req.tokens - sub.tpm, w);
        refusal = { scope: sub.scope, kind: "tokens", retryAfterMs: at === undefined ? w : at - now };
      } else if (sub.concurrency !== undefined && s.inflight >= sub.concurrency) {
        refusal = { scope: sub.scope, kind: "concurrency", retryAfterMs: 1_000 };
      }
    }
    if (refusal !== undefined) {
      const rate = snapshot(subjects, states, now, w);
      if (refusal.kind === "requests") rate.requestsResetMs = refusal.retryAfterMs;
      if (refusal.kind === "tokens") rate.tokensResetMs = refusal.retryAfterMs;
      return { ok: false, ...refusal, rate };
    }
    // ...then charge them all (no await in between: atomic within this process).
    let handles: number[] | undefined;
    let slots = false;
    for (let i = 0; i < subjects.length; i++) {
      const sub = subjects[i] as SubjectLimits;
      const s = states[i] as SubjectState;
      if (sub.rpm !== undefined) s.requests.add(now, 1);
      if (sub.tpm !== undefined) (handles ??= new Array<number>(subjects.length).fill(-1))[i] = s.tokens.add(now, req.tokens);
      if (sub.concurrency !== undefined) {
        s.inflight++;
        slots = true;
      }
    }
    const rate = snapshot(subjects, states, now, w);
    if (handles === undefined && !slots) return { ok: true, lease: NO_LEASE, rate };
    return { ok: true, lease: new MemoryLease(this.clock, subjects, states, handles, req.tokens), rate };
  }

  private sweep(): void {
    const cutoff = this.clock() - this.lastWindowMs;
    for (const [id, s] of this.states) {
      s.requests.trim(cutoff);
      s.tokens.trim(cutoff);
      if (s.requests.empty && s.tokens.empty && s.inflight === 0) this.states.delete(id);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.states.clear();
  }
}
