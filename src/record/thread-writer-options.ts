import type { WriterRestart, WriterRestartOptions } from "./writer-restart.js";

/** How a `ThreadWriter` batches, and what it reports. */
export interface ThreadWriterOptions {
  /** At most one commit per this many ms, counted from the last one (0: a batch after each event-loop turn). */
  windowMs: number;
  /** Most entries in one batch (one transaction). */
  maxBatch: number;
  /** Called at each death of the thread (not on `close`), before a replacement is started. */
  onCrash?: (err: Error) => void;
  /** Called when a replacement thread is up (it has read the chain tail from the store). */
  onRestart?: (r: WriterRestart) => void;
  /** Restart policy (defaults: `DEFAULT_WRITER_RESTART`). */
  restart?: Partial<WriterRestartOptions>;
  /** Test hook: the first thread exits right after committing its nth batch, before answering. */
  crashAfterCommit?: number;
}
