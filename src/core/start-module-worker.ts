import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Worker, WorkerOptions } from "node:worker_threads";
import { startWorker } from "./start-worker.js";

/**
 * Start the worker module `name` that sits next to the module at `callerUrl` (its `import.meta.url`). From the
 * build: `<name>.js`. From the TypeScript sources (vitest, tsx): a tiny bootstrap that registers tsx's ESM loader in
 * the thread first, then imports `<name>.ts` (an `--import` in a worker's execArgv does not cover its entry module on
 * Node 20); that costs a few hundred ms at the thread's start, once.
 */
export function startModuleWorker(callerUrl: string, name: string, options: WorkerOptions = {}): Worker {
  if (!callerUrl.endsWith(".ts")) {
    const url = new URL(`./${name}.js`, callerUrl);
    if (!existsSync(fileURLToPath(url))) throw new Error(`worker module not found at ${fileURLToPath(url)}`);
    return startWorker(url, options);
  }
  // The ESM build of tsx's API (require.resolve would give the CommonJS one).
  const pkgPath = createRequire(callerUrl).resolve("tsx/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { exports?: Record<string, { import?: { default?: string } }> };
  const api = new URL(pkg.exports?.["./esm/api"]?.import?.default ?? "./dist/esm/api/index.mjs", pathToFileURL(pkgPath)).href;
  const entry = new URL(`./${name}.ts`, callerUrl).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return startWorker(boot, { ...options, eval: true });
}
