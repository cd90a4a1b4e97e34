import type { WriterRestart } from "./writer-restart.js";

/**
 * The bookkeeping of the audit writer thread's outages, from a death to the replacement's recovery: deaths in a row
 * (the back-off's attempt number), the last cause, how long no thread was up, and what became of the writes caught
 * by it (`refused`, `recovered`, `resent`, counted by the writer); `report` is what `onRestart` is told.
 */
export class WriterOutage {
  /** Deaths in a row (back to 0 at a death after a thread stayed up `stableMs`). */
  attempt = 0;
  cause = "";
  refused = 0;
  recovered = 0;
  resent = 0;
  private tailSeq = 0;
  private upSince = performance.now();
  private downSince = 0;

  constructor(private readonly stableMs: number) {}

  /**
   * A thread died. `first`: a thread was up until now (a new outage starts: its counts from 0, and a thread that
   * stayed up `stableMs` resets the deaths in a row); else a replacement died before it was up. Returns the attempt.
   */
  died(cause: string, first: boolean, now = performance.now()): number {
    if (first) {
      this.downSince = now;
      this.refused = this.recovered = this.resent = 0;
      if (now - this.upSince >= this.stableMs) this.attempt = 0;
    }
    this.cause = cause;
    return ++this.attempt;
  }

  /** A replacement is up; it read the chain tail `tailSeq` from the store. */
  up(tailSeq: number, now = performance.now()): void {
    this.upSince = now;
    this.tailSeq = tailSeq;
  }

  /** The restart as reported once the recovery is over. */
  report(): WriterRestart {
    return {
      attempt: this.attempt,
      cause: this.cause,
      downMs: Math.round(this.upSince - this.downSince),
      tailSeq: this.tailSeq,
      refused: this.refused,
      recovered: this.recovered,
      resent: this.resent,
    };
  }
}
