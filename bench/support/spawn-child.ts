import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";

export interface Child<T> {
  proc: ChildProcess;
  /** The first JSON line the child printed. */
  info: T;
  /** Milliseconds from spawn to that line. */
  readyMs: number;
  stop(): Promise<void>;
}

/** Start a Node child (TypeScript through tsx) and wait for the JSON line it prints when ready. */
export async function spawnChild<T>(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Promise<Child<T>> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [...nodeArgs, "--import", "tsx", script, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...env },
  });
  const rl = createInterface({ input: proc.stdout as NodeJS.ReadableStream });
  const info = await new Promise<T>((resolve, reject) => {
    proc.once("exit", (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
    rl.on("line", (line) => {
      if (line.startsWith("{")) resolve(JSON.parse(line) as T);
    });
  });
  const readyMs = performance.now() - t0;
  return {
    proc,
    info,
    readyMs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once("exit", () => resolve());
        proc.kill("SIGTERM");
        setTimeout(() => proc.kill("SIGKILL"), 5_000).unref();
      }),
  };
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

/** Run the load generator in its own process against one URL. */
export async function runLoad(spec: {
  url: string;
  body: string;
  headers?: Record<string, string>;
  connections: number;
  durationMs: number;
  warmupMs?: number;
  /** Every request's body distinct (see load-generator.ts). */
  vary?: boolean;
}): Promise<LoadResult> {
  const child = await spawnChild<LoadResult>(
    new URL("./load-generator.ts", import.meta.url).pathname,
    [JSON.stringify({ headers: {}, warmupMs: 1000, ...spec })],
  );
  await child.stop();
  return child.info;
}

/** Resident memory of a process, in MB (Linux /proc). */
export async function rssMb(pid: number): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  return m ? Number(m[1]) / 1024 : NaN;
}
