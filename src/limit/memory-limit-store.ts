import type { AdmitRequest, AdmitResult, LimitStore, StoreLease } from "./limit-store.js";
import { SlidingLog } from "./sliding-log.js";

interface SubjectState {
  requests: SlidingLog;
  tokens: SlidingLog;
  inflight: number;
}

const NOOP = async (): Promise<void> => undefined;

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

  async admit(req: AdmitRequest): Promise<AdmitResult> {
    const now = this.clock();
    const w = req.windowMs;
    this.lastWindowMs = w;
    const cutoff = now - w;
    const states: SubjectState[] = [];
    // Check every subject first...
    for (const sub of req.subjects) {
      const s = this.state(sub.id);
      states.push(s);
      if (sub.rpm !== undefined) {
        s.requests.trim(cutoff);
        if (s.requests.count >= sub.rpm) {
          const at = s.requests.freedAt(s.requests.count - sub.rpm + 1, w) as number;
          return { ok: false, scope: sub.scope, kind: "requests", retryAfterMs: at - now };
        }
      }
      if (sub.tpm !== undefined) {
        if (req.tokens > sub.tpm) return { ok: false, scope: sub.scope, kind: "too_large", retryAfterMs: 0 };
        s.tokens.trim(cutoff);
        if (s.tokens.sum + req.tokens > sub.tpm) {
          const at = s.tokens.freedAt(s.tokens.sum + req.tokens - sub.tpm, w);
          return { ok: false, scope: sub.scope, kind: "tokens", retryAfterMs: at === undefined ? w : at - now };
        }
      }
      if (sub.concurrency !== undefined && s.inflight >= sub.concurrency) {
        return { ok: false, scope: sub.scope, kind: "concurrency", retryAfterMs: 1_000 };
      }
    }
    // ...then charge them all (no await in between: atomic within this process).
    const reservations: { log: SlidingLog; handle: number }[] = [];
    const slots: SubjectState[] = [];
    req.subjects.forEach((sub, i) => {
      const s = states[i] as SubjectState;
      if (sub.rpm !== undefined) s.requests.add(now, 1);
      if (sub.tpm !== undefined) reservations.push({ log: s.tokens, handle: s.tokens.add(now, req.tokens) });
      if (sub.concurrency !== undefined) {
        s.inflight++;
        slots.push(s);
      }
    });
    if (reservations.length === 0 && slots.length === 0) return { ok: true, lease: { settle: NOOP } };
    let settled = false;
    const lease: StoreLease = {
      settle: async (actual) => {
        if (settled) return;
        settled = true;
        const at = this.clock();
        for (const r of reservations) {
          r.log.clear(r.handle);
          if (actual > 0) r.log.add(at, actual);
        }
        for (const s of slots) s.inflight--;
      },
    };
    return { ok: true, lease };
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
