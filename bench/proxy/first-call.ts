/**
 * `node --import tsx bench/proxy/first-call.ts`: how long the first model call takes in a fresh `warden serve`
 * (demo provider, default policy and audit), and the second one, over several fresh processes: what lazy loading
 * and first-run compilation cost the first caller. The calls go `AT_MS` (default 500) after the first 200 on
 * `/healthz`, as `idle-memory.ts` reads memory. Env: RUNS (5), WARDEN_BENCH_BUILD (compiled tree, default `dist/`),
 * AT_MS, TEXT (the prompt; e.g. one with a phone number, whose library loads on first use).
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { freePort } from "../support/warden-cli.js";

const runs = Number(process.env["RUNS"] ?? 5);
const atMs = Number(process.env["AT_MS"] ?? 500);
const text = process.env["TEXT"] ?? "Hello, how are you today?";
const dist = resolve(process.env["WARDEN_BENCH_BUILD"] ?? new URL("../../dist", import.meta.url).pathname);
// Started from an entry file as bin/warden.js does (see idle-memory.ts: `-e` would keep the audit thread from starting).
const entry = join(mkdtempSync(join(tmpdir(), "warden-first-entry-")), "warden.mjs");
writeFileSync(entry, `import { main } from ${JSON.stringify(pathToFileURL(join(dist, "cli/main.js")).href)};\nmain(process.argv).then((code) => { if (typeof code === "number") process.exitCode = code; });\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function once(): Promise<{ first: number; second: number }> {
  const dir = mkdtempSync(join(tmpdir(), "warden-first-"));
  const file = join(dir, "warden.yaml");
  writeFileSync(file, `dataDir: ${join(dir, "data")}\nproviders:\n  demo: { type: demo }\nroutes:\n  - { models: ["*"], provider: demo }\nlogging: { level: warn }\n`);
  const key = execFileSync(process.execPath, [entry, "keys", "create", "--tenant", "bench", "--app", "bench", "--config", file], { encoding: "utf8" }).trim().split("\n").pop() as string;
  const port = await freePort();
  const proc = spawn(process.execPath, [entry, "serve", "--config", file, "--port", String(port)], { stdio: ["ignore", "ignore", "inherit"] });
  try {
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`warden serve exited with ${proc.exitCode}`);
      if (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)) break;
      await sleep(5);
    }
    await sleep(atMs);
    const call = async (content: string) => {
      const t0 = performance.now();
      const r = await fetch(`http://127.0.0.1:${port}/v1/chat/completions`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ model: "demo", messages: [{ role: "user", content }] }) });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`first call answered ${r.status}`);
      return performance.now() - t0;
    };
    return { first: await call(text), second: await call(`${text} Thanks.`) };
  } finally {
    await new Promise<void>((r) => {
      proc.once("exit", () => r());
      proc.kill("SIGTERM");
    });
  }
}

const rows: { first: number; second: number }[] = [];
for (let i = 0; i < runs; i++) rows.push(await once());
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1] as number;
const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
console.log(`warden serve, first model calls ${atMs} ms after the first /healthz 200: medians of ${runs} fresh processes (ms; load average ${load})`);
for (const k of ["first", "second"] as const) console.log(`${k.padEnd(8)} ${median(rows.map((r) => r[k])).toFixed(1).padStart(8)}   (${rows.map((r) => r[k].toFixed(1)).join(", ")})`);
