import { randomBytes, createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync, openSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { dirname, join, resolve, sep } from "node:path";
import type { Writable } from "node:stream";
import type { Command } from "commander";
import { ConfigError } from "../../core/config-error.js";
import { FINDING_CATEGORIES, type FindingCategory } from "../../core/finding.js";
import { createDetectionEngine, type DetectionEngine } from "../../detect/engine.js";
import {
  BaselineError,
  buildRedactionManifest,
  createInlineRunner,
  createProgressBar,
  createWorkerPool,
  formatFindingLine,
  formatJsonReport,
  formatJUnitReport,
  formatSarifReport,
  formatTextSummary,
  matchesFailOn,
  parseFailOn,
  readBaseline,
  scanFiles,
  walkFiles,
  writeBaseline,
  writeRedactionManifest,
  type ScanFormat,
  type ScanReport,
  type ScanTarget,
  type WorkerSetup,
} from "../../scan/index.js";
import { loadRulesFile } from "./detect.js";

/** Options of `warden scan`. */
export interface ScanCommandOptions {
  format: string;
  output?: string;
  failOn: string[];
  baseline?: string;
  writeBaseline?: string;
  redactTo?: string;
  manifest?: string;
  ignore: string[];
  defaultIgnores: boolean;
  gitignore?: boolean;
  inputFormat: string;
  csvHeader: boolean;
  jobs?: string;
  maxRecordMb: string;
  maxFindings: string;
  categories: string;
  rules?: string;
  enable: string[];
  disable: string[];
  all?: boolean;
  progress: boolean;
}

const FORMATS = ["text", "json", "sarif", "junit"] as const;
const INPUT_FORMATS = ["auto", "jsonl", "csv", "tsv", "text"] as const;
const CATEGORIES: readonly FindingCategory[] = FINDING_CATEGORIES;
const DEFAULT_CATEGORIES = "pii,secret,injection,custom,confidential,evasion";

const version = ((): string => {
  try {
    return (createRequire(import.meta.url)("../../../package.json") as { version: string }).version;
  } catch {
    return "0.0.0";
  }
})();

/** A command-line problem: message printed with its code (WARDEN_SCAN_USAGE), exit code 2. */
class UsageError extends Error {
  readonly code = "WARDEN_SCAN_USAGE";
}

const int = (name: string, v: string, min: number): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} must be an integer >= ${min}`);
  return n;
};

/** Validate options into the worker setup and the rest (throws UsageError / ConfigError). */
function parseOptions(opts: ScanCommandOptions): { setup: WorkerSetup; engine: DetectionEngine; jobs: number; maxRecord: number; maxFindings: number; format: (typeof FORMATS)[number]; inputFormat?: ScanFormat; failOn: ReturnType<typeof parseFailOn> } {
  const format = opts.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
  if (!(INPUT_FORMATS as readonly string[]).includes(opts.inputFormat)) throw new UsageError(`--input-format must be one of ${INPUT_FORMATS.join(", ")}`);
  let failOn;
  try {
    failOn = parseFailOn(opts.failOn);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const categories = opts.categories.split(",").map((c) => c.trim()).filter(Boolean);
  const bad = categories.filter((c) => !(CATEGORIES as readonly string[]).includes(c));
  if (bad.length > 0 || categories.length === 0) throw new UsageError(`--categories: unknown ${bad.join(", ") || "(empty)"}; expected some of ${CATEGORIES.join(", ")}`);
  const rules = opts.rules ? loadRulesFile(opts.rules) : {};
  const engine = {
    ...(opts.enable.length > 0 ? { enable: opts.enable } : {}),
    ...(opts.disable.length > 0 ? { disable: opts.disable } : {}),
    ...(rules.customRules ? { customRules: [...rules.customRules] } : {}),
    ...(rules.allowlist !== undefined ? { allowlist: rules.allowlist } : {}),
  };
  const built = createDetectionEngine(engine); // validate here, once: a ConfigError lists every problem
  const keyText = process.env.WARDEN_SCAN_FINGERPRINT_KEY;
  const setup: WorkerSetup = {
    engine,
    categories: categories as FindingCategory[],
    excludeTypes: ["SOURCE_CODE"],
    all: opts.all === true,
    fingerprintKey: keyText ? createHash("sha256").update(keyText).digest("hex") : "",
    ...(opts.redactTo ? { redactKey: randomBytes(32).toString("hex") } : {}),
  };
  const jobs = opts.jobs === undefined ? -1 : int("--jobs", opts.jobs, 0); // -1: chosen from the input size
  const maxRecordMb = Number(opts.maxRecordMb);
  if (!(maxRecordMb > 0 && maxRecordMb <= 1024)) throw new UsageError("--max-record-mb must be a number in (0, 1024]");
  return {
    setup,
    engine: built,
    jobs,
    maxRecord: Math.floor(maxRecordMb * 1024 * 1024),
    maxFindings: int("--max-findings", opts.maxFindings, 0),
    format,
    ...(opts.inputFormat !== "auto" ? { inputFormat: opts.inputFormat as ScanFormat } : {}),
    failOn,
  };
}

/** Where each file's redacted copy goes: OUT/<path relative to its input argument>; refuses collisions. */
function outputPaths(files: readonly ScanTarget[], outDir: string): Map<ScanTarget, string> {
  const out = new Map<ScanTarget, string>();
  const used = new Map<string, string>();
  for (const f of files) {
    const p = join(outDir, ...f.rel.split("/"));
    const other = used.get(p);
    if (other) throw new UsageError(`--redact-to: ${f.display} and ${other} would both be written to ${p}; scan them in separate runs`);
    if (resolve(p) === resolve(f.path)) throw new UsageError(`--redact-to: the redacted copy of ${f.display} would overwrite it`);
    used.set(p, f.display);
    out.set(f, p);
  }
  return out;
}

/** Run `warden scan`; resolves to the exit code (0 clean, 1 --fail-on matched, 2 errors). */
export async function runScan(paths: readonly string[], opts: ScanCommandOptions, io: { stdout: Writable; stderr: NodeJS.WriteStream } = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const started = Date.now();
  let parsed: ReturnType<typeof parseOptions>;
  let baseline: Set<string> | undefined;
  let targets: ReturnType<typeof walkFiles>;
  let outPaths: Map<ScanTarget, string> | undefined;
  let outFd: number | undefined;
  const outDir = opts.redactTo ? resolve(opts.redactTo) : undefined;
  try {
    parsed = parseOptions(opts);
    if (opts.baseline) baseline = readBaseline(opts.baseline);
    for (const p of paths) if (p !== "-" && !existsSync(p)) throw new UsageError(`no such file or folder: ${p}`);
    targets = walkFiles(paths, { ignore: opts.ignore, defaultIgnores: opts.defaultIgnores, gitignore: opts.gitignore === true, ...(parsed.inputFormat ? { format: parsed.inputFormat } : {}) });
    // Never scan our own outputs (a report, a baseline written into a scanned folder).
    const own = new Set([opts.output, opts.writeBaseline, opts.manifest].filter((p): p is string => p !== undefined).map((p) => resolve(p)));
    targets.files = targets.files.filter((f) => !own.has(f.path));
    if (outDir) {
      if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new UsageError(`--redact-to: ${opts.redactTo} exists and is not a folder`);
      // Never rescan our own output when it lies inside a scanned folder.
      targets.files = targets.files.filter((f) => !f.path.startsWith(outDir + sep));
      outPaths = outputPaths(targets.files, outDir);
    }
    if (opts.output) {
      try {
        outFd = openSync(opts.output, "w");
      } catch (err) {
        throw new UsageError(`--output: cannot write ${opts.output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      }
    }
  } catch (err) {
    if (err instanceof UsageError || err instanceof BaselineError || err instanceof ConfigError) {
      const code = err instanceof BaselineError ? "WARDEN_SCAN_BASELINE_INVALID" : err instanceof UsageError ? err.code : "WARDEN_CONFIG_INVALID";
      io.stderr.write(`warden: ${err.message} (${code})\n`);
      return 2;
    }
    throw err;
  }
  const { files, skipped } = targets;
  const total = files.reduce((a, f) => a + f.size, 0);
  const out: Writable = outFd !== undefined ? createWriteStream("", { fd: outFd }) : io.stdout;
  const colour = !opts.output && (io.stdout as NodeJS.WriteStream).isTTY === true && !process.env.NO_COLOR;
  const bar = opts.progress ? createProgressBar(io.stderr, total) : { update: () => {}, done: () => {} };
  let failed = false;
  let seen = 0;
  // WARDEN_SCAN_WORKER_HEAP_MB caps each worker's heap (a memory bound for CI machines; the memory test uses it).
  const heapMb = Number(process.env.WARDEN_SCAN_WORKER_HEAP_MB) || undefined;
  // Default workers: a worker costs about a second to start (it loads the engine), so small inputs are scanned in
  // this thread and larger ones get one worker per 4 MiB, up to the cores (at most 8).
  const jobs = parsed.jobs >= 0 ? parsed.jobs : total < 1 << 20 ? 0 : Math.min(availableParallelism(), 8, Math.ceil(total / (4 << 20)));
  const runner = jobs === 0 ? createInlineRunner(parsed.setup, parsed.engine) : createWorkerPool(parsed.setup, jobs, heapMb ? { heapMb } : {});
  let result: Awaited<ReturnType<typeof scanFiles>>;
  try {
    result = await scanFiles(files, {
      runner,
      limits: { maxRecord: parsed.maxRecord, batchChars: 256 * 1024 },
      csvHeader: opts.csvHeader,
      maxFindings: parsed.maxFindings,
      ...(baseline ? { baseline } : {}),
      ...(outPaths ? { outputPath: (t: ScanTarget) => outPaths.get(t) as string } : {}),
      onFinding: (f) => {
        seen++;
        if (matchesFailOn(parsed.failOn, f)) failed = true;
        if (parsed.format === "text") {
          if (colour) bar.done();
          // Respect back-pressure: a slow reader (a pipe into less) must not make findings pile up in memory.
          if (!out.write(`${formatFindingLine(f, colour)}\n`)) return once(out, "drain").then(() => {});
        }
        return undefined;
      },
      onProgress: (n) => bar.update(n, seen),
    });
  } catch (err) {
    bar.done();
    io.stderr.write(`warden: scan failed: ${(err as Error).message} (WARDEN_SCAN_WORKER_FAILED)\n`);
    return 2;
  } finally {
    await runner.close();
  }
  bar.done();
  const report: ScanReport = { version, files: result.files, skipped, findings: result.findings, dropped: result.dropped, durationMs: Date.now() - started };
  if (parsed.format === "text") out.write(formatTextSummary(report));
  else if (parsed.format === "json") out.write(formatJsonReport(report));
  else if (parsed.format === "sarif") out.write(formatSarifReport(report));
  else out.write(formatJUnitReport(report));
  if (opts.output) {
    (out as ReturnType<typeof createWriteStream>).end();
    await new Promise<void>((res, rej) => out.once("close", res).once("error", rej));
  }
  // With a machine format on stdout, errors and the totals still go to stderr for people reading CI logs.
  if (parsed.format !== "text") io.stderr.write(`${formatTextSummary(report).split("\n").filter((l) => l && !l.startsWith("note:")).join("\n")}\n`);
  try {
    if (opts.writeBaseline) {
      const n = writeBaseline(opts.writeBaseline, result.findings);
      io.stderr.write(`warden: wrote ${n} accepted fingerprint(s) to ${opts.writeBaseline}\n`);
      if (result.dropped > 0) io.stderr.write(`warden: ${result.dropped} finding(s) over --max-findings are not in the baseline\n`);
    }
    if (outDir) {
      const manifestPath = opts.manifest ?? join(outDir, "warden-scan-manifest.json");
      mkdirSync(dirname(manifestPath), { recursive: true });
      writeRedactionManifest(manifestPath, buildRedactionManifest(result.files, outDir, version));
      io.stderr.write(`warden: redacted copies in ${outDir}, manifest ${manifestPath}\n`);
    }
  } catch (err) {
    io.stderr.write(`warden: cannot write ${(err as NodeJS.ErrnoException).path ?? "output"}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message} (WARDEN_SCAN_USAGE)\n`);
    return 2;
  }
  const errors = result.files.some((f) => f.errors.length > 0) || skipped.some((s) => s.error);
  return errors ? 2 : failed ? 1 : 0;
}

const collect = (value: string, prev: string[]): string[] => [...prev, value];

/** `warden scan PATH...`: scan files, folders and datasets for secrets, PII and injections. */
export function registerScanCommand(program: Command): void {
  program
    .command("scan")
    .description("scan files, folders and datasets (JSONL, CSV, text, code) for secrets, PII and injections; optionally write redacted copies")
    .argument("<paths...>", "files or folders; - reads standard input (text, or the --input-format)")
    .option("-f, --format <format>", `report format: ${FORMATS.join(", ")}`, "text")
    .option("-o, --output <file>", "write the report to a file (default: standard output)")
    .option("--fail-on <condition>", "exit 1 when an unaccepted finding matches: a severity (low, medium, high, critical: that or above), a category (pii, secret, injection, custom, ...), or none; repeatable or comma-separated (default: any finding)", collect, [])
    .option("--baseline <file>", "accept the findings listed in this baseline (reported as suppressed, never fail)")
    .option("--write-baseline <file>", "write every finding of this run to a baseline file")
    .option("--redact-to <dir>", "write a redacted copy of every input under this folder, plus a manifest")
    .option("--manifest <file>", "where to write the redaction manifest (default: <dir>/warden-scan-manifest.json)")
    .option("--ignore <glob>", "skip paths matching this glob (repeatable; `name` any depth, `dir/**`, `*.min.js`)", collect, [])
    .option("--no-default-ignores", "also scan .git, node_modules and the other folders skipped by default")
    .option("--gitignore", "also skip what the .gitignore at the top of each input folder ignores (off by default: .env files are often gitignored and full of secrets)")
    .option("--input-format <format>", `treat every file as: ${INPUT_FORMATS.join(", ")}`, "auto")
    .option("--no-csv-header", "CSV/TSV files have no header row")
    .option("-j, --jobs <n>", "worker threads (0 scans in this thread; default: none under 1 MiB of input, else one per 4 MiB up to the cores, at most 8)")
    .option("--max-record-mb <n>", "largest JSONL line / CSV record scanned whole (text lines are cut at it)", "8")
    .option("--max-findings <n>", "keep at most this many findings in the report (all are counted)", "100000")
    .option("--categories <list>", "finding categories to report", DEFAULT_CATEGORIES)
    .option("--rules <file>", "YAML/JSON file with custom rules (a list, or { customRules, allowlist })")
    .option("--enable <selector>", "only run these detectors (id, category or glob; repeatable)", collect, [])
    .option("--disable <selector>", "do not run these detectors (repeatable)", collect, [])
    .option("--all", "include findings below their detector's threshold")
    .option("--no-progress", "no progress bar (it only shows when standard error is a terminal)")
    .action(async (paths: string[], opts: ScanCommandOptions) => {
      process.exitCode = await runScan(paths, opts);
    });
}
