import type { Stanza } from "./stanza.js";

/** Something a file key can be encrypted to (an X25519 public key, a passphrase, a KMS key). */
export interface Recipient {
  /** Wrap the 16-byte file key into one or more header stanzas. */
  wrapFileKey(fileKey: Buffer): Promise<Stanza[]>;
  /** True when the format requires this recipient to be the only one (age: scrypt). */
  readonly exclusive?: boolean;
}

/** Something that may recover a file key from a header's stanzas. */
export interface Identity {
  /**
   * The file key, or null when no stanza is meant for this identity. Throws (a WardenError) only when a stanza of
   * its type is malformed, or when an external service (a KMS) fails.
   */
  unwrapFileKey(stanzas: readonly Stanza[]): Promise<Buffer | null>;
}
