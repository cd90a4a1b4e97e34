/**
 * `node --import tsx bench/proxy/idle-memory.ts`: resident memory of an idle `warden serve` (the config of
 * `npm run bench:proxy`: one OpenAI upstream, logging at warn, default policy and audit), over several fresh
 * processes, and what it is made of: RSS split into anonymous and file-backed pages (Linux /proc), and the V8 heap
 * (used and committed), external memory and ArrayBuffers as the process reports them (`process.memoryUsage()`,
 * read through a SIGUSR2 handler preloaded with `--import`). `AT_MS` (default 500) is how long after the first 200
 * on `/healthz` the figures are taken (`bench:proxy` reads RSS at 500 ms); `LATER_MS` adds a second RSS reading.
 * Env: RUNS (5), WARDEN_BENCH_BUILD (compiled tree, default `dist/`: run `npm run build` first), AT_MS, LATER_MS,
 * NODE_FLAGS (node flags for the gateway process, space-separated, e.g. `--max-semi-space-size=1`).
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { freePort } from "../support/warden-cli.js";

const runs = Number(process.env["RUNS"] ?? 5);
const atMs = Number(process.env["AT_MS"] ?? 500);
const laterMs = process.env["LATER_MS"] ? Number(process.env["LATER_MS"]) : undefined;
const dist = resolve(process.env["WARDEN_BENCH_BUILD"] ?? new URL("../../dist", import.meta.url).pathname);
// The CLI as `bin/warden.js` runs it, from the chosen build, started from an entry file: with `-e` and
// `--input-type=module` the audit writer thread (a worker, which inherits those flags) fails to start, and the
// process measures ~9 MB less than what users run.
const entry = join(mkdtempSync(join(tmpdir(), "warden-idle-entry-")), "warden.mjs");
writeFileSync(entry, `import { main } from ${JSON.stringify(pathToFileURL(join(dist, "cli/main.js")).href)};\nmain(process.argv).then((code) => { if (typeof code === "number") process.exitCode = code; });\n`);
// Writes process.memoryUsage() to $IDLE_MEMORY_OUT on SIGUSR2 (a handler allocates next to nothing until then).
const hook = `data:text/javascript,${encodeURIComponent(`import { writeFileSync } from "node:fs"; process.on("SIGUSR2", () => writeFileSync(process.env.IDLE_MEMORY_OUT, JSON.stringify(process.memoryUsage())));`)}`;

const mb = (bytes: number) => bytes / 2 ** 20;
const statusMb = (pid: number, field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function once(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "warden-idle-"));
  const file = join(dir, "warden.yaml");
  writeFileSync(file, `dataDir: ${join(dir, "data")}\nproviders:\n  up: { type: openai, baseUrl: "http://127.0.0.1:9/v1" }\nroutes:\n  - { models: ["*"], provider: up }\nlogging: { level: warn }\n`);
  execFileSync(process.execPath, [entry, "keys", "create", "--tenant", "bench", "--app", "bench", "--config", file]);
  const port = await freePort();
  const out = join(dir, "memory.json");
  const t0 = performance.now();
  const proc = spawn(process.execPath, [...(process.env["NODE_FLAGS"] ? process.env["NODE_FLAGS"].split(" ") : []), "--import", hook, entry, "serve", "--config", file, "--port", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, IDLE_MEMORY_OUT: out },
  });
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`warden serve exited with ${proc.exitCode}`);
    if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)) break;
    await sleep(5);
  }
  const startMs = performance.now() - t0;
  await sleep(atMs);
  const pid = proc.pid as number;
  const row: Record<string, number> = { rss: statusMb(pid, "VmRSS"), anon: statusMb(pid, "RssAnon"), file: statusMb(pid, "RssFile") };
  proc.kill("SIGUSR2");
  for (let i = 0; i < 100 && !existsSync(out); i++) await sleep(10);
  const m = JSON.parse(readFileSync(out, "utf8")) as NodeJS.MemoryUsage;
  Object.assign(row, { heapUsed: mb(m.heapUsed), heapTotal: mb(m.heapTotal), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers), startMs });
  if (laterMs !== undefined) {
    await sleep(Math.max(0, laterMs - atMs));
    row["rssLater"] = statusMb(pid, "VmRSS");
  }
  await new Promise<void>((r) => {
    proc.once("exit", () => r());
    proc.kill("SIGTERM");
  });
  return row;
}

const rows: Record<string, number>[] = [];
for (let i = 0; i < runs; i++) rows.push(await once());
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1] as number;
const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
console.log(`warden serve, idle, ${atMs} ms after the first /healthz 200: medians of ${runs} fresh processes (MB; start-up in ms; load average ${load})`);
for (const k of Object.keys(rows[0] ?? {})) console.log(`${k.padEnd(12)} ${median(rows.map((r) => r[k] as number)).toFixed(1).padStart(8)}   (${rows.map((r) => (r[k] as number).toFixed(1)).join(", ")})`);
