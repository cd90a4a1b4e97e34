/**
 * An exact sliding-window log: timestamped amounts (1 per request, or tokens), the running sum of those still in
 * the window, and when the oldest ones leave it. Entries are appended in time order and dropped from the front;
 * an entry keeps a stable handle so a token reservation can be corrected later. Amounts added in the same
 * millisecond share one entry (they leave the window together, so nothing is lost): under load the log holds one
 * entry per busy millisecond, not one per call.
 */
export class SlidingLog {
  private ts: number[] = [];
  private amt: number[] = [];
  /** Index of the first live entry in the arrays. */
  private head = 0;
  /** Handles removed by compaction (a handle is `base + array index`). */
  private base = 0;
  sum = 0;

  /** Drop entries at or before `cutoff` (they left the window). */
  trim(cutoff: number): void {
    const ts = this.ts;
    let h = this.head;
    while (h < ts.length && (ts[h] as number) <= cutoff) {
      this.sum -= this.amt[h] as number;
      h++;
    }
    this.head = h;
    if (h > 64 && h * 2 > ts.length) {
      this.ts = ts.slice(h);
      this.amt = this.amt.slice(h);
      this.base += h;
      this.head = 0;
    }
  }

  get count(): number {
    return this.ts.length - this.head;
  }

  add(at: number, amount: number): number {
    const last = this.ts.length - 1;
    if (last >= this.head && this.ts[last] === at) {
      this.amt[last] = (this.amt[last] as number) + amount;
      this.sum += amount;
      return this.base + last;
    }
    this.ts.push(at);
    this.amt.push(amount);
    this.sum += amount;
    return this.base + this.ts.length - 1;
  }

  /** Take back `amount` added under `handle` while its entry is live; returns whether it was live. */
  release(handle: number, amount: number): boolean {
    const i = handle - this.base;
    if (i < this.head || i >= this.amt.length) return false;
    const taken = Math.min(amount, this.amt[i] as number);
    this.sum -= taken;
    this.amt[i] = (this.amt[i] as number) - taken;
    return true;
  }

  /**
   * When the window will have freed at least `need` (in amounts): the time the entry that frees it leaves,
   * i.e. its timestamp plus the window. Undefined when even all live entries do not free that much.
   */
  freedAt(need: number, windowMs: number): number | undefined {
    let freed = 0;
    for (let i = this.head; i < this.ts.length; i++) {
      freed += this.amt[i] as number;
      if (freed >= need) return (this.ts[i] as number) + windowMs;
    }
    return undefined;
  }

  get empty(): boolean {
    return this.count === 0;
  }
}
