import type { Worker } from "node:worker_threads";
import { startModuleWorker } from "../core/start-module-worker.js";
import type { DetectionEngine } from "../detect/engine.js";
import { createBatchProcessor } from "./process-batch.js";
import type { BatchResult, ScanBatch, WorkerSetup } from "./scan-types.js";

/** Runs batches; results resolve per batch (callers keep their own order). */
export interface BatchRunner {
  /** How many batches to keep in flight for full use of the workers. */
  readonly capacity: number;
  run(batch: ScanBatch): Promise<BatchResult>;
  close(): Promise<void>;
}

/** Run batches in this thread (`--jobs 0`, small inputs, tests), with an engine already built from `setup.engine` if given. */
export function createInlineRunner(setup: WorkerSetup, engine?: DetectionEngine): BatchRunner {
  const processBatch = createBatchProcessor(setup, engine);
  return {
    capacity: 1,
    run: async (batch) => processBatch(batch),
    close: async () => {},
  };
}

interface Slot {
  worker: Worker;
  pending: { seq: number; resolve: (r: BatchResult) => void; reject: (e: Error) => void }[];
}

/**
 * A pool of `size` worker threads, each with its own detection engine. A batch goes to the worker with the
 * fewest batches in flight; a worker answers in the order it received. A worker that crashes fails its batches
 * (the scan then fails: exit code 2), never silently drops them. `heapMb` caps each worker's old-generation heap.
 */
export function createWorkerPool(setup: WorkerSetup, size: number, opts: { heapMb?: number } = {}): BatchRunner {
  let broken: Error | undefined;
  const slots: Slot[] = [];
  for (let i = 0; i < size; i++) {
    const worker = startModuleWorker(import.meta.url, "scan-worker", { workerData: setup, stdout: false, stderr: false, ...(opts.heapMb ? { resourceLimits: { maxOldGenerationSizeMb: opts.heapMb } } : {}) });
    const slot: Slot = { worker, pending: [] };
    const failAll = (err: Error): void => {
      broken ??= err;
      for (const p of slot.pending.splice(0)) p.reject(err);
    };
    worker.on("message", (msg: BatchResult | { seq?: number; fatal: string }) => {
      if ("fatal" in msg) return failAll(new Error(msg.fatal));
      const p = slot.pending.shift();
      if (!p || p.seq !== msg.seq) return failAll(new Error("scan worker answered out of order"));
      p.resolve(msg);
    });
    worker.on("error", (err) => failAll(err));
    worker.on("exit", (code) => {
      if (slot.pending.length > 0 || code !== 0) failAll(new Error(`scan worker exited with code ${code}`));
    });
    slots.push(slot);
  }
  let closing = false;
  return {
    capacity: size * 2,
    run(batch) {
      if (broken) return Promise.reject(broken);
      const slot = slots.reduce((a, b) => (b.pending.length < a.pending.length ? b : a));
      return new Promise<BatchResult>((resolve, reject) => {
        slot.pending.push({ seq: batch.seq, resolve, reject });
        slot.worker.postMessage(batch);
      });
    },
    async close() {
      if (closing) return;
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
