import { readFileSync } from "node:fs";
import { ConfigError, type ConfigIssue } from "../core/config-error.js";
import { ATTACK_CATEGORIES, type AttackCategory } from "./attack.js";
import type { TrainingCanary } from "./suites/leak-suite.js";
import { parseThresholds, type Threshold } from "./summarize.js";
import type { ChatTarget } from "./target/chat-target.js";

/** The command line as given (strings, before validation). */
export interface RedteamCliOptions {
  target?: string;
  model?: string;
  key?: string;
  suite?: string[];
  concurrency?: string;
  stream?: boolean;
  timeoutMs?: string;
  retries?: string;
  seed?: string;
  canaryFile?: string;
  judgeUrl?: string;
  judgeModel?: string;
  judgeKey?: string;
  compare?: string;
  compareModel?: string;
  compareKey?: string;
  failOn?: string;
  json?: string;
  junit?: string;
  sarif?: string;
  html?: string;
  quiet?: boolean;
}

/** Validated options. */
export interface RedteamOptions {
  target: ChatTarget;
  compare?: ChatTarget;
  judge?: ChatTarget;
  categories: AttackCategory[];
  concurrency: number;
  retries: number;
  seed?: string;
  trainingCanaries: TrainingCanary[];
  thresholds: Threshold[];
  outputs: { json?: string; junit?: string; sarif?: string; html?: string };
  quiet: boolean;
}

function httpUrl(value: string | undefined, path: string, issues: ConfigIssue[]): string | undefined {
  if (value === undefined) return undefined;
  try {
    const u = new URL(value);
    if (u.protocol === "http:" || u.protocol === "https:") return value;
  } catch {
    // reported below
  }
  issues.push({ path, message: `'${value}' is not an http(s) URL` });
  return undefined;
}

function positiveInt(value: string | undefined, path: string, fallback: number, max: number, issues: ConfigIssue[]): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    issues.push({ path, message: `must be an integer from 1 to ${max}` });
    return fallback;
  }
  return n;
}

/** Read `--canary-file`: JSON lines `{"prefix": "...", "secret": "..."}` (the canaries planted in a fine-tuning set). */
function readTrainingCanaries(file: string, issues: ConfigIssue[]): TrainingCanary[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    issues.push({ path: "--canary-file", message: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? "error"}` });
    return [];
  }
  const out: TrainingCanary[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    try {
      const v = JSON.parse(line) as { prefix?: unknown; secret?: unknown };
      if (typeof v.prefix === "string" && typeof v.secret === "string" && v.secret.length >= 6) out.push({ prefix: v.prefix, secret: v.secret });
      else issues.push({ path: `--canary-file line ${i + 1}`, message: "expected {\"prefix\": string, \"secret\": string of 6+ characters}" });
    } catch {
      issues.push({ path: `--canary-file line ${i + 1}`, message: "not valid JSON" });
    }
  });
  return out;
}

/** Validate the command line; every problem is reported at once (ConfigError). Keys fall back to environment variables. */
export function parseRedteamOptions(cli: RedteamCliOptions, env: Readonly<Record<string, string | undefined>> = process.env): RedteamOptions {
  const issues: ConfigIssue[] = [];
  if (!cli.target) issues.push({ path: "--target", message: "required: the OpenAI-compatible endpoint to attack (e.g. http://127.0.0.1:8080)" });
  const targetUrl = httpUrl(cli.target, "--target", issues);
  const compareUrl = httpUrl(cli.compare, "--compare", issues);
  const judgeUrl = httpUrl(cli.judgeUrl, "--judge-url", issues);
  if (cli.judgeUrl && !cli.judgeModel) issues.push({ path: "--judge-model", message: "required with --judge-url" });
  if (cli.judgeModel && !cli.judgeUrl) issues.push({ path: "--judge-url", message: "required with --judge-model" });
  if ((cli.compareModel || cli.compareKey) && !cli.compare) issues.push({ path: "--compare", message: "required with --compare-model / --compare-key" });

  const requested = (cli.suite ?? []).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
  const unknown = requested.filter((c) => !(ATTACK_CATEGORIES as readonly string[]).includes(c));
  if (unknown.length > 0) issues.push({ path: "--suite", message: `unknown suite(s) ${unknown.join(", ")} (one of ${ATTACK_CATEGORIES.join(", ")})` });
  const categories = requested.length > 0 ? ATTACK_CATEGORIES.filter((c) => requested.includes(c)) : [...ATTACK_CATEGORIES];

  let thresholds: Threshold[] = [];
  if (cli.failOn !== undefined) {
    try {
      thresholds = parseThresholds(cli.failOn);
    } catch (err) {
      issues.push({ path: "--fail-on", message: (err as Error).message.replace(/^--fail-on: /, "") });
    }
  }
  const concurrency = positiveInt(cli.concurrency, "--concurrency", 4, 64, issues);
  const timeoutMs = positiveInt(cli.timeoutMs, "--timeout-ms", 60_000, 600_000, issues);
  const retries = cli.retries === "0" ? 0 : positiveInt(cli.retries, "--retries", 2, 10, issues);
  const trainingCanaries = cli.canaryFile ? readTrainingCanaries(cli.canaryFile, issues) : [];
  if (issues.length > 0 || !targetUrl) throw new ConfigError(issues, "options");

  const model = cli.model ?? "demo";
  const key = cli.key ?? env["WARDEN_REDTEAM_KEY"];
  const stream = cli.stream === true;
  const compareKey = cli.compareKey ?? env["WARDEN_REDTEAM_COMPARE_KEY"];
  const judgeKey = cli.judgeKey ?? env["WARDEN_REDTEAM_JUDGE_KEY"];
  return {
    target: { url: targetUrl, model, stream, timeoutMs, ...(key ? { key } : {}) },
    ...(compareUrl ? { compare: { url: compareUrl, model: cli.compareModel ?? model, stream, timeoutMs, ...(compareKey ? { key: compareKey } : {}) } } : {}),
    ...(judgeUrl && cli.judgeModel ? { judge: { url: judgeUrl, model: cli.judgeModel, timeoutMs, ...(judgeKey ? { key: judgeKey } : {}) } } : {}),
    categories,
    concurrency,
    retries,
    ...(cli.seed ? { seed: cli.seed } : {}),
    trainingCanaries,
    thresholds,
    outputs: { ...(cli.json ? { json: cli.json } : {}), ...(cli.junit ? { junit: cli.junit } : {}), ...(cli.sarif ? { sarif: cli.sarif } : {}), ...(cli.html ? { html: cli.html } : {}) },
    quiet: cli.quiet === true,
  };
}
