/**
 * CPU-time A/B of the audit recorder between a git revision and the working tree, in one process (both sides see the
 * same machine load): `node --import tsx bench/audit/ab.ts <rev>`. Each side records 4 KB chat calls (request and
 * response entries) through its own `AuditRecorder` on its own SQLite log with the gateway's settings (writer thread,
 * WAL checkpoints from the thread, a checkpoint every 10,000 records), with request ids as that side's gateway
 * generates them (`src/server/request-id.ts`). The sides run alternately (ABBA), CALLS (default 10000) calls per
 * round at CONCURRENCY (default 128) in flight, on logs that keep growing over the rounds; the medians of ROUNDS
 * (default 6) give CPU µs per call in all threads and on the main thread. `src/` at <rev> is extracted with
 * `git archive` into a temporary directory (with a link to node_modules). AB_OVERLAY=path,path...: the new side is
 * <rev> with only these working-tree files or folders copied over it.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AuditRecorder } from "../../src/record/audit-recorder.js";
import { auditBenchCall, mainThreadUs } from "./audit-bench-call.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const rev = process.argv[2];
if (!rev) {
  console.error("usage: node --import tsx bench/audit/ab.ts <rev>");
  process.exit(2);
}
const CALLS = Number(process.env["CALLS"] ?? 10_000);
const CONCURRENCY = Number(process.env["CONCURRENCY"] ?? 128);
const ROUNDS = Number(process.env["ROUNDS"] ?? 6);

const { original, response, responseRaw, context } = auditBenchCall(80);

interface Side {
  recorder: AuditRecorder;
  requestId(): string;
  close(): Promise<void>;
}

async function load(root: string, dir: string): Promise<Side> {
  const imp = (p: string) => import(pathToFileURL(join(root, p)).href);
  const { AuditLog } = await imp("src/record/audit-log.ts");
  const { AuditRecorder } = await imp("src/record/audit-recorder.ts");
  const { SqliteAuditBackend } = await imp("src/record/sqlite-audit-backend.ts");
  const { requestIdFor } = await imp("src/server/request-id.ts");
  mkdirSync(dir, { recursive: true });
  const log = AuditLog.open(new SqliteAuditBackend(join(dir, "audit.db"), { backgroundCheckpointMs: 1000 }), {
    dataDir: dir,
    groupCommitMs: 0,
    checkpointIntervalMs: 0,
    checkpointEvery: 10_000,
    writerThread: true,
  });
  return { recorder: new AuditRecorder(log, { rejections: false }), requestId: () => requestIdFor({}) as string, close: () => log.close() };
}

async function round(side: Side, calls: number): Promise<{ all: number; main: number }> {
  const m0 = mainThreadUs();
  const c0 = process.cpuUsage();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < calls) {
        const ctx = context(side.requestId());
        await side.recorder.begin(ctx, { kind: "forward", body: original, changed: false });
        await side.recorder.complete(ctx, { status: 200, upstreamStatus: 200, response, responseRaw, finishedAt: Date.now() });
      }
    }),
  );
  const c = process.cpuUsage(c0);
  return { all: (c.user + c.system) / calls, main: (mainThreadUs() - m0) / calls };
}

const dir = mkdtempSync(join(tmpdir(), "warden-audit-ab-"));
try {
  mkdirSync(join(dir, "old"));
  const tar = execFileSync("git", ["-C", REPO, "archive", rev, "src"], { maxBuffer: 1 << 30 });
  execFileSync("tar", ["-x", "-C", join(dir, "old")], { input: tar });
  symlinkSync(join(REPO, "node_modules"), join(dir, "old", "node_modules"));
  // ESM like the repository (the writer thread loads its TypeScript module through tsx, which goes by package.json).
  writeFileSync(join(dir, "old", "package.json"), '{ "type": "module" }\n');
  const overlay = (process.env["AB_OVERLAY"] ?? "").split(",").filter((p) => p !== "");
  let newRoot = REPO;
  if (overlay.length > 0) {
    newRoot = join(dir, "new");
    mkdirSync(newRoot);
    execFileSync("tar", ["-x", "-C", newRoot], { input: tar });
    symlinkSync(join(REPO, "node_modules"), join(newRoot, "node_modules"));
    writeFileSync(join(newRoot, "package.json"), '{ "type": "module" }\n');
    for (const p of overlay) cpSync(join(REPO, p), join(newRoot, p), { recursive: true });
  }
  const sides = { old: await load(join(dir, "old"), join(dir, "data-old")), new: await load(newRoot, join(dir, "data-new")) };
  const keepAlive = setInterval(() => undefined, 1000); // the logs' own timers are unref'd
  for (const s of Object.values(sides)) await round(s, 2_000); // warm-up (JIT, writer threads started)
  const res: Record<"old" | "new", { all: number[]; main: number[] }> = { old: { all: [], main: [] }, new: { all: [], main: [] } };
  for (let r = 0; r < ROUNDS; r++) {
    for (const side of r % 2 === 0 ? (["old", "new"] as const) : (["new", "old"] as const)) {
      const m = await round(sides[side], CALLS);
      res[side].all.push(m.all);
      res[side].main.push(m.main);
      console.log(`round ${r + 1} ${side}: ${m.all.toFixed(1)} µs CPU per call (main thread ${m.main.toFixed(1)})`);
    }
  }
  const med = (x: number[]): number => [...x].sort((a, b) => a - b)[x.length >> 1] as number;
  console.log(`audit recorder (${rev} -> ${overlay.length > 0 ? `${rev} + working-tree ${overlay.join(" ")}` : "working tree"}), 4 KB chat call, ${CONCURRENCY} in flight, medians of ${ROUNDS}:`);
  console.log(`  all threads: ${med(res.old.all).toFixed(1)} -> ${med(res.new.all).toFixed(1)} µs CPU per call`);
  console.log(`  main thread: ${med(res.old.main).toFixed(1)} -> ${med(res.new.main).toFixed(1)} µs CPU per call`);
  for (const s of Object.values(sides)) await s.close();
  clearInterval(keepAlive);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
