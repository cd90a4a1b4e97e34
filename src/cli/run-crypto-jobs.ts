import { removeTempFilesSync } from "../file-crypto/atomic-output.js";
import { WardenError } from "../core/warden-error.js";
import type { CryptoJob } from "./plan-crypto-jobs.js";

/** Exit status: 2 for a usage or key problem, 1 for a file that failed. */
export function exitCodeFor(err: WardenError): number {
  return err.code === "WARDEN_CRYPTO_USAGE" || err.code === "WARDEN_CRYPTO_KEY_INVALID" ? 2 : 1;
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

/** Run every job in order; a failed file is reported and the others still run. Returns the exit code. */
export async function runCryptoJobs(jobs: readonly CryptoJob[], run: (job: CryptoJob) => Promise<void>, verb: string): Promise<number> {
  let failed = 0;
  let code = 0;
  for (const job of jobs) {
    try {
      await run(job);
    } catch (err) {
      failed++;
      code = Math.max(code, reportCryptoError(err, job.input));
    }
  }
  if (jobs.length > 1 || failed > 0) process.stderr.write(`warden: ${verb} ${jobs.length - failed} of ${jobs.length} file(s)\n`);
  return code;
}
