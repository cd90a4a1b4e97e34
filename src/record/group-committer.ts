/**
 * Group commit: items are committed together in one transaction, at most one commit per window (a lone item after an
 * idle spell is committed after the current event-loop turn, without waiting), and each submitter's promise settles
 * only when its batch is committed (or failed). One commit runs at a time; items arriving meanwhile form the next.
 */
export class GroupCommitter<T, R> {
  private pending: { item: T; resolve(r: R): void; reject(e: unknown): void }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private immediate: NodeJS.Immediate | undefined;
  private lastCommitEnd = -Infinity;
  private running: Promise<void> | undefined;

  constructor(
    private readonly commit: (items: T[]) => Promise<R[]> | R[],
    private readonly windowMs: number,
    private readonly maxBatch: number,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.maxBatch) this.kick(0);
      else this.kick(this.windowMs);
    });
  }

  /** Commit whatever is pending now; resolves when nothing is pending or running. */
  async flush(): Promise<void> {
    while (this.pending.length > 0 || this.running) {
      if (this.running) await this.running;
      else await this.run();
    }
  }

  /**
   * Schedule a commit: at most one per window. When the last commit ended a window or more ago (idle), commit after
   * this turn of the event loop, so a lone call waits for no timer; when commits are back to back (busy), wait out
   * the rest of the window so that the batch fills up: fewer, larger transactions at the same latency bound.
   */
  private kick(delayMs: number): void {
    if (this.running) return; // the running commit picks the pending items up when it ends
    const wait = delayMs <= 0 ? 0 : Math.max(0, this.lastCommitEnd + delayMs - performance.now());
    if (wait <= 0) {
      if (this.immediate) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = undefined;
      this.immediate = setImmediate(() => void this.run());
      return;
    }
    if (this.timer || this.immediate) return;
    this.timer = setTimeout(() => void this.run(), wait);
  }

  private run(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = undefined;
    this.immediate = undefined;
    if (this.running) return this.running;
    const batch = this.pending.splice(0, this.maxBatch);
    if (batch.length === 0) return Promise.resolve();
    // Start the commit on a microtask so `running` is assigned before the commit can finish (and clear it).
    this.running = Promise.resolve().then(async () => {
      try {
        const results = await this.commit(batch.map((b) => b.item));
        batch.forEach((b, i) => b.resolve(results[i] as R));
      } catch (err) {
        for (const b of batch) b.reject(err);
      } finally {
        this.running = undefined;
        this.lastCommitEnd = performance.now();
        if (this.pending.length > 0) this.kick(this.pending.length >= this.maxBatch ? 0 : this.windowMs);
      }
    });
    return this.running;
  }
}
