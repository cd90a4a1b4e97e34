import { WardenError } from "../core/warden-error.js";
import type { FileKeyWrapper } from "../file-crypto/kms-recipient.js";
import { kekFromEnv, kekFromFile } from "../record/key-encryption-key.js";

/**
 * Key-encryption keys named on the command line (`--kek-file`, `--kek-env`): local 32-byte keys, the same kind the
 * audit store uses. A KMS-backed `KeyEncryptionKey` implements the same interface.
 */
export function loadKeks(files: readonly string[] = [], envs: readonly string[] = []): FileKeyWrapper[] {
  const load = (what: string, f: () => FileKeyWrapper): FileKeyWrapper => {
    try {
      return f();
    } catch (err) {
      throw new WardenError("WARDEN_CRYPTO_KEY_INVALID", { message: `${what}: not usable as a key-encryption key (32 bytes: raw, hex or base64).`, cause: err });
    }
  };
  return [...files.map((f) => load(f, () => kekFromFile(f))), ...envs.map((e) => load(`environment variable ${e}`, () => kekFromEnv(e)))];
}
