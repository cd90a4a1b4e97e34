import { removeTempFilesSync } from "../file-crypto/atomic-output.js";
import { WardenError } from "../core/warden-error.js";
import type { CryptoJob } from "./plan-crypto-jobs.js";

/** Exit status: 2 for a usage or key problem, 1 for a file that failed. */
export function exitCodeFor(err: WardenError): number {
  return err.code === "WARDEN_CRYPTO_USAGE" || err.code === "WARDEN_CRYPTO_KEY_INVALID" ? 2 : 1;
}

/** Parse `-j/--jobs` (1 to 64). */
export function jobsOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "-j/--jobs must be an integer from 1 to 64." });
  return n;
}

/** Print a failure as `warden: [path: ]CODE: message` (curated messages only; causes stay out of the output). */
export function reportCryptoError(err: unknown, path?: string): number {
  const e = WardenError.isInstance(err) ? err : new WardenError("WARDEN_CRYPTO_IO", { message: `Unexpected failure: ${(err as Error)?.message ?? String(err)}`, cause: err });
  process.stderr.write(`warden: ${path ? `${path}: ` : ""}${e.code}: ${e.message}\n`);
  return exitCodeFor(e);
}

/**
 * Run `fn` with SIGINT/SIGTERM handlers that delete temporary outputs before exiting, so an interrupted decryption
 * leaves no partial plaintext.
 */
export async function withTempCleanup<T>(fn: () => Promise<T>): Promise<T> {
  const onSignal = (signal: NodeJS.Signals): void => {
    removeTempFilesSync();
    process.stderr.write(`warden: interrupted (${signal}); temporary outputs removed\n`);
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    return await fn();
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/**
 * Run the jobs, `concurrency` at a time: the cipher runs on the main thread, so the gain is overlapping one file's
 * disk I/O and fsync with another's encryption. A failed file is reported and the others still run. Returns the exit
 * code.
 */
export async function runCryptoJobs(jobs: readonly CryptoJob[], run: (job: CryptoJob) => Promise<void>, verb: string, concurrency = 2): Promise<number> {
  let failed = 0;
  let code = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++] as CryptoJob;
      try {
        await run(job);
      } catch (err) {
        failed++;
        code = Math.max(code, reportCryptoError(err, job.input));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
  if (jobs.length > 1 || failed > 0) process.stderr.write(`warden: ${verb} ${jobs.length - failed} of ${jobs.length} file(s)\n`);
  return code;
}
