/**
 * `node --import tsx bench/audit/perf-breakdown.ts`: where the audit recorder's CPU goes, by thread and by kind of
 * work, from `perf` samples (CPU time, kernel included; unlike `--cpu-prof`, which samples wall time and charges a
 * thread's waits to whatever it was doing). Runs `recorder-cpu.ts` (thread writer, BENCH_CONCURRENCY calls in flight,
 * default 128) under `perf record -g` with V8's perf map, then splits the samples: the main thread, the writer
 * thread (a worker isolate running `serve-writer-thread`), V8's helper threads (GC, JIT) and the rest; and, for
 * the first two, by kind (SQLite commit, WAL checkpoint, AES-GCM, SHA-256, malloc/free, GC...), each sample counted
 * once under the first kind its stack matches. Needs `perf` (linux-tools) and permission to use it.
 * Env: BENCH_CONCURRENCY (128), BENCH_CALLS (20000), BENCH_ROUNDS (2), PERF_FREQ (1999 Hz).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Kinds of work, tried in order against the whole stack of a sample (the first match wins). */
const KINDS: readonly [string, RegExp][] = [
  ["WAL checkpoint", /walCheckpoint|sqlite3WalCheckpoint/],
  ["SQLite commit (WAL frame writes)", /sqlite3VdbeHalt|pagerWalFrames|sqlite3PagerCommitPhaseOne/],
  ["SQLite begin and locks", /btreeBeginTrans|sqlite3PagerSharedLock|walBeginReadTransaction|unixLock|unixShmLock/],
  ["SQLite bind (copies the values)", /Binder::Bind/],
  ["SQLite insert (b-trees)", /sqlite3_step|sqlite3VdbeExec/],
  ["GC", /v8::internal::Heap::|Scavenge|MarkCompact|ConcurrentMarking|Sweeper|GCTracer/],
  ["JIT compilation", /v8::internal::compiler::|v8::internal::Compiler::|maglev::|baseline::/],
  ["AES-256-GCM", /CipherBase|aesni|gcm|EVP_Cipher|EVP_Encrypt|createCipher|Cipheriv/],
  ["SHA-256", /sha256|SHA256|Hash::|EVP_Digest/],
  ["postMessage", /MessagePort::PostMessage|Message::Serialize|ValueSerializer/],
  ["chain hash (encoding)", /hashEntry/],
  ["batch decoding", /decodeBatch/],
  ["batch encoding", /encodeBatch/],
  ["Merkle tree", /MerkleFrontier|merkle\.ts/],
  ["malloc/free", /malloc|cfree|_int_free|unlink_chunk/],
  ["message deserialisation", /Message::Deserialize|ValueDeserializer/],
  ["sealing (JS)", /sealEntry|encryptPayload/],
  ["recorder and log (JS)", /audit-recorder|audit-log|thread-writer|AuditRecorder|ThreadWriter/],
  ["message handling (rest)", /MessagePort::OnMessage/],
  ["waiting (epoll, futex)", /epoll_wait|futex/],
];

const concurrency = process.env["BENCH_CONCURRENCY"] ?? "128";
const dir = mkdtempSync(join(tmpdir(), "warden-perf-"));
const data = join(dir, "perf.data");
try {
  const run = spawnSync(
    "perf",
    ["record", "-F", process.env["PERF_FREQ"] ?? "1999", "-g", "-o", data, "--", process.execPath, "--perf-basic-prof-only-functions", "--import", "tsx", new URL("./recorder-cpu.ts", import.meta.url).pathname],
    { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, BENCH_WRITER: "thread", BENCH_CONCURRENCY: concurrency, BENCH_CALLS: process.env["BENCH_CALLS"] ?? "20000", BENCH_ROUNDS: process.env["BENCH_ROUNDS"] ?? "2" } },
  );
  if (run.status !== 0) throw new Error(`perf record failed (${run.status ?? run.signal}): is perf installed and allowed?`);
  const script = execFileSync("perf", ["script", "-i", data], { maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "ignore"] }).toString();

  type Group = "main thread" | "writer thread" | "V8 helper threads" | "other threads";
  const byThread = new Map<number, { writer: boolean; helper: boolean; kinds: Map<string, number>; n: number }>();
  let total = 0;
  for (const sample of script.split("\n\n")) {
    const lines = sample.split("\n").filter((l) => l.trim() !== "");
    const head = lines[0]?.match(/^\S+\s+(\d+)\s/);
    if (!head) continue;
    const tid = Number(head[1]);
    const stack = lines.slice(1).join("\n");
    let t = byThread.get(tid);
    if (!t) byThread.set(tid, (t = { writer: false, helper: false, kinds: new Map(), n: 0 }));
    // What a thread is shows in some of its stacks: the writer's JS, V8's platform worker loop.
    t.writer ||= /serve-writer-thread|sqlite-writer-thread/.test(stack);
    t.helper ||= /PlatformWorkerThread/.test(stack);
    const kind = KINDS.find(([, re]) => re.test(stack))?.[0] ?? "other";
    t.kinds.set(kind, (t.kinds.get(kind) ?? 0) + 1);
    t.n++;
    total++;
  }
  // The main thread's id is the process id: the lowest of its threads'.
  const mainTid = Math.min(...byThread.keys());
  const groupOf = (tid: number, t: { writer: boolean; helper: boolean }): Group =>
    tid === mainTid ? "main thread" : t.writer ? "writer thread" : t.helper ? "V8 helper threads" : "other threads";
  const pct = (n: number, of: number): string => `${((100 * n) / of).toFixed(1).padStart(5)} %`;
  const groups = new Map<Group, { n: number; kinds: Map<string, number> }>();
  for (const [tid, t] of byThread) {
    const group = groupOf(tid, t);
    const g = groups.get(group) ?? { n: 0, kinds: new Map<string, number>() };
    g.n += t.n;
    for (const [k, n] of t.kinds) g.kinds.set(k, (g.kinds.get(k) ?? 0) + n);
    groups.set(group, g);
  }
  console.log(`\n${total} samples, ${concurrency} calls in flight; share of all CPU samples by thread:`);
  for (const [name, g] of [...groups].sort((a, b) => b[1].n - a[1].n)) console.log(`${pct(g.n, total)}  ${name}`);
  for (const name of ["writer thread", "main thread", "V8 helper threads"] as const) {
    const g = groups.get(name);
    if (!g) continue;
    console.log(`\n${name}, by kind of work (share of its samples):`);
    for (const [k, n] of [...g.kinds].sort((a, b) => b[1] - a[1])) if (n / g.n >= 0.005) console.log(`${pct(n, g.n)}  ${k}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
