/**
 * `npm run bench:scan`: MB/s of `warden scan` on a mixed generated dataset (JSONL chat/Anthropic, CSV, text, code;
 * planted secrets and PII), and secretlint 11 (@secretlint/core + the recommend preset) on the same files in the
 * same run, side by side as ratios. secretlint finds secrets only, so warden is also timed with only its secret
 * detectors (`--enable secret`), single-threaded and with workers.
 *
 * Environment: BENCH_SCAN_MB (default 40), BENCH_QUICK=1 (8 MB), JOBS (default: cores, at most 8),
 * WARDEN_SCAN_DIST=1 to time the compiled CLI (npm run build first).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { lintSource } from "@secretlint/core";
import { creator as secretlintRecommend } from "@secretlint/secretlint-rule-preset-recommend";
import { generateDataset } from "./generate-dataset.js";
import { runScanChild } from "./run-scan-child.js";

const mb = process.env.BENCH_QUICK === "1" ? 8 : Number(process.env.BENCH_SCAN_MB ?? 40);
const jobs = process.env.JOBS ?? String(Math.min(availableParallelism(), 8));
const dir = mkdtempSync(join(tmpdir(), "warden-bench-scan-"));

async function secretlint(files: readonly string[]): Promise<{ ms: number; findings: number }> {
  const config = { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: secretlintRecommend }] };
  const t = Date.now();
  let findings = 0;
  for (const f of files) {
    const r = await lintSource({ source: { filePath: f, content: readFileSync(f, "utf8"), contentType: "text" }, options: { config, maskSecrets: true } });
    findings += r.messages.length;
  }
  return { ms: Date.now() - t, findings };
}

try {
  const d = generateDataset(join(dir, "data"), mb * 1e6);
  const total = d.bytes / 1e6;
  console.log(`dataset: ${total.toFixed(1)} MB in ${d.files.length} files (${Object.entries(d.planted).map(([f, n]) => `${f} ${n}`).join(", ")} planted values)`);
  const runs: [string, number, string][] = [];
  const report = join(dir, "report.json");
  const countOf = (): string => {
    const r = JSON.parse(readFileSync(report, "utf8")) as { totals: { findings: number } };
    return `${r.totals.findings} findings`;
  };
  let s = runScanChild([d.dir, "--format", "json", "--output", report, "--jobs", jobs]);
  runs.push([`warden scan, all detectors, --jobs ${jobs}`, s.ms, `${countOf()}, peak RSS ${s.maxRssMb} MB`]);
  s = runScanChild([d.dir, "--format", "json", "--output", report, "--jobs", jobs, "--enable", "secret"]);
  runs.push([`warden scan, secrets only, --jobs ${jobs}`, s.ms, `${countOf()}, peak RSS ${s.maxRssMb} MB`]);
  s = runScanChild([d.dir, "--format", "json", "--output", report, "--jobs", "0", "--enable", "secret"]);
  runs.push(["warden scan, secrets only, one thread", s.ms, `${countOf()}, peak RSS ${s.maxRssMb} MB`]);
  const sl = await secretlint(d.files);
  runs.push(["secretlint 11 (recommend preset), in-process", sl.ms, `${sl.findings} findings`]);
  const base = sl.ms;
  console.log(`\n${"tool".padEnd(48)} ${"MB/s".padStart(8)} ${"vs secretlint".padStart(14)}  notes`);
  for (const [name, ms, note] of runs) console.log(`${name.padEnd(48)} ${(total / (ms / 1000)).toFixed(2).padStart(8)} ${`${(base / ms).toFixed(2)}x`.padStart(14)}  ${note}`);
  console.log(`\nwall time incl. process start-up (warden) / per-file lintSource calls (secretlint); ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  console.log("secretlint finds secrets only; warden's all-detector run also finds PII and injections. Ratios compare speed, not coverage.");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
