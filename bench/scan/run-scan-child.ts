import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** What scan-child.ts reports. */
export interface ChildStats {
  code: number;
  ms: number;
  cpuMs: number;
  maxRssMb: number;
}

/**
 * Run `warden scan ARGS` in a fresh process (bench/scan/scan-child.ts, run by tsx; it loads the compiled
 * dist/ when WARDEN_SCAN_DIST=1, else the sources) and return its exit code, wall time, CPU time and peak RSS.
 */
export function runScanChild(args: readonly string[], env: Record<string, string> = {}, nodeArgs: readonly string[] = []): ChildStats {
  const r = spawnSync(process.execPath, [...nodeArgs, "--import", "tsx", join(ROOT, "bench/scan/scan-child.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = r.stderr.trim().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(last) as ChildStats;
  } catch {
    throw new Error(`scan child failed (status ${r.status}): ${r.stderr.slice(-2000)}`);
  }
}
