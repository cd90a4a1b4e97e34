/**
 * Group commit: items submitted within a short window (or, with a 0 window, within one turn of the event loop)
 * are committed together in one transaction, and each submitter's promise settles only when its batch is committed
 * (or failed). One commit runs at a time; items arriving meanwhile form the next batch, committed right after.
 */
export class GroupCommitter<T, R> {
  private pending: { item: T; resolve(r: R): void; reject(e: unknown): void }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private immediate: NodeJS.Immediate | undefined;
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

  private kick(delayMs: number): void {
    if (this.running) return; // the running commit picks the pending items up when it ends
    if (delayMs <= 0) {
      // No window: commit after this turn of the event loop, so everything submitted in the same turn (every
      // request whose I/O completed together) shares the transaction, without waiting for a timer.
      if (this.immediate) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = undefined;
      this.immediate = setImmediate(() => void this.run());
      return;
    }
    if (this.timer || this.immediate) return;
    this.timer = setTimeout(() => void this.run(), delayMs);
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
        // Items that arrived during the commit have already waited a commit's time: take them at once.
        if (this.pending.length > 0) this.kick(0);
      }
    });
    return this.running;
  }
}
