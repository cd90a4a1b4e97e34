/**
 * The big-dataset check of `warden scan` (issue #7, item 5): generate a mixed dataset of BIG_MB megabytes (default
 * 200; JSONL chat and Anthropic, CSV, text, code, planted secrets and PII), scan it in a fresh process and report
 * MB/s and the peak RSS of the whole process (main thread and workers share it).
 *
 *   node --import tsx bench/scan/big-dataset.ts            # 200 MB, sources through tsx
 *   WARDEN_SCAN_DIST=1 node --import tsx bench/scan/big-dataset.ts   # the compiled CLI (npm run build first)
 *   BIG_MB=50 JOBS=2 node --import tsx bench/scan/big-dataset.ts
 *   BIG_HEAP_MB=64 node --import tsx bench/scan/big-dataset.ts   # cap the main and worker heaps: proves streaming
 */
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { generateDataset } from "./generate-dataset.js";
import { runScanChild } from "./run-scan-child.js";

const mb = Number(process.env.BIG_MB ?? 200);
const jobs = process.env.JOBS ?? String(Math.min(availableParallelism(), 8));
const heapMb = process.env.BIG_HEAP_MB;
const dir = mkdtempSync(join(tmpdir(), "warden-big-"));
try {
  let t = Date.now();
  const d = generateDataset(join(dir, "data"), mb * 1e6);
  console.log(`generated ${(d.bytes / 1e6).toFixed(0)} MB in ${((Date.now() - t) / 1000).toFixed(1)} s: ${Object.entries(d.planted).map(([f, n]) => `${f} ${n} planted`).join(", ")}`);
  t = Date.now();
  const s = runScanChild([d.dir, "--format", "json", "--output", join(dir, "report.json"), "--jobs", jobs], heapMb ? { WARDEN_SCAN_WORKER_HEAP_MB: heapMb } : {}, heapMb ? [`--max-old-space-size=${heapMb}`] : []);
  console.log(`warden scan (${process.env.WARDEN_SCAN_DIST === "1" ? "dist" : "sources via tsx"}, --jobs ${jobs}${heapMb ? `, heaps capped at ${heapMb} MB` : ""}): exit ${s.code}, ${(d.bytes / 1e6 / (s.ms / 1000)).toFixed(2)} MB/s wall (${(s.ms / 1000).toFixed(1)} s), CPU ${(s.cpuMs / 1000).toFixed(1)} s, peak RSS ${s.maxRssMb} MB`);
  console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
