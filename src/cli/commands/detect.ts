import { createReadStream, readFileSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Command } from "commander";
import { parse as parseYaml } from "yaml";
import { ConfigError } from "../../core/config-error.js";
import type { DetectContext, Direction, MessageRole } from "../../core/detector.js";
import type { Finding } from "../../core/finding.js";
import { createDetectionEngine, type DetectionEngine, type DetectionEngineOptions } from "../../detect/engine.js";
import { maskValue } from "../../detect/mask-value.js";
import { reportConfigError } from "../report-config-error.js";

/** Options of `warden detect`. */
export interface DetectCommandOptions {
  jsonl?: boolean;
  all?: boolean;
  showValues?: boolean;
  classes?: boolean;
  direction?: string;
  role?: string;
  rules?: string;
  enable?: string[];
  disable?: string[];
}

/** A finding as printed: no raw value unless asked for. */
interface FindingOut {
  detector: string;
  category: string;
  type: string;
  start: number;
  end: number;
  score: number;
  explanation: string;
  view?: string;
  value?: string;
}

function toOut(f: Finding, text: string, showValues: boolean): FindingOut {
  const out: FindingOut = { detector: f.detector, category: f.category, type: f.type, start: f.start, end: f.end, score: Math.round(f.score * 1000) / 1000, explanation: f.explanation };
  if (f.view) out.view = f.view;
  if (showValues) out.value = text.slice(f.start, f.end);
  return out;
}

/** Load custom rules / allowlist from a YAML or JSON file: a list of rules, or `{ customRules, allowlist }`. */
export function loadRulesFile(path: string): Pick<DetectionEngineOptions, "customRules" | "allowlist"> {
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(path, "utf8"));
  } catch (err) {
    throw new ConfigError([{ path, message: `cannot read rules file: ${(err as Error).message}` }], "rules file");
  }
  if (Array.isArray(doc)) return { customRules: doc };
  if (typeof doc === "object" && doc !== null) {
    const o = doc as Record<string, unknown>;
    const unknown = Object.keys(o).filter((k) => k !== "customRules" && k !== "allowlist");
    if (unknown.length > 0) throw new ConfigError(unknown.map((k) => ({ path: k, message: "unknown field (expected customRules, allowlist)" })), "rules file");
    if (o.customRules !== undefined && !Array.isArray(o.customRules)) throw new ConfigError([{ path: "customRules", message: "must be a list of rules" }], "rules file");
    return { ...(o.customRules ? { customRules: o.customRules as unknown[] } : {}), ...(o.allowlist !== undefined ? { allowlist: o.allowlist } : {}) };
  }
  throw new ConfigError([{ path, message: "must be a list of rules or an object with customRules/allowlist" }], "rules file");
}

/** Build the engine and context from CLI options (throws ConfigError on bad options). */
export function engineFromOptions(opts: DetectCommandOptions): { engine: DetectionEngine; context: DetectContext } {
  const direction = (opts.direction ?? "request") as Direction;
  if (direction !== "request" && direction !== "response") throw new ConfigError([{ path: "--direction", message: "must be request or response" }], "options");
  const roles: readonly MessageRole[] = ["system", "developer", "user", "assistant", "tool"];
  if (opts.role !== undefined && !roles.includes(opts.role as MessageRole)) throw new ConfigError([{ path: "--role", message: `must be one of ${roles.join(", ")}` }], "options");
  const engine = createDetectionEngine({
    ...(opts.rules ? loadRulesFile(opts.rules) : {}),
    ...(opts.enable && opts.enable.length > 0 ? { enable: opts.enable } : {}),
    ...(opts.disable && opts.disable.length > 0 ? { disable: opts.disable } : {}),
  });
  return { engine, context: { direction, ...(opts.role ? { role: opts.role as MessageRole } : {}) } };
}

/** Detect one JSONL line; returns the output line (without newline). Never throws. */
export function detectJsonLine(line: string, engine: DetectionEngine, context: DetectContext, opts: DetectCommandOptions): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: "malformed JSON" });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed) || typeof (parsed as { text?: unknown }).text !== "string") {
    return JSON.stringify({ error: "expected a JSON object with a string `text` field" });
  }
  const text = (parsed as { text: string }).text;
  const r = engine.detect(text, context);
  const findings = (opts.all ? r.findings : r.findings.filter((f) => engine.isActionable(f))).map((f) => toOut(f, text, opts.showValues === true));
  return JSON.stringify({ findings, ...(opts.classes ? { dataClasses: r.dataClasses } : {}), ...(r.errors.length > 0 ? { errors: r.errors } : {}) });
}

/**
 * Stream JSON lines from `input` to `output`, one output line per input line, in order. Lines are processed as
 * they arrive (constant memory), and output is written in batches with back-pressure.
 */
export async function runJsonl(input: Readable, output: Writable, engine: DetectionEngine, context: DetectContext, opts: DetectCommandOptions): Promise<{ lines: number; errors: number }> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let batch: string[] = [];
  let lines = 0;
  let errors = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const chunk = `${batch.join("\n")}\n`;
    batch = [];
    if (!output.write(chunk)) await once(output, "drain");
  };
  for await (const line of rl) {
    const out = detectJsonLine(line, engine, context, opts);
    if (out.startsWith('{"error"') || out.includes('"errors":[')) errors++;
    batch.push(out);
    lines++;
    if (batch.length >= 256) await flush();
  }
  await flush();
  return { lines, errors };
}

async function readAll(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of input) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** Human-readable report of one text. */
export function formatText(text: string, engine: DetectionEngine, context: DetectContext, opts: DetectCommandOptions): { report: string; failed: boolean } {
  const r = engine.detect(text, context);
  const shown = opts.all ? r.findings : r.findings.filter((f) => engine.isActionable(f));
  const lines: string[] = [];
  for (const f of shown) {
    const value = text.slice(f.start, f.end);
    const shownValue = JSON.stringify(opts.showValues ? value : maskValue(value));
    const below = engine.isActionable(f) ? "" : " (below threshold)";
    const view = f.view ? ` [found in ${f.view} view]` : "";
    lines.push(`${String(f.start).padStart(6)}-${String(f.end).padEnd(6)} ${`${f.category}/${f.type}`.padEnd(32)} ${f.score.toFixed(2)}  ${shownValue}  ${f.detector}: ${f.explanation}${view}${below}`);
  }
  const hidden = r.findings.length - shown.length;
  lines.push(`${shown.length} finding(s)${hidden > 0 ? `, ${hidden} below threshold (use --all)` : ""}; data classes: ${r.dataClasses.join(", ") || "none"}`);
  for (const e of r.errors) lines.push(`error: detector ${e.detector} failed${e.view ? ` on the ${e.view} view` : ""}: ${e.message}`);
  return { report: `${lines.join("\n")}\n`, failed: r.errors.length > 0 };
}

const collect = (value: string, prev: string[]): string[] => [...prev, value];

/** `warden detect [FILE|-]`: run the default detectors over a text or JSON lines. */
export function registerDetectCommand(program: Command): void {
  program
    .command("detect")
    .description("detect sensitive data, secrets, injections and evasion in a text (values masked)")
    .argument("[file]", "input file, or - for standard input", "-")
    .option("--jsonl", "input is JSON lines with a `text` field; writes one JSON line per input line")
    .option("--all", "include every scored span, not only those at or above their thresholds")
    .option("--show-values", "include raw matched values (careful: prints secrets)")
    .option("--classes", "JSON lines output: add the data classes of each text")
    .option("--direction <direction>", "request or response", "request")
    .option("--role <role>", "message role: system, developer, user, assistant, tool")
    .option("--rules <file>", "YAML/JSON file with custom rules (a list, or { customRules, allowlist })")
    .option("--enable <selector>", "only run these detectors (id, category or glob; repeatable)", collect, [])
    .option("--disable <selector>", "do not run these detectors (repeatable)", collect, [])
    .action(async (file: string, opts: DetectCommandOptions) => {
      const built = reportConfigError(() => engineFromOptions(opts));
      if (!built) return;
      const input: Readable = file === "-" ? process.stdin : createReadStream(file);
      try {
        if (opts.jsonl) {
          const { errors } = await runJsonl(input, process.stdout, built.engine, built.context, opts);
          if (errors > 0) process.exitCode = 1;
        } else {
          const { report, failed } = formatText(await readAll(input), built.engine, built.context, opts);
          process.stdout.write(report);
          if (failed) process.exitCode = 1;
        }
      } catch (err) {
        process.stderr.write(`warden: cannot read ${file === "-" ? "standard input" : file}: ${(err as Error).message}\n`);
        process.exitCode = 2;
      }
    });
}
