import type { Worker } from "node:worker_threads";
import { startModuleWorker } from "../core/start-module-worker.js";
import type { WriterThreadData } from "./writer-thread-data.js";

/**
 * Start an audit writer thread: `<backend>-writer-thread.js` from the build. From the TypeScript sources (tests,
 * benches under tsx or vitest) the thread registers tsx first, which costs a few hundred ms at start, once.
 */
export function startWriterThread(data: WriterThreadData): Worker {
  // startModuleWorker passes node's flags on without those a thread cannot take (`--input-type`, V8 heap sizes).
  return startModuleWorker(import.meta.url, data.backend === "postgres" ? "postgres-writer-thread" : "sqlite-writer-thread", { workerData: data });
}
