import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { WardenError } from "../core/warden-error.js";
import { writeAtomically } from "./atomic-output.js";
import { createDecryptStream } from "./decrypt-stream.js";
import { createEncryptStream } from "./encrypt-stream.js";
import type { Identity, Recipient } from "./recipient.js";

/** Read size for files: large reads keep the per-call overhead small next to the cipher's cost. */
const READ_SIZE = 1024 * 1024;

/** Open a file for reading in large blocks; WARDEN_CRYPTO_IO / _USAGE when it is missing or not a regular file. */
export async function openInputFile(input: string): Promise<Readable> {
  try {
    const s = await stat(input);
    if (!s.isFile()) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: `${input} is not a regular file.` });
  } catch (err) {
    if (WardenError.isInstance(err)) throw err;
    throw new WardenError("WARDEN_CRYPTO_IO", { message: `Cannot read ${input}: ${(err as NodeJS.ErrnoException).code ?? "error"}.`, cause: err });
  }
  return createReadStream(input, { highWaterMark: READ_SIZE });
}

function sameFile(input: string, output: string): void {
  if (resolve(input) === resolve(output)) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "The output must differ from the input." });
}

/** Options of the file-level calls. */
export interface FileOptions {
  /** Overwrite an existing output. */
  force?: boolean;
  /** Encryption: write age's ASCII armor (PEM-like text) instead of binary. Decryption detects it by itself. */
  armor?: boolean;
}

/** Encrypt `source` into the file `output` (mode 0600), all-or-nothing. */
export async function encryptToFile(source: Readable, output: string, recipients: readonly Recipient[], opts: FileOptions = {}): Promise<void> {
  const enc = await createEncryptStream(recipients, { armor: opts.armor === true });
  await writeAtomically(output, { mode: 0o600, force: opts.force === true }, (out) => pipeline(source, enc, out));
}

/**
 * Decrypt `source` into the file `output` (mode 0600). The plaintext goes to a temporary file beside the output,
 * renamed into place only after the last chunk authenticates; on any failure nothing is left.
 */
export async function decryptToFile(source: Readable, output: string, identities: readonly Identity[], opts: FileOptions = {}): Promise<void> {
  await writeAtomically(output, { mode: 0o600, force: opts.force === true }, (out) => pipeline(source, createDecryptStream(identities), out));
}

/**
 * Encrypt the file `input` to `output` (age v1) for `recipients`, all-or-nothing. The output is created with mode
 * 0600; widen it deliberately if others must read the ciphertext.
 */
export async function encryptFile(input: string, output: string, recipients: readonly Recipient[], opts: FileOptions = {}): Promise<void> {
  sameFile(input, output);
  const source = await openInputFile(input);
  try {
    await encryptToFile(source, output, recipients, opts);
  } finally {
    source.destroy();
  }
}

/** Decrypt the age file `input` to `output` (mode 0600); see `decryptToFile`. */
export async function decryptFile(input: string, output: string, identities: readonly Identity[], opts: FileOptions = {}): Promise<void> {
  sameFile(input, output);
  const source = await openInputFile(input);
  try {
    await decryptToFile(source, output, identities, opts);
  } finally {
    source.destroy();
  }
}

/** Encrypt a stream to a stream (e.g. stdin to stdout); safe, since only ciphertext is written. */
export async function encryptStream(source: Readable, sink: Writable, recipients: readonly Recipient[], opts: { armor?: boolean } = {}): Promise<void> {
  await pipeline(source, await createEncryptStream(recipients, opts), sink);
}

/**
 * Decrypt a stream to a stream. UNSAFE for truncation: verified chunks are written as they come, so when the file
 * turns out to be truncated or modified the consumer has already received the plaintext before the bad chunk.
 * The promise rejects in that case; consumers must discard what they read.
 */
export async function decryptStreamUnsafe(source: Readable, sink: Writable, identities: readonly Identity[]): Promise<void> {
  await pipeline(source, createDecryptStream(identities), sink);
}
