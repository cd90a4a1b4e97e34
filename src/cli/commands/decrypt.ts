import { statSync } from "node:fs";
import type { Command } from "commander";
import { WardenError } from "../../core/warden-error.js";
import { decryptFile, decryptStreamUnsafe, decryptToFile, openInputFile } from "../../file-crypto/file-ops.js";
import { inspectFile } from "../../file-crypto/inspect-file.js";
import { parseIdentities, readIdentityFile } from "../../file-crypto/key-files.js";
import { KmsIdentity } from "../../file-crypto/kms-recipient.js";
import type { Identity } from "../../file-crypto/recipient.js";
import { MAX_SCRYPT_WORK_FACTOR, ScryptIdentity } from "../../file-crypto/scrypt-recipient.js";
import { loadKeks } from "../load-keks.js";
import { planCryptoJobs } from "../plan-crypto-jobs.js";
import { readPassphrase } from "../read-passphrase.js";
import { jobsOption, reportCryptoError, runCryptoJobs, withTempCleanup } from "../run-crypto-jobs.js";
import { ENCRYPTED_EXTENSION } from "./encrypt.js";

/** Options of `warden decrypt`. */
export interface DecryptOptions {
  identity: string[];
  identityEnv: string[];
  kekFile: string[];
  kekEnv: string[];
  passphrase?: boolean;
  passphraseEnv: string;
  maxWorkFactor: string;
  output?: string;
  stdout?: boolean;
  recursive?: boolean;
  force?: boolean;
  jobs: string;
  inspect?: boolean;
}

const collect = (value: string, prev: string[]): string[] => [...prev, value];

/** Like ssh, point out a secret key file others can read (a warning: the file still works). */
function warnIfExposed(file: string): void {
  try {
    if ((statSync(file).mode & 0o077) !== 0) process.stderr.write(`warden: warning: identity file ${file} is readable by other users (chmod 600 ${file})\n`);
  } catch {
    // missing: readIdentityFile reports it
  }
}

function identitiesFrom(opts: DecryptOptions, stdinBusy: boolean): Identity[] {
  const identities: Identity[] = [
    ...opts.identity.flatMap((f) => {
      warnIfExposed(f);
      return readIdentityFile(f);
    }),
    ...opts.identityEnv.flatMap((name) => {
      const v = process.env[name];
      if (v === undefined || v === "") throw new WardenError("WARDEN_CRYPTO_KEY_INVALID", { message: `Environment variable ${name} is not set.` });
      return parseIdentities(v, `environment variable ${name}`);
    }),
    ...loadKeks(opts.kekFile, opts.kekEnv).map((k) => new KmsIdentity(k)),
  ];
  // Like age: with no key given, or with -p, a passphrase is asked for, and only if the file is passphrase-encrypted.
  if (opts.passphrase || identities.length === 0) {
    let cached: Promise<string> | undefined;
    const ask = (): Promise<string> => (cached ??= readPassphrase({ env: opts.passphraseEnv, confirm: false, stdinBusy }));
    const max = Number(opts.maxWorkFactor);
    if (!Number.isInteger(max) || max < 1 || max > 30) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "--max-work-factor must be an integer from 1 to 30." });
    identities.push(new ScryptIdentity(ask, max));
  }
  return identities;
}

/** `--inspect`: print each file's recipients and sizes (no key needed, nothing decrypted). */
async function runInspect(paths: readonly string[]): Promise<number> {
  if (paths.length === 0) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "--inspect needs file paths." });
  let code = 0;
  for (const p of paths) {
    try {
      const i = await inspectFile(p);
      const recipients = i.recipients.map((r) => (r.detail ? `${r.type} (${r.detail})` : r.type)).join(", ");
      const size = i.plaintextBytes === undefined ? "payload size impossible (truncated?)" : `${i.plaintextBytes} bytes of plaintext in ${i.chunks} chunk(s)`;
      process.stdout.write(`${p}: age v1${i.armored ? ", armored" : ""}; recipients: ${recipients}; ${size}\n`);
    } catch (err) {
      code = Math.max(code, reportCryptoError(err, p));
    }
  }
  return code;
}

async function runDecrypt(paths: string[], opts: DecryptOptions): Promise<number> {
  const concurrency = jobsOption(opts.jobs);
  if (opts.inspect) return runInspect(paths);
  const fromStdin = paths.length === 0 || (paths.length === 1 && paths[0] === "-");
  const toStdout = opts.stdout === true;
  const force = { force: opts.force === true };
  if (opts.output === "-") throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "To stream plaintext to standard output use --stdout (it cannot withdraw output if the file turns out truncated or modified)." });
  if (fromStdin && !toStdout && opts.output === undefined) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "Reading standard input: give -o FILE or --stdout." });
  if (toStdout && (paths.length > 1 || opts.recursive || opts.output !== undefined)) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "--stdout takes a single input and no -o." });
  if (fromStdin || toStdout) {
    const identities = identitiesFrom(opts, fromStdin);
    const source = fromStdin ? process.stdin : await openInputFile(paths[0] as string);
    if (toStdout) await decryptStreamUnsafe(source, process.stdout, identities);
    else await decryptToFile(source, opts.output as string, identities, force);
    return 0;
  }
  const { jobs, skipped } = await planCryptoJobs(paths, { ...(opts.output !== undefined ? { output: opts.output } : {}), recursive: opts.recursive === true }, {
    outputName: (name) => (name.endsWith(ENCRYPTED_EXTENSION) && name.length > ENCRYPTED_EXTENSION.length ? name.slice(0, -ENCRYPTED_EXTENSION.length) : undefined),
    unnamed: `does not end in ${ENCRYPTED_EXTENSION}; give -o OUTPUT`,
  });
  for (const s of skipped) process.stderr.write(`warden: skipped ${s} (not a ${ENCRYPTED_EXTENSION} file, a temporary file, or not a regular file)\n`);
  const identities = identitiesFrom(opts, false);
  return runCryptoJobs(jobs, (job) => decryptFile(job.input, job.output, identities, force), "decrypted", concurrency);
}

/**
 * `warden decrypt [PATH...]`: decrypt age files or trees with identity files, a KMS key or a passphrase. Plaintext
 * reaches its final name only once the whole file has authenticated.
 */
export function registerDecryptCommand(program: Command): void {
  program
    .command("decrypt")
    .description("decrypt age files; a modified, truncated or extended file fails and leaves no plaintext behind")
    .argument("[paths...]", "files, directories (with --recursive), or - for standard input")
    .option("-i, --identity <file>", "an identity file (AGE-SECRET-KEY-1… lines; repeatable)", collect, [])
    .option("--identity-env <name>", "an environment variable holding identities (repeatable)", collect, [])
    .option("--kek-file <file>", "unwrap the file key with this key-encryption key (repeatable)", collect, [])
    .option("--kek-env <name>", "unwrap with the key-encryption key in this env var (repeatable)", collect, [])
    .option("-p, --passphrase", "also try a passphrase (asked for only when the file is passphrase-encrypted)")
    .option("--passphrase-env <name>", "environment variable holding the passphrase", "WARDEN_PASSPHRASE")
    .option("--max-work-factor <logN>", "highest scrypt work factor accepted", String(MAX_SCRYPT_WORK_FACTOR))
    .option("-o, --output <path>", "output file; with --recursive, an output directory")
    .option("--stdout", "UNSAFE: stream plaintext to standard output; on a truncated or modified file, what was already written cannot be withdrawn")
    .option("--recursive", "decrypt every .age file under the given directories, keeping the tree")
    .option("--force", "overwrite existing outputs")
    .option("-j, --jobs <n>", "files processed at once (overlaps one file's disk I/O with another's cipher)", "2")
    .option("--inspect", "print each file's recipients (stanza types, KEK ids) and plaintext size; decrypt nothing")
    .action(async (paths: string[], opts: DecryptOptions) => {
      process.exitCode = await withTempCleanup(() => runDecrypt(paths, opts)).catch((err: unknown) => reportCryptoError(err));
    });
}
