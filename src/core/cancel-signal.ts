import { EventEmitter } from "node:events";

/**
 * Cancellation for one call: emits `abort` once. An EventEmitter rather than an AbortController because undici
 * accepts either, and an AbortController (an EventTarget) measured several microseconds per request on the hot path.
 */
export class CancelSignal extends EventEmitter {
  aborted = false;

  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    this.emit("abort");
  }
}

/** Resolve after `ms`, or early (without error) when the signal aborts. */
export function cancellableSleep(ms: number, signal: CancelSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.off("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.once("abort", done);
  });
}
