/** Adaptive-control settings (the policy's `adaptive:` section, validated). */
export interface RiskSettings {
  halfLifeSeconds: number;
  /** Score added per actionable finding, by category or type (type wins). */
  weights: Readonly<Record<string, number>>;
  redactAt?: number | undefined;
  blockAt?: number | undefined;
  quarantineAt?: number | undefined;
  quarantineSeconds: number;
}

/** Default weights: injection attempts weigh most, leaked/pasted secrets next; ordinary PII does not count. */
export const DEFAULT_RISK_WEIGHTS: Readonly<Record<string, number>> = { injection: 5, leakage: 3, secret: 2, evasion: 2 };

/** What the score calls for now. */
export type Escalation = "none" | "redact" | "block" | "quarantine";

interface Entry {
  score: number;
  at: number;
  quarantinedUntil: number;
}

/**
 * Per-principal risk scores that decay exponentially (half-life `halfLifeSeconds`) and rise with findings. Scores
 * are kept in memory; principals whose score has decayed to nothing are dropped on the next sweep.
 */
export class RiskTracker {
  private readonly entries = new Map<string, Entry>();
  private lastSweep = 0;

  /** `settings` is read on every use, so a policy reload changes thresholds without resetting scores. */
  constructor(
    private readonly getSettings: () => RiskSettings,
    private readonly now: () => number = Date.now,
  ) {}

  private get settings(): RiskSettings {
    return this.getSettings();
  }

  private decayed(e: Entry, t: number): number {
    const halfLives = (t - e.at) / (this.settings.halfLifeSeconds * 1000);
    return halfLives <= 0 ? e.score : e.score * 0.5 ** halfLives;
  }

  /** The principal's current score. */
  score(principal: string): number {
    const e = this.entries.get(principal);
    return e ? this.decayed(e, this.now()) : 0;
  }

  /** Until when the principal is quarantined (0: not). */
  quarantinedUntil(principal: string): number {
    const e = this.entries.get(principal);
    return e && e.quarantinedUntil > this.now() ? e.quarantinedUntil : 0;
  }

  /** What the current score calls for (without quarantine, which `add` sets). */
  escalation(principal: string): Escalation {
    if (this.quarantinedUntil(principal) > 0) return "quarantine";
    const s = this.score(principal);
    const { blockAt, redactAt } = this.settings;
    if (blockAt !== undefined && s >= blockAt) return "block";
    if (redactAt !== undefined && s >= redactAt) return "redact";
    return "none";
  }

  /** Weight of one finding. */
  weight(category: string, type: string): number {
    const w = this.settings.weights;
    return w[type] ?? w[category] ?? DEFAULT_RISK_WEIGHTS[category] ?? 0;
  }

  /** Raise the score; returns the new score and whether this started a quarantine. */
  add(principal: string, amount: number): { score: number; quarantined: boolean } {
    const t = this.now();
    if (t - this.lastSweep > 60_000) this.sweep(t);
    const e = this.entries.get(principal) ?? { score: 0, at: t, quarantinedUntil: 0 };
    e.score = this.decayed(e, t) + amount;
    e.at = t;
    let quarantined = false;
    const q = this.settings.quarantineAt;
    if (q !== undefined && e.score >= q && e.quarantinedUntil <= t) {
      e.quarantinedUntil = t + this.settings.quarantineSeconds * 1000;
      quarantined = true;
    }
    this.entries.set(principal, e);
    return { score: e.score, quarantined };
  }

  private sweep(t: number): void {
    this.lastSweep = t;
    for (const [k, e] of this.entries) if (e.quarantinedUntil <= t && this.decayed(e, t) < 0.01) this.entries.delete(k);
  }
}
