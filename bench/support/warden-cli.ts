import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BIN = new URL("../../bin/warden.js", import.meta.url).pathname;

/** A free loopback port (bind to 0, read it, release it). */
export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

export interface WardenProcess {
  url: string;
  key: string;
  pid: number;
  /** Milliseconds from spawn to the first 200 on /healthz. */
  startMs: number;
  stop(): Promise<void>;
}

/**
 * Run the real CLI (`node bin/warden.js serve`, the compiled build: run `npm run build` first) on a YAML config,
 * with an app key created by `warden keys create`. This is what users run, so its memory and CPU are representative.
 */
export async function startWardenCli(configYaml: string): Promise<WardenProcess> {
  const dir = mkdtempSync(join(tmpdir(), "warden-bench-"));
  const file = join(dir, "warden.yaml");
  writeFileSync(file, `dataDir: ${join(dir, "data")}\n${configYaml}`);
  const out = execFileSync(process.execPath, [BIN, "keys", "create", "--tenant", "bench", "--app", "bench", "--config", file], { encoding: "utf8" });
  const key = out.trim().split("\n").at(-1) as string;
  const port = await freePort();
  const t0 = performance.now();
  const proc = spawn(process.execPath, [BIN, "serve", "--config", file, "--port", String(port)], { stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`warden serve exited with ${proc.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const startMs = performance.now() - t0;
  return {
    url,
    key,
    pid: proc.pid as number,
    startMs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once("exit", () => resolve());
        proc.kill("SIGTERM");
        setTimeout(() => proc.kill("SIGKILL"), 5_000).unref();
      }),
  };
}
