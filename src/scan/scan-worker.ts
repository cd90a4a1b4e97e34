import { parentPort, workerData } from "node:worker_threads";
import { createBatchProcessor } from "./process-batch.js";
import type { ScanBatch, WorkerSetup } from "./scan-types.js";

/** Worker thread entry: one detection engine per worker, batches in, results out, in the order received. */
const port = parentPort;
if (!port) throw new Error("scan-worker must run in a worker thread");
let processBatch: ReturnType<typeof createBatchProcessor>;
try {
  processBatch = createBatchProcessor(workerData as WorkerSetup);
} catch (err) {
  port.postMessage({ fatal: `cannot build the detection engine: ${(err as Error).message}` });
  throw err;
}
port.on("message", (batch: ScanBatch) => {
  try {
    port.postMessage(processBatch(batch));
  } catch (err) {
    port.postMessage({ seq: batch.seq, fatal: `${(err as Error).name}: ${(err as Error).message}` });
  }
});
