import { writeFileSync } from "node:fs";
import { createDetectionEngine } from "../detect/engine.js";
import { buildSuite } from "./build-suite.js";
import { createMasker } from "./mask-text.js";
import { compareRows, type RedteamReport, redactUrl, targetReport } from "./redteam-report.js";
import type { RedteamOptions } from "./redteam-options.js";
import { formatConsoleSummary } from "./reports/console-summary.js";
import { formatRedteamHtml } from "./reports/html-report.js";
import { formatRedteamJUnit } from "./reports/junit-report.js";
import { formatRedteamSarif } from "./reports/sarif-report.js";
import { runRedteam } from "./run-redteam.js";
import { exceeded } from "./summarize.js";

/** Where the command writes: the console summary and progress (injectable for tests). */
export interface RedteamIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const VERSION = "0.1.0";

/** Exit codes: 0 all thresholds met; 1 a `--fail-on` threshold exceeded; 2 attacks could not be run or graded. */
export type RedteamExitCode = 0 | 1 | 2;

/**
 * Run `warden redteam`: build the suite (fresh canaries), attack the target (and the comparison target with the
 * same attacks), grade, write the requested reports, and decide the exit code. Thresholds apply to `--target`.
 */
export async function executeRedteam(opts: RedteamOptions, io: RedteamIo): Promise<{ exitCode: RedteamExitCode; report: RedteamReport }> {
  const started = Date.now();
  const suite = buildSuite({ categories: opts.categories, ...(opts.seed ? { seed: opts.seed } : {}), trainingCanaries: opts.trainingCanaries });
  const engine = createDetectionEngine();
  const s = suite.secrets;
  const mask = createMasker([s.canary, s.password, s.apiKey, s.customer.email, s.customer.phone, s.customer.card, ...opts.trainingCanaries.map((t) => t.secret)], engine);
  const progress = (label: string) => (_r: unknown, done: number, total: number) => {
    if (!opts.quiet && (done === total || done % 25 === 0)) io.stderr(`${label}: ${done}/${total} attacks\n`);
  };
  const runOpts = { concurrency: opts.concurrency, retries: opts.retries, engine, ...(opts.judge ? { judge: opts.judge } : {}) };
  const results = await runRedteam(opts.target, suite.attacks, { ...runOpts, onResult: progress("target") });
  const compareResults = opts.compare ? await runRedteam(opts.compare, suite.attacks, { ...runOpts, onResult: progress("compare") }) : undefined;

  const target = targetReport(opts.target.url, opts.target.model, results, mask);
  const compare = compareResults && opts.compare ? targetReport(opts.compare.url, opts.compare.model, compareResults, mask) : undefined;
  const over = exceeded(target.summary, opts.thresholds);
  const report: RedteamReport = {
    tool: { name: "warden-redteam", version: VERSION },
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    ...(opts.seed ? { seed: opts.seed } : {}),
    ...(opts.judge ? { judge: { url: redactUrl(opts.judge.url), model: opts.judge.model } } : {}),
    target,
    ...(compare ? { compare, comparison: compareRows(target.summary, compare.summary) } : {}),
    ...(opts.thresholds.length > 0
      ? { thresholds: opts.thresholds.map((t) => ({ category: t.category, maxRate: t.maxRate, rate: target.summary[t.category].successRate, exceeded: over.some((o) => o.threshold === t) })) }
      : {}),
  };
  const errors = target.summary.overall.errors + (compare?.summary.overall.errors ?? 0);
  const exitCode: RedteamExitCode = errors > 0 ? 2 : over.length > 0 ? 1 : 0;

  const write = (file: string | undefined, text: () => string): void => {
    if (!file) return;
    if (file === "-") io.stdout(text());
    else writeFileSync(file, text());
  };
  write(opts.outputs.json, () => `${JSON.stringify(report, null, 2)}\n`);
  write(opts.outputs.junit, () => formatRedteamJUnit(report));
  write(opts.outputs.sarif, () => formatRedteamSarif(report, exitCode));
  write(opts.outputs.html, () => formatRedteamHtml(report));
  const toStdout = Object.values(opts.outputs).includes("-");
  (toStdout ? io.stderr : io.stdout)(formatConsoleSummary(report));
  if (errors > 0) {
    const first = [...target.attacks, ...(compare?.attacks ?? [])].find((a) => a.outcome === "error");
    io.stderr(`warden redteam: ${errors} attack(s) got no usable reply${first ? ` (first: ${first.id}: ${first.reason})` : ""}\n`);
  }
  return { exitCode, report };
}
