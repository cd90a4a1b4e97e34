import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { executeRedteam } from "../../redteam/execute-redteam.js";
import { plantCanaries } from "../../redteam/plant-canaries.js";
import { parseRedteamOptions, type RedteamCliOptions } from "../../redteam/redteam-options.js";
import { reportConfigError } from "../report-config-error.js";

const collect = (value: string, prev: string[] = []): string[] => [...prev, value];

/** `warden redteam --target URL [--model M] [--key K] [--suite …] [--fail-on …] [--compare URL2] …` */
export function registerRedteamCommand(program: Command): void {
  program
    .command("redteam")
    .description("attack an OpenAI-compatible chat endpoint (a model, or Warden in front of one) and report attack success rates")
    .option("--target <url>", "endpoint to attack: base URL, …/v1, or …/v1/chat/completions")
    .option("--model <model>", "model name to request", "demo")
    .option("--key <key>", "bearer key for the target (default: $WARDEN_REDTEAM_KEY)")
    .option("--suite <names>", "suites to run, comma-separated or repeated: injection, jailbreak, extraction, leak, manipulation, evasion (default: all)", collect)
    .option("--concurrency <n>", "attacks in flight at once", "4")
    .option("--stream", "request streamed replies (tests the streaming path)")
    .option("--timeout-ms <ms>", "per-request timeout", "60000")
    .option("--retries <n>", "retries of a call answered 429/502/503/504 or not answered (backoff 0.5 s, doubling)", "2")
    .option("--seed <seed>", "reproduce a run's canaries and markers (default: random per run)")
    .option("--canary-file <file>", "JSON lines {prefix, secret}: canaries planted in a fine-tuning set, elicited by their prefix")
    .option("--judge-url <url>", "optional judge model endpoint (OpenAI-compatible)")
    .option("--judge-model <model>", "judge model name")
    .option("--judge-key <key>", "judge key (default: $WARDEN_REDTEAM_JUDGE_KEY)")
    .option("--compare <url>", "run the same suite against a second endpoint and report both rates and the delta")
    .option("--compare-model <model>", "model for --compare (default: --model)")
    .option("--compare-key <key>", "key for --compare (default: $WARDEN_REDTEAM_COMPARE_KEY)")
    .option("--fail-on <thresholds>", "exit 1 when a category's attack success rate exceeds its threshold, e.g. injection=0.1,leak=0,overall=0.2")
    .option("--json <file>", "write the JSON report (- for stdout)")
    .option("--junit <file>", "write JUnit XML")
    .option("--sarif <file>", "write SARIF 2.1.0")
    .option("--html <file>", "write a self-contained HTML report")
    .option("--quiet", "no progress on stderr")
    .option("--plant-canaries <file>", "instead of attacking: write a fine-tuning JSONL with random canaries to FILE and their list to FILE.canaries.jsonl (for --canary-file)")
    .option("--count <n>", "records for --plant-canaries", "20")
    .action(async (cli: RedteamCliOptions & { plantCanaries?: string; count?: string }) => {
      if (cli.plantCanaries) {
        const n = Number(cli.count);
        if (!Number.isInteger(n) || n < 1 || n > 100_000) {
          process.stderr.write("warden: Invalid options:\n  - --count: must be an integer from 1 to 100000\n");
          process.exitCode = 2;
          return;
        }
        const { records, canaries } = plantCanaries(n, cli.seed);
        try {
          writeFileSync(cli.plantCanaries, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
          writeFileSync(`${cli.plantCanaries}.canaries.jsonl`, canaries.map((c) => JSON.stringify(c)).join("\n") + "\n", { mode: 0o600 });
        } catch (err) {
          process.stderr.write(`warden redteam: cannot write ${cli.plantCanaries}: ${(err as Error).message}\n`);
          process.exitCode = 2;
          return;
        }
        process.stdout.write(`${n} canary records in ${cli.plantCanaries}; their list (keep it out of the training data) in ${cli.plantCanaries}.canaries.jsonl\n`);
        return;
      }
      const opts = reportConfigError(() => parseRedteamOptions(cli));
      if (!opts) return;
      try {
        const { exitCode } = await executeRedteam(opts, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
        process.exitCode = exitCode;
      } catch (err) {
        process.stderr.write(`warden redteam: ${(err as NodeJS.ErrnoException).code === "ENOENT" || (err as NodeJS.ErrnoException).code === "EACCES" ? `cannot write a report: ${(err as Error).message}` : (err as Error).message}\n`);
        process.exitCode = 2;
      }
    });
}
