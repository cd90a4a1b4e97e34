/** How a dead audit writer thread is replaced (docs/audit.md, "Writer thread"). */
export interface WriterRestartOptions {
  /** Replace a dead thread (default true); false: every write fails from the first death on (the old behaviour). */
  enabled: boolean;
  /** Delay before the first restart after a death (ms); doubled at each death in a row... */
  initialDelayMs: number;
  /** ...up to this (ms). */
  maxDelayMs: number;
  /** A thread that stayed up this long (ms) resets the back-off: its death counts as the first in a row. */
  stableMs: number;
  /** Entries waiting for a thread while none is up: beyond this many, a write is refused at once. */
  queueMax: number;
  /** How long an entry may wait for a thread (ms) before it is refused. */
  queueMs: number;
}

export const DEFAULT_WRITER_RESTART: WriterRestartOptions = {
  enabled: true,
  initialDelayMs: 100,
  maxDelayMs: 5_000,
  stableMs: 30_000,
  queueMax: 1_000,
  queueMs: 2_000,
};

/**
 * The delay before restart number `attempt` (1 = the first death in a row): `initialDelayMs` doubled at each attempt,
 * capped at `maxDelayMs`, so a thread that dies at start does not spin the CPU and a one-off death costs ~100 ms.
 *
 * @example restartDelay(1, DEFAULT_WRITER_RESTART) // 100; attempt 3: 400; attempt 10: 5000
 */
export function restartDelay(attempt: number, o: Pick<WriterRestartOptions, "initialDelayMs" | "maxDelayMs">): number {
  return Math.min(o.maxDelayMs, o.initialDelayMs * 2 ** Math.min(30, Math.max(0, attempt - 1)));
}
