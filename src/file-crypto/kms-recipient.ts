import { WardenError } from "../core/warden-error.js";
import type { Identity, Recipient } from "./recipient.js";
import { ARG_PATTERN, type Stanza } from "./stanza.js";

/**
 * A key-encryption key held by a KMS (or locally): the same shape as the audit store's `KeyEncryptionKey`
 * (`src/record/key-encryption-key.ts`), so any implementation of it plugs in here.
 */
export interface FileKeyWrapper {
  /** Stable identifier written in the stanza (e.g. `local:<fingerprint>` or a KMS key ARN); no spaces. */
  readonly id: string;
  wrap(plaintext: Buffer): Promise<Buffer>;
  unwrap(wrapped: Buffer): Promise<Buffer>;
}

/** The stanza type; age implementations skip stanza types they do not know, so other recipients still work. */
export const KMS_STANZA_TYPE = "warden-kms";
// Wrapped together with the file key so a KEK shared with the audit store never unwraps one kind of key as the other.
const DOMAIN = Buffer.from("warden-age-file-key/v1:", "utf8");

function checkId(id: string): void {
  if (!ARG_PATTERN.test(id)) throw new WardenError("WARDEN_CRYPTO_KEY_INVALID", { message: "A KMS key id must be printable ASCII without spaces." });
}

/** Wraps the file key with a KMS key: stanza `-> warden-kms <key id>`, body = wrap(domain ‖ file key). */
export class KmsRecipient implements Recipient {
  constructor(private readonly kek: FileKeyWrapper) {
    checkId(kek.id);
  }

  async wrapFileKey(fileKey: Buffer): Promise<Stanza[]> {
    let body: Buffer;
    try {
      body = await this.kek.wrap(Buffer.concat([DOMAIN, fileKey]));
    } catch (err) {
      throw new WardenError("WARDEN_CRYPTO_KMS_UNWRAP", { message: "The key-encryption key could not wrap the file key.", cause: err });
    }
    return [{ type: KMS_STANZA_TYPE, args: [this.kek.id], body }];
  }
}

/** Unwraps `warden-kms` stanzas whose key id is this KEK's. */
export class KmsIdentity implements Identity {
  constructor(private readonly kek: FileKeyWrapper) {
    checkId(kek.id);
  }

  async unwrapFileKey(stanzas: readonly Stanza[]): Promise<Buffer | null> {
    for (const s of stanzas) {
      if (s.type !== KMS_STANZA_TYPE) continue;
      if (s.args.length !== 1) throw new WardenError("WARDEN_CRYPTO_HEADER_INVALID", { message: "The encrypted file has a malformed warden-kms stanza." });
      if (s.args[0] !== this.kek.id) continue;
      let plain: Buffer;
      try {
        plain = await this.kek.unwrap(s.body);
      } catch (err) {
        throw new WardenError("WARDEN_CRYPTO_KMS_UNWRAP", { message: `The key-encryption key ${this.kek.id} could not unwrap the file key (wrong key material, or the stanza was modified).`, cause: err });
      }
      if (plain.length !== DOMAIN.length + 16 || !plain.subarray(0, DOMAIN.length).equals(DOMAIN)) {
        throw new WardenError("WARDEN_CRYPTO_KMS_UNWRAP", { message: `The key-encryption key ${this.kek.id} unwrapped something that is not an age file key.` });
      }
      return Buffer.from(plain.subarray(DOMAIN.length));
    }
    return null;
  }
}
