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

/** What `onRestart` is told once a replacement writer thread is up. */
export interface WriterRestart {
  /** Deaths in a row this restart follows (1: the first since the thread was last stable). */
  attempt: number;
  /** Why the previous thread died (its error message). */
  cause: string;
  /** How long no thread was up (ms). */
  downMs: number;
  /** The chain tail the new thread read from the store before appending. */
  tailSeq: number;
  /** Entries refused while no thread was up (queue full, waited too long, or in flight and not found). */
  refused: number;
  /** Entries in flight at the death found stored by the replacement: acknowledged then. */
  recovered: number;
  /** Entries in flight at the death not stored: sent again (once) by the replacement. */
  resent: number;
}
