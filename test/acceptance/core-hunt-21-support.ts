/**
 * Shared by the core-hunt-21 acceptance tests: a real `warden serve` process (the built CLI, bin/warden.js → dist/)
 * with its own config file and data directory, and a key made with the real `warden keys create`.
 */
import { type ChildProcess, spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect } from "vitest";
import { serveProcess } from "../support/serve-process.js";
import { tempDir } from "../support/test-gateway.js";

export const ROOT = resolve(import.meta.dirname, "../..");
export const BIN = join(ROOT, "bin/warden.js");

export interface ServedGateway {
  url: string;
  child: ChildProcess;
  /** A key of tenant `hunt21`, app `bot`, role `app`. */
  key: string;
  dir: string;
  /** Whether the process is still running. */
  alive(): boolean;
  close(): Promise<void>;
}

/**
 * Write `config` (dataDir and listen added) to a temporary directory, make a key with the CLI (`keyArgs`: more
 * `warden keys create` options), start `warden serve`.
 */
export async function serveWithConfig(config: Record<string, unknown>, prefix: string, keyArgs: string[] = []): Promise<ServedGateway> {
  const dir = tempDir(prefix);
  const cfg = join(dir, "warden.yaml");
  writeFileSync(cfg, JSON.stringify({ listen: { host: "127.0.0.1", port: 0 }, dataDir: join(dir, "data"), logging: { level: "info" }, ...config }));
  const made = spawnSync(process.execPath, [BIN, "keys", "create", "--tenant", "hunt21", "--app", "bot", ...keyArgs, "-c", cfg], { encoding: "utf8", timeout: 30_000 });
  expect(made.status, made.stderr).toBe(0);
  const key = made.stdout.trim().split("\n").at(-1) ?? "";
  expect(key).toMatch(/^wdn_/);
  const children: ChildProcess[] = [];
  const { url, child } = await serveProcess(BIN, cfg, dir, children);
  return {
    url,
    child,
    key,
    dir,
    alive: () => child.exitCode === null && child.signalCode === null,
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGKILL");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
