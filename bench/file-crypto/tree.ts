/**
 * `node --import tsx bench/file-crypto/tree.ts`: encrypting a tree of files (BENCH_FILES, default 8, of
 * BENCH_FILE_MB, default 48 MiB) one at a time vs 2 and 4 at once (`-j`), alternated ROUNDS (default 3) times in the
 * same run, to the same disk. The cipher runs on one thread either way; concurrency overlaps disk I/O and fsync.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCryptoJobs } from "../../src/cli/run-crypto-jobs.js";
import { encryptFile, X25519Identity } from "../../src/file-crypto/index.js";

const FILES = Number(process.env["BENCH_FILES"] ?? 8);
const FILE_MB = Number(process.env["BENCH_FILE_MB"] ?? 48);
const ROUNDS = Number(process.env["ROUNDS"] ?? 3);
const dir = mkdtempSync(join(tmpdir(), "warden-bench-tree-"));
const id = X25519Identity.generate();
const data = randomBytes(FILE_MB * 1048576);
const jobs = Array.from({ length: FILES }, (_, i) => {
  writeFileSync(join(dir, `shard-${i}.jsonl`), data);
  return { input: join(dir, `shard-${i}.jsonl`), output: join(dir, `shard-${i}.jsonl.age`) };
});
const rates = new Map<number, number[]>();
const quiet = process.stderr.write.bind(process.stderr);
try {
  for (let r = 0; r < ROUNDS; r++) {
    for (const c of [1, 2, 4]) {
      for (const j of jobs) rmSync(j.output, { force: true });
      const t = performance.now();
      process.stderr.write = () => true; // the per-run summary line
      await runCryptoJobs(jobs, (j) => encryptFile(j.input, j.output, [id.recipient()]), "encrypted", c);
      process.stderr.write = quiet;
      rates.set(c, [...(rates.get(c) ?? []), (FILES * FILE_MB) / ((performance.now() - t) / 1000)]);
    }
  }
} finally {
  process.stderr.write = quiet;
  rmSync(dir, { recursive: true, force: true });
}
for (const [c, rs] of rates) console.log(`-j ${c}: ${rs.map((x) => x.toFixed(0)).join(", ")} MiB/s (mean ${(rs.reduce((a, b) => a + b, 0) / rs.length).toFixed(0)})`);
