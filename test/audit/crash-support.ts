import { type ChildProcess, spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { postJson } from "../support/test-gateway.js";

const ROOT = resolve(import.meta.dirname, "../..");

export interface ChildGateway {
  child: ChildProcess;
  url: string;
  key: string;
  kill9(): Promise<void>;
}

/** Start `crash-child.ts` with `args` and wait for its `{ url, key }` line. */
export async function spawnGateway(args: string[]): Promise<ChildGateway> {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "test/audit/crash-child.ts"), ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  const first = await new Promise<string>((ok, ko) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once("line", ok);
    child.once("exit", (code) => ko(new Error(`child exited (${code})`)));
  });
  const { url, key } = JSON.parse(first) as { url: string; key: string };
  return {
    child,
    url,
    key,
    async kill9() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGKILL");
      await exited;
    },
  };
}

/**
 * Closed-loop load (a third of the calls streamed) on every target until `stop()` resolves true; returns the ids
 * of calls whose full response was received (a 200 and, for a stream, its terminal event).
 */
export async function loadUntil(targets: readonly ChildGateway[], workersPerTarget: number, stop: (served: Set<string>) => Promise<boolean> | boolean): Promise<Set<string>> {
  const served = new Set<string>();
  let n = 0;
  let done = false;
  const worker = async (t: ChildGateway, w: number) => {
    while (!done) {
      const id = `crash-${w}-${n++}`;
      const stream = n % 3 === 0;
      try {
        const res = await postJson(`${t.url}/v1/chat/completions`, { model: "demo", stream, messages: [{ role: "user", content: `request ${id} with some words to stream` }] }, t.key, { "x-request-id": id });
        const body = await res.text();
        if (res.status === 200 && (!stream || body.includes("data: [DONE]"))) served.add(id);
      } catch {
        // cut off by a kill
      }
    }
  };
  const workers = targets.flatMap((t, i) => Array.from({ length: workersPerTarget }, (_, w) => worker(t, i * 1000 + w)));
  while (!(await stop(served))) await new Promise((r) => setTimeout(r, 10));
  done = true;
  await Promise.all(workers);
  return served;
}
