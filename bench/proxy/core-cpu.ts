/**
 * `node --import tsx bench/proxy/core-cpu.ts`: CPU time per request of the gateway core against the bare pass-through,
 * measured in ONE process: a mock upstream, the bare node:http + undici pass-through, the core (authentication,
 * parsing, routing, forwarding; no policy, no audit) compiled from the working tree, optionally the core compiled
 * from a git revision (`CORE_AB_REV=<rev>`), and a closed-loop client, all on one event loop. Each measurement sends
 * N requests at C concurrent connections and divides the process's CPU time (user + system) by N; targets are
 * measured in ABBA order over ROUNDS rounds and the medians printed. Client and mock cost the same for every
 * target, so the differences between targets are the differences between the proxies. Each target's cost above
 * bare is taken per round (paired) and given as the median and range: at a load average of 7-10 from other work the
 * range spans ±15 µs and the median moves by as much between runs, so only differences larger than that, or
 * repeated across runs, mean something.
 * Env: CORE_AB_REV, N (10000), C (32), ROUNDS (6), CELLS (1j,1s,16j,16s: KB and json/stream); CORE_DIST=<dir>
 * measures an already compiled tree as "core" instead of compiling the working tree (e.g. HEAD plus one change only,
 * when other work is in progress in the tree); CORE_COMPARE=name=<dir>,... adds more compiled trees; CORE_WORK=<dir>
 * puts the builds elsewhere than .tmp/core-cpu/.
 * Builds are compiled with tsc, as `warden serve` runs (not the sources through tsx).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import pino from "pino";
import { Pool } from "undici";
import { chatBody } from "../support/chat-body.js";
import { createBareProxy } from "../support/create-bare-proxy.js";

const N = Number(process.env["N"] ?? 10_000);
const C = Number(process.env["C"] ?? 32);
const ROUNDS = Number(process.env["ROUNDS"] ?? 6);
const cells = (process.env["CELLS"] ?? "1j,1s,16j,16s").split(",");
const rev = process.env["CORE_AB_REV"];
const repo = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
const work = process.env["CORE_WORK"] ?? join(repo, ".tmp", "core-cpu");
const tsc = join(repo, "node_modules", ".bin", "tsc");

/** Compile the working tree, or a revision's sources exported with `git archive`, to `<dir>/dist`. */
function build(name: string, revision?: string): string {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (revision === undefined) {
    execFileSync(tsc, ["-p", join(repo, "tsconfig.build.json"), "--outDir", join(dir, "dist")], { stdio: "inherit" });
    return join(dir, "dist");
  }
  execFileSync("sh", ["-c", `git -C "${repo}" archive "${revision}" src package.json tsconfig.json tsconfig.build.json | tar -x -C "${dir}"`]);
  if (!existsSync(join(dir, "node_modules"))) symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"));
  try {
    execFileSync(tsc, ["-p", join(dir, "tsconfig.build.json"), "--outDir", join(dir, "dist")], { stdio: "ignore" });
  } catch {
    /* type errors still emit JavaScript */
  }
  return join(dir, "dist");
}

const listen = (s: Server) => new Promise<number>((r) => s.listen(0, "127.0.0.1", () => r((s.address() as { port: number }).port)));

// The mock upstream of bench/support/mock-upstream.ts (same bodies), in this process.
const json = JSON.stringify({ id: "chatcmpl-bench", object: "chat.completion", created: 1, model: "gpt-bench", choices: [{ index: 0, message: { role: "assistant", content: "The quick brown fox jumps over the lazy dog. ".repeat(4) }, finish_reason: "stop" }], usage: { prompt_tokens: 10, completion_tokens: 40, total_tokens: 50 } });
const chunk = (content: string, finish: string | null = null) => `data: ${JSON.stringify({ id: "chatcmpl-bench", object: "chat.completion.chunk", created: 1, model: "gpt-bench", choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`;
const sse = "The quick brown fox jumps over the lazy dog and keeps on running far away".split(" ").map((w) => chunk(` ${w}`)).join("") + chunk("", "stop") + "data: [DONE]\n\n";
const mock = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    if (Buffer.concat(chunks).includes('"stream":true')) {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end(sse);
    } else {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
      res.end(json);
    }
  });
});
mock.keepAliveTimeout = 60_000;
const upstream = `http://127.0.0.1:${await listen(mock)}`;

// The bare pass-through of bench/support/bare-proxy.ts, in this process.
const bare = createBareProxy(upstream);
const barePort = await listen(bare);

/** Start the core from a compiled tree: pass-through guard, no audit, one bench key. */
async function core(dist: string): Promise<{ url: string; key: string }> {
  const load = <T>(p: string) => import(pathToFileURL(join(dist, p)).href) as Promise<T>;
  const { parseConfig } = await load<typeof import("../../src/config/load-config.js")>("config/load-config.js");
  const { startGateway } = await load<typeof import("../../src/gateway.js")>("gateway.js");
  const { passThroughGuard } = await load<typeof import("../../src/enforce/guard.js")>("enforce/guard.js");
  const { nullRecorder } = await load<typeof import("../../src/record/recorder.js")>("record/recorder.js");
  const { config } = parseConfig({ dataDir: mkdtempSync(join(tmpdir(), "warden-core-cpu-")), providers: { up: { type: "openai", baseUrl: `${upstream}/v1` } }, routes: [{ models: ["*"], provider: "up" }], listen: { host: "127.0.0.1", port: 0 } });
  const gw = await startGateway({ config, logger: pino({ level: "silent" }), guard: passThroughGuard, recorder: nullRecorder });
  return { url: gw.url, key: gw.keys.create({ tenant: "bench", app: "bench", roles: ["app"] }).key };
}

const targets: { name: string; url: string; headers: Record<string, string> }[] = [{ name: "bare", url: `http://127.0.0.1:${barePort}`, headers: { "content-type": "application/json" } }];
const current = await core(process.env["CORE_DIST"] ?? build("worktree"));
targets.push({ name: "core", url: current.url, headers: { "content-type": "application/json", authorization: `Bearer ${current.key}` } });
// More compiled trees to compare, as `name=dir,name=dir` (e.g. experiments built from HEAD plus one change each).
for (const spec of (process.env["CORE_COMPARE"] ?? "").split(",").filter(Boolean)) {
  const [name, dir] = spec.split("=") as [string, string];
  const other = await core(dir);
  targets.push({ name, url: other.url, headers: { "content-type": "application/json", authorization: `Bearer ${other.key}` } });
}
if (rev) {
  const old = await core(build(`rev-${rev.replace(/[^\w.-]/g, "_")}`, rev));
  targets.push({ name: rev, url: old.url, headers: { "content-type": "application/json", authorization: `Bearer ${old.key}` } });
}
const pools = new Map(targets.map((t) => [t.name, new Pool(t.url, { connections: C, pipelining: 1, keepAliveTimeout: 60_000 })]));

/** CPU µs of this process per request, for n requests at C concurrent connections. */
async function measure(t: (typeof targets)[number], body: Buffer, n: number): Promise<number> {
  const pool = pools.get(t.name) as Pool;
  let left = n;
  let errors = 0;
  const c0 = process.cpuUsage();
  await Promise.all(
    Array.from({ length: C }, async () => {
      while (left-- > 0) {
        const r = await pool.request({ method: "POST", path: "/v1/chat/completions", headers: t.headers, body });
        await r.body.arrayBuffer();
        if (r.statusCode !== 200) errors++;
      }
    }),
  );
  const d = process.cpuUsage(c0);
  if (errors > 0) throw new Error(`${t.name}: ${errors} non-200 answers`);
  return (d.user + d.system) / n;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1] as number;
const loadavg = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
console.log(`Gateway core CPU per request, one process (N=${N}, ${C} connections, median of ${ROUNDS} ABBA rounds, Node ${process.version}; load average ${loadavg()})`);
console.log("cell | " + targets.map((t) => `${t.name} µs (−bare: median, range over rounds)`).join(" | "));
for (const cell of cells) {
  const m = /^(\d+)([js])$/.exec(cell);
  if (!m) throw new Error(`bad cell ${cell}`);
  const body = Buffer.from(chatBody(Number(m[1]) * 1024, "gpt-bench", m[2] === "s"));
  for (const t of targets) await measure(t, body, Math.min(N, 5000)); // JIT warm-up
  const got = new Map<string, number[]>();
  for (let r = 0; r < ROUNDS; r++) {
    for (const t of r % 2 ? [...targets].reverse() : targets) got.set(t.name, [...(got.get(t.name) ?? []), await measure(t, body, N)]);
  }
  // Per round, each target minus bare measured in the same round (paired), then the median and range of those.
  const bare = got.get("bare") ?? [];
  const label = `${m[1]} KB ${m[2] === "s" ? "stream" : "json"}`;
  const cols = targets.map((t) => {
    const v = got.get(t.name) ?? [];
    const diffs = v.map((x, r) => x - (bare[r] as number));
    const sign = (x: number) => (x >= 0 ? "+" : "") + x.toFixed(1);
    return `${median(v).toFixed(1).padStart(6)} (${sign(median(diffs))}, ${sign(Math.min(...diffs))}..${sign(Math.max(...diffs))})`;
  });
  console.log(`${label.padEnd(12)} | ${cols.join(" | ")}`);
}
console.log(`µs = CPU time of the whole process (client, mock upstream and proxy) per request; the proxy's own share is the difference to another target. Load average at the end: ${loadavg()}`);
process.exit(0);
