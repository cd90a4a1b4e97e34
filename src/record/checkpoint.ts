import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * A signed statement "the log had `treeSize` entries, the last one hashing to `hash`, with Merkle root `root`".
 * Exported outside Warden, it lets a verifier catch truncation or a rewritten history.
 */
export interface SignedCheckpoint {
  /** Seq of the last entry covered (= the Merkle tree size). */
  seq: number;
  /** Hex chain hash of entry `seq`. */
  hash: string;
  /** Hex RFC 6962 Merkle tree head over entries 1..seq. */
  root: string;
  time: number;
  /** The signer's Ed25519 public key, SPKI DER in base64. */
  publicKey: string;
  /** Ed25519 signature (base64) over `checkpointMessage`. */
  signature: string;
  /** Merkle compact range (hex subtree roots, left to right) to extend the tree from here without rereading it. */
  frontier?: string[];
}

/** The exact bytes a checkpoint signature covers. */
export function checkpointMessage(cp: Pick<SignedCheckpoint, "seq" | "hash" | "root" | "time">): Buffer {
  return Buffer.from(`warden-audit-checkpoint/1\n${cp.seq}\n${cp.hash}\n${cp.root}\n${cp.time}\n`, "utf8");
}

/** Ed25519 key for signing checkpoints, kept as a PKCS#8 PEM file (mode 0600) in the data directory. */
export class CheckpointSigner {
  readonly publicKey: string;
  private constructor(private readonly key: KeyObject) {
    this.publicKey = createPublicKey(key).export({ type: "spki", format: "der" }).toString("base64");
  }

  /** Load the key at `file`, creating it on first use. */
  static fromFile(file: string): CheckpointSigner {
    if (!existsSync(file)) {
      const { privateKey } = generateKeyPairSync("ed25519");
      writeFileSync(file, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600, flag: "wx" });
    }
    return new CheckpointSigner(createPrivateKey(readFileSync(file)));
  }

  sign(body: Omit<SignedCheckpoint, "publicKey" | "signature">): SignedCheckpoint {
    const signature = sign(null, checkpointMessage(body), this.key).toString("base64");
    return { ...body, publicKey: this.publicKey, signature };
  }
}

/** True when the checkpoint's signature is valid (under `trustedKey` when given, else under its own key). */
export function checkpointSignatureValid(cp: SignedCheckpoint, trustedKey?: string): boolean {
  try {
    if (trustedKey !== undefined && trustedKey !== cp.publicKey) return false;
    const key = createPublicKey({ key: Buffer.from(cp.publicKey, "base64"), format: "der", type: "spki" });
    return verify(null, checkpointMessage(cp), key, Buffer.from(cp.signature, "base64"));
  } catch {
    return false;
  }
}
