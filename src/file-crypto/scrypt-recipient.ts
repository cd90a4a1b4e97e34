import { randomBytes, scrypt as scryptCb, type ScryptOptions } from "node:crypto";
import { WardenError } from "../core/warden-error.js";
import { open, seal, ZERO_NONCE } from "./aead.js";
import { decodeBase64Raw, encodeBase64Raw } from "./base64-raw.js";
import type { Identity, Recipient } from "./recipient.js";
import type { Stanza } from "./stanza.js";

const LABEL = Buffer.from("age-encryption.org/v1/scrypt", "utf8");
/** age's default work factor (log2 N): about a second on a laptop. */
export const DEFAULT_SCRYPT_WORK_FACTOR = 18;
/** Highest work factor accepted when decrypting (as age): bounds the CPU and memory a hostile file can demand. */
export const MAX_SCRYPT_WORK_FACTOR = 22;

function deriveKey(passphrase: string, salt: Buffer, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  // scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is below what logN 18 needs.
  const opts: ScryptOptions = { N, r: 8, p: 1, maxmem: 128 * N * 8 + 32 * 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scryptCb(Buffer.from(passphrase, "utf8"), Buffer.concat([LABEL, salt]), 32, opts, (err, key) => {
      if (!err) return resolve(key);
      const mib = Math.round((128 * N * 8) / 1048576);
      reject(new WardenError("WARDEN_CRYPTO_IO", { message: `scrypt with work factor ${logN} (${mib} MiB of memory) could not run on this machine.`, cause: err }));
    });
  });
}

/** A passphrase recipient (age `scrypt` stanza). The format requires it to be the file's only recipient. */
export class ScryptRecipient implements Recipient {
  readonly exclusive = true;
  constructor(
    private readonly passphrase: string,
    private readonly workFactor = DEFAULT_SCRYPT_WORK_FACTOR,
  ) {
    if (passphrase.length === 0) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "The passphrase is empty." });
    if (!Number.isInteger(workFactor) || workFactor < 1 || workFactor > MAX_SCRYPT_WORK_FACTOR) {
      throw new WardenError("WARDEN_CRYPTO_USAGE", { message: `The scrypt work factor must be an integer from 1 to ${MAX_SCRYPT_WORK_FACTOR}.` });
    }
  }

  async wrapFileKey(fileKey: Buffer): Promise<Stanza[]> {
    const salt = randomBytes(16);
    const key = await deriveKey(this.passphrase, salt, this.workFactor);
    return [{ type: "scrypt", args: [encodeBase64Raw(salt), String(this.workFactor)], body: seal(key, ZERO_NONCE, fileKey) }];
  }
}

/**
 * A passphrase that may open a `scrypt` stanza. The passphrase may be a function, called only when the file is
 * passphrase-encrypted (so a command line prompts only when it must).
 */
export class ScryptIdentity implements Identity {
  constructor(
    private readonly passphrase: string | (() => Promise<string>),
    private readonly maxWorkFactor = MAX_SCRYPT_WORK_FACTOR,
  ) {}

  async unwrapFileKey(stanzas: readonly Stanza[]): Promise<Buffer | null> {
    const s = stanzas.find((x) => x.type === "scrypt");
    if (!s) return null;
    if (stanzas.length !== 1) throw new WardenError("WARDEN_CRYPTO_HEADER_INVALID", { message: "A passphrase-encrypted file must have exactly one recipient stanza." });
    const [saltText, logNText] = s.args;
    const salt = s.args.length === 2 && saltText !== undefined ? decodeBase64Raw(saltText) : undefined;
    if (!salt || salt.length !== 16 || logNText === undefined || !/^[1-9][0-9]*$/.test(logNText) || s.body.length !== 32) {
      throw new WardenError("WARDEN_CRYPTO_HEADER_INVALID", { message: "The encrypted file has a malformed scrypt stanza." });
    }
    const logN = Number(logNText);
    if (logN > this.maxWorkFactor) {
      throw new WardenError("WARDEN_CRYPTO_HEADER_INVALID", { message: `The file's scrypt work factor (${logN}) is above the accepted maximum (${this.maxWorkFactor}).` });
    }
    const passphrase = typeof this.passphrase === "string" ? this.passphrase : await this.passphrase();
    return open(await deriveKey(passphrase, salt, logN), ZERO_NONCE, s.body) ?? null;
  }
}
