import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { WriterThreadData } from "./writer-thread-data.js";

/** Node's flags without those that only make sense for the main entry (`--input-type`). */
export function threadExecArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--input-type") {
      i++;
      continue;
    }
    if (a.startsWith("--input-type=")) continue;
    out.push(a);
  }
  return out;
}

/**
 * Start an audit writer thread: `<backend>-writer-thread.js` from the build. From the TypeScript sources (tests,
 * benches under tsx or vitest) the thread registers tsx first, which costs a few hundred ms at start, once.
 */
export function startWriterThread(data: WriterThreadData): Worker {
  const here = import.meta.url;
  // The thread inherits node's flags; one meant for the main entry (`node --input-type=module -e …`) breaks it.
  const execArgv = threadExecArgv(process.execArgv);
  const module = data.backend === "postgres" ? "postgres-writer-thread" : "sqlite-writer-thread";
  if (!here.endsWith(".ts")) return new Worker(new URL(`./${module}.js`, here), { workerData: data, execArgv });
  const tsxApi = pathToFileURL(join(dirname(createRequire(here).resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
  const entry = new URL(`./${module}.ts`, here).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData: data, execArgv });
}
