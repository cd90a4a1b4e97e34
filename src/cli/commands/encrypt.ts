import type { Command } from "commander";
import { WardenError } from "../../core/warden-error.js";
import { encryptFile, encryptStream, encryptToFile, openInputFile } from "../../file-crypto/file-ops.js";
import { readRecipientsFile } from "../../file-crypto/key-files.js";
import { KmsRecipient } from "../../file-crypto/kms-recipient.js";
import type { Recipient } from "../../file-crypto/recipient.js";
import { DEFAULT_SCRYPT_WORK_FACTOR, ScryptRecipient } from "../../file-crypto/scrypt-recipient.js";
import { X25519Recipient } from "../../file-crypto/x25519-recipient.js";
import { loadKeks } from "../load-keks.js";
import { planCryptoJobs } from "../plan-crypto-jobs.js";
import { readPassphrase } from "../read-passphrase.js";
import { jobsOption, reportCryptoError, runCryptoJobs, withTempCleanup } from "../run-crypto-jobs.js";

/** Options of `warden encrypt`. */
export interface EncryptOptions {
  recipient: string[];
  recipientsFile: string[];
  kekFile: string[];
  kekEnv: string[];
  passphrase?: boolean;
  passphraseEnv: string;
  workFactor: string;
  output?: string;
  stdout?: boolean;
  recursive?: boolean;
  force?: boolean;
  jobs: string;
  armor?: boolean;
}

const collect = (value: string, prev: string[]): string[] => [...prev, value];
/** The extension `warden encrypt` appends (the age convention). */
export const ENCRYPTED_EXTENSION = ".age";

async function recipientsFrom(opts: EncryptOptions, stdinBusy: boolean): Promise<Recipient[]> {
  const recipients: Recipient[] = [
    ...opts.recipient.map((r) => X25519Recipient.parse(r)),
    ...opts.recipientsFile.flatMap((f) => readRecipientsFile(f)),
    ...loadKeks(opts.kekFile, opts.kekEnv).map((k) => new KmsRecipient(k)),
  ];
  if (opts.passphrase) {
    if (recipients.length > 0) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "--passphrase cannot be combined with recipients or KMS keys (the age format allows a passphrase alone)." });
    const workFactor = Number(opts.workFactor);
    const passphrase = await readPassphrase({ env: opts.passphraseEnv, confirm: true, stdinBusy });
    recipients.push(new ScryptRecipient(passphrase, workFactor));
  }
  if (recipients.length === 0) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "Give at least one -r/--recipient, -R/--recipients-file, --kek-file/--kek-env, or -p/--passphrase." });
  return recipients;
}

async function runEncrypt(paths: string[], opts: EncryptOptions): Promise<number> {
  const concurrency = jobsOption(opts.jobs);
  const toStdout = opts.stdout === true || opts.output === "-";
  const fromStdin = paths.length === 0 || (paths.length === 1 && paths[0] === "-");
  const fileOpts = { force: opts.force === true, armor: opts.armor === true };
  if (fromStdin && !toStdout && opts.output === undefined) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "Reading standard input: give -o FILE or --stdout." });
  if (toStdout && (paths.length > 1 || opts.recursive)) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "--stdout takes a single input file." });
  if (toStdout && process.stdout.isTTY && !opts.armor) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "Refusing to write binary ciphertext to a terminal; redirect standard output or use -o FILE." });
  if (fromStdin || toStdout) {
    const recipients = await recipientsFrom(opts, fromStdin);
    const source = fromStdin ? process.stdin : await openInputFile(paths[0] as string);
    if (toStdout) await encryptStream(source, process.stdout, recipients, fileOpts);
    else await encryptToFile(source, opts.output as string, recipients, fileOpts);
    return 0;
  }
  const { jobs, skipped } = await planCryptoJobs(paths, { ...(opts.output !== undefined ? { output: opts.output } : {}), recursive: opts.recursive === true }, {
    outputName: (name) => (name.endsWith(ENCRYPTED_EXTENSION) ? undefined : name + ENCRYPTED_EXTENSION),
    unnamed: `already ends in ${ENCRYPTED_EXTENSION}; give -o to encrypt it again`,
  });
  for (const s of skipped) process.stderr.write(`warden: skipped ${s} (already encrypted, a temporary file, or not a regular file)\n`);
  const recipients = await recipientsFrom(opts, false);
  return runCryptoJobs(jobs, (job) => encryptFile(job.input, job.output, recipients, fileOpts), "encrypted", concurrency);
}

/**
 * `warden encrypt [PATH...]`: encrypt files, trees or standard input to the age v1 format, for X25519 recipients,
 * a KMS key, or a passphrase. Outputs are written all-or-nothing.
 */
export function registerEncryptCommand(program: Command): void {
  program
    .command("encrypt")
    .description("encrypt files (datasets, model snapshots, eval outputs) to the age format; streams, constant memory")
    .argument("[paths...]", "files, directories (with --recursive), or - for standard input")
    .option("-r, --recipient <recipient>", "an age X25519 recipient, age1… (repeatable)", collect, [])
    .option("-R, --recipients-file <file>", "a file of age1… recipients, one a line (repeatable)", collect, [])
    .option("--kek-file <file>", "wrap the file key with this key-encryption key (32 bytes; repeatable)", collect, [])
    .option("--kek-env <name>", "wrap the file key with the key-encryption key in this env var (repeatable)", collect, [])
    .option("-p, --passphrase", "encrypt with a passphrase (scrypt) instead of recipients")
    .option("--passphrase-env <name>", "environment variable holding the passphrase", "WARDEN_PASSPHRASE")
    .option("--work-factor <logN>", "scrypt work factor for --passphrase (log2 N)", String(DEFAULT_SCRYPT_WORK_FACTOR))
    .option("-o, --output <path>", "output file (or - for standard output); with --recursive, an output directory")
    .option("--stdout", "write the ciphertext to standard output")
    .option("-a, --armor", "write ASCII armor (PEM-like text) instead of binary; decrypt detects it")
    .option("--recursive", "encrypt every file under the given directories to <name>.age, keeping the tree")
    .option("--force", "overwrite existing outputs")
    .option("-j, --jobs <n>", "files processed at once (overlaps one file's disk I/O with another's cipher)", "2")
    .action(async (paths: string[], opts: EncryptOptions) => {
      process.exitCode = await withTempCleanup(() => runEncrypt(paths, opts)).catch((err: unknown) => reportCryptoError(err));
    });
}
