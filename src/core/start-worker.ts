import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * Node's flags for a worker thread: `argv` (the process's flags) without those that only make sense for the main
 * entry (`--input-type`, with its value) and without `refused`: flags Node will not start a worker with (V8 and
 * per-process options such as `--max-old-space-size` or `--max-semi-space-size`, which size the main isolate).
 */
export function workerExecArgv(argv: readonly string[], refused: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--input-type") {
      i++;
      continue;
    }
    if (a.startsWith("--input-type=") || refused.has(a)) continue;
    out.push(a);
  }
  return out;
}

/** The flags a Worker refused, from Node's ERR_WORKER_INVALID_EXEC_ARGV message ("…flags: --a=1, --b"). */
export function refusedFlags(message: string): string[] | undefined {
  const at = message.lastIndexOf(": ");
  if (at < 0) return undefined;
  const flags = message.slice(at + 2).split(", ").filter((f) => f.length > 0);
  return flags.length > 0 ? flags : undefined;
}

/**
 * `new Worker(script, options)` with the process's flags minus those a worker cannot take. Node throws
 * ERR_WORKER_INVALID_EXEC_ARGV for V8 and per-process flags, so `node --max-old-space-size=4096 bin/warden.js serve`
 * would fail to start its audit writer; the worker is started again without the flags Node named (or, if its
 * message cannot be read, without any), which apply to the main isolate only anyway.
 */
export function startWorker(script: string | URL, options: WorkerOptions = {}): Worker {
  const execArgv = workerExecArgv(options.execArgv ?? process.execArgv);
  try {
    return new Worker(script, { ...options, execArgv });
  } catch (err) {
    if ((err as { code?: unknown }).code !== "ERR_WORKER_INVALID_EXEC_ARGV") throw err;
    const refused = refusedFlags(err instanceof Error ? err.message : "");
    return new Worker(script, { ...options, execArgv: refused ? workerExecArgv(execArgv, new Set(refused)) : [] });
  }
}
