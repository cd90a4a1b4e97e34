import type { Dispatcher } from "undici";

/** Unread response bytes above which the upstream connection is paused until the reader catches up (back-pressure). */
const HIGH_WATER_BYTES = 64 * 1024;

/**
 * An upstream response body, filled by undici's dispatch handler callbacks: the bytes are handed to the reader
 * directly, without a Node `Readable` (and its per-chunk events and async-iterator promises) in between. Reading it
 * whole (`collect`) or chunk by chunk (`read`); `destroy` aborts the upstream request.
 */
export class UpstreamBody {
  private chunks: Buffer[] = [];
  private queued = 0;
  private ended = false;
  private failure: Error | undefined;
  /** A reader waiting for the next chunk (or the end). */
  private waiting: { resolve(chunk: Buffer | null): void; reject(err: Error): void } | undefined;
  private controller: Dispatcher.DispatchController | undefined;

  /** Whether the whole body has been received and read. */
  get readableEnded(): boolean {
    return this.ended && this.queued === 0 && this.failure === undefined;
  }

  /** @internal the handler's controller, to pause, resume and abort the upstream. */
  attach(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
  }

  /** @internal */
  push(chunk: Buffer): void {
    if (this.failure) return;
    const w = this.waiting;
    if (w && this.queued === 0) {
      this.waiting = undefined;
      w.resolve(chunk);
      return;
    }
    this.chunks.push(chunk);
    this.queued += chunk.length;
    if (this.queued > HIGH_WATER_BYTES) this.controller?.pause();
  }

  /** @internal */
  end(): void {
    this.ended = true;
    const w = this.waiting;
    if (w && this.queued === 0) {
      this.waiting = undefined;
      w.resolve(null);
    }
  }

  /** @internal */
  fail(err: Error): void {
    if (this.failure || this.readableEnded) return;
    this.failure = err;
    this.chunks = [];
    this.queued = 0;
    const w = this.waiting;
    this.waiting = undefined;
    w?.reject(err);
  }

  /** The next bytes (everything received since the last read, as one buffer), or null at the end. */
  read(): Promise<Buffer | null> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.queued > 0) {
      const out = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks, this.queued);
      this.chunks = [];
      this.queued = 0;
      if (this.controller?.paused) this.controller.resume();
      return Promise.resolve(out);
    }
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  /** The whole body; over `limit` bytes, the request is aborted and `onOverLimit()` is thrown. */
  async collect(limit: number, onOverLimit: () => Error): Promise<Buffer> {
    const parts: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = await this.read();
      if (chunk === null) break;
      size += chunk.length;
      if (size > limit) {
        this.destroy();
        throw onOverLimit();
      }
      parts.push(chunk);
    }
    return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
  }

  /** Stop reading: abort the upstream request if it is still running, and drop what was buffered. */
  destroy(): void {
    if (this.ended || this.failure) {
      this.chunks = [];
      this.queued = 0;
      return;
    }
    const err = abortedError();
    this.controller?.abort(err);
    this.fail(err);
  }
}

/** The error an aborted upstream request ends with (undici's code, mapped to WARDEN_REQUEST_ABORTED). */
export function abortedError(): Error {
  return Object.assign(new Error("upstream request aborted"), { name: "AbortError", code: "UND_ERR_ABORTED" });
}
