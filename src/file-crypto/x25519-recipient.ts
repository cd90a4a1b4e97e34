import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, type KeyObject } from "node:crypto";
import { WardenError } from "../core/warden-error.js";
import { hkdf, open, seal, ZERO_NONCE } from "./aead.js";
import { decodeBase64Raw, encodeBase64Raw } from "./base64-raw.js";
import { bech32Decode, bech32Encode } from "./bech32.js";
import type { Identity, Recipient } from "./recipient.js";
import type { Stanza } from "./stanza.js";

const LABEL = "age-encryption.org/v1/X25519";
// DER prefixes of an X25519 SPKI public key and PKCS #8 private key (RFC 8410), followed by the 32 raw bytes.
const SPKI_PREFIX = Buffer.from("302a300506032b656e032100", "hex");
const PKCS8_PREFIX = Buffer.from("302e020100300506032b656e04220420", "hex");

const publicKeyObject = (raw: Buffer): KeyObject => createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: "der", type: "spki" });
const rawPublic = (key: KeyObject): Buffer => key.export({ format: "der", type: "spki" }).subarray(SPKI_PREFIX.length);

function sharedSecret(privateKey: KeyObject, publicKey: KeyObject): Buffer | undefined {
  try {
    const s = diffieHellman({ privateKey, publicKey });
    // A low-order point gives the all-zero secret; age requires rejecting it.
    return s.every((b) => b === 0) ? undefined : s;
  } catch {
    return undefined;
  }
}

/** An `age1…` X25519 recipient: the file key is wrapped with an ephemeral ECDH share (age-encryption.org/v1). */
export class X25519Recipient implements Recipient {
  private readonly key: KeyObject;
  constructor(readonly publicKey: Buffer) {
    this.key = publicKeyObject(publicKey);
  }

  /** Parse `age1…`; throws WARDEN_CRYPTO_KEY_INVALID. */
  static parse(text: string): X25519Recipient {
    const d = bech32Decode(text.trim());
    if (!d || d.hrp !== "age" || d.data.length !== 32 || text.trim() !== text.trim().toLowerCase()) {
      throw new WardenError("WARDEN_CRYPTO_KEY_INVALID", { message: "Not a valid age X25519 recipient (expected age1… , 62 characters)." });
    }
    return new X25519Recipient(d.data);
  }

  toString(): string {
    return bech32Encode("age", this.publicKey);
  }

  async wrapFileKey(fileKey: Buffer): Promise<Stanza[]> {
    const eph = generateKeyPairSync("x25519");
    const share = rawPublic(eph.publicKey);
    const secret = sharedSecret(eph.privateKey, this.key);
    if (!secret) throw new WardenError("WARDEN_CRYPTO_KEY_INVALID", { message: "The recipient's public key is a low-order point." });
    const wrapKey = hkdf(secret, Buffer.concat([share, this.publicKey]), LABEL);
    return [{ type: "X25519", args: [encodeBase64Raw(share)], body: seal(wrapKey, ZERO_NONCE, fileKey) }];
  }
}

/** An `AGE-SECRET-KEY-1…` X25519 identity. */
export class X25519Identity implements Identity {
  private readonly key: KeyObject;
  readonly publicKey: Buffer;
  constructor(readonly secretKey: Buffer) {
    this.key = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, secretKey]), format: "der", type: "pkcs8" });
    this.publicKey = rawPublic(createPublicKey(this.key));
  }

  /** A fresh random identity. */
  static generate(): X25519Identity {
    const { privateKey } = generateKeyPairSync("x25519");
    return new X25519Identity(privateKey.export({ format: "der", type: "pkcs8" }).subarray(PKCS8_PREFIX.length));
  }

  /** Parse `AGE-SECRET-KEY-1…`; throws WARDEN_CRYPTO_KEY_INVALID (never echoing the key). */
  static parse(text: string): X25519Identity {
    const t = text.trim();
    const d = bech32Decode(t);
    if (!d || d.hrp !== "age-secret-key-" || d.data.length !== 32 || t !== t.toUpperCase()) {
      throw new WardenError("WARDEN_CRYPTO_KEY_INVALID", { message: "Not a valid age identity (expected AGE-SECRET-KEY-1…)." });
    }
    return new X25519Identity(d.data);
  }

  toString(): string {
    return bech32Encode("age-secret-key-", this.secretKey).toUpperCase();
  }

  recipient(): X25519Recipient {
    return new X25519Recipient(this.publicKey);
  }

  async unwrapFileKey(stanzas: readonly Stanza[]): Promise<Buffer | null> {
    for (const s of stanzas) {
      if (s.type !== "X25519") continue;
      const share = s.args.length === 1 ? decodeBase64Raw(s.args[0] as string) : undefined;
      if (!share || share.length !== 32 || s.body.length !== 32) {
        throw new WardenError("WARDEN_CRYPTO_HEADER_INVALID", { message: "The encrypted file has a malformed X25519 stanza." });
      }
      let shareKey: KeyObject;
      try {
        shareKey = publicKeyObject(share);
      } catch {
        throw new WardenError("WARDEN_CRYPTO_HEADER_INVALID", { message: "The encrypted file has a malformed X25519 stanza." });
      }
      const secret = sharedSecret(this.key, shareKey);
      if (!secret) throw new WardenError("WARDEN_CRYPTO_HEADER_INVALID", { message: "The encrypted file has an X25519 stanza with a low-order share." });
      const fileKey = open(hkdf(secret, Buffer.concat([share, this.publicKey]), LABEL), ZERO_NONCE, s.body);
      if (fileKey) return fileKey;
    }
    return null;
  }
}
