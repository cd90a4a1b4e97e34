/**
 * Views into one reusable buffer, for short-lived bytes made many times over (the writer thread's ciphertexts, each
 * alive only until its batch is committed): one allocation instead of one ArrayBuffer per payload, which costs its
 * own malloc, free and GC bookkeeping. `reset` hands the bytes out again: the caller guarantees that no view from
 * before is read after it. The buffer is allocated at the first use (an idle writer holds none).
 */
export class ByteArena {
  private buf: Buffer | undefined;
  private used = 0;

  /** `size`: bytes per buffer; a request larger than that gets a buffer of its own. */
  constructor(private readonly size: number) {}

  /** `n` bytes (uninitialised) valid until the next `reset`. */
  readonly alloc = (n: number): Buffer => {
    if (n > this.size) return Buffer.allocUnsafeSlow(n);
    if (!this.buf || this.used + n > this.buf.length) {
      // The full buffer stays alive through the views already handed out; this one takes over.
      this.buf = Buffer.allocUnsafeSlow(this.size);
      this.used = 0;
    }
    const view = this.buf.subarray(this.used, this.used + n);
    this.used += n;
    return view;
  };

  /** Every view handed out so far is dead: reuse their bytes. */
  reset(): void {
    this.used = 0;
  }
}
