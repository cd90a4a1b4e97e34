import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Worker } from "node:worker_threads";
import { startWorker } from "../core/start-worker.js";
import type { WriterThreadData } from "./writer-thread-data.js";

/**
 * Start an audit writer thread: `<backend>-writer-thread.js` from the build. From the TypeScript sources (tests,
 * benches under tsx or vitest) the thread registers tsx first, which costs a few hundred ms at start, once.
 */
export function startWriterThread(data: WriterThreadData): Worker {
  const here = import.meta.url;
  // startWorker passes node's flags on without those a thread cannot take (`--input-type`, V8 heap sizes).
  const module = data.backend === "postgres" ? "postgres-writer-thread" : "sqlite-writer-thread";
  if (!here.endsWith(".ts")) return startWorker(new URL(`./${module}.js`, here), { workerData: data });
  const tsxApi = pathToFileURL(join(dirname(createRequire(here).resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
  const entry = new URL(`./${module}.ts`, here).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return startWorker(boot, { eval: true, workerData: data });
}
