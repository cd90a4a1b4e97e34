import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { WardenError } from "../core/warden-error.js";
import { hkdf } from "./aead.js";
import { decodeBase64Raw, encodeBase64Raw } from "./base64-raw.js";
import type { Identity, Recipient } from "./recipient.js";
import { ScryptIdentity } from "./scrypt-recipient.js";
import { ARG_PATTERN, formatStanza, type Stanza } from "./stanza.js";

/** First line of every age v1 file. */
export const VERSION_LINE = "age-encryption.org/v1";
const MAGIC = Buffer.from(`${VERSION_LINE}\n`, "latin1");
const ARMOR = Buffer.from("-----BEGIN AGE ENCRYPTED FILE-----", "latin1");
/** A header larger than this is refused (about 30,000 X25519 recipients): bounds memory on hostile input. */
export const MAX_HEADER_BYTES = 4 * 1024 * 1024;

const headerMac = (fileKey: Buffer, macInput: Buffer): Buffer =>
  createHmac("sha256", hkdf(fileKey, Buffer.alloc(0), "header")).update(macInput).digest();

/**
 * Generate a file key, wrap it for every recipient, and serialize the authenticated header
 * (age-encryption.org/v1: version line, stanzas, `--- ` + HMAC-SHA-256 of everything before the space).
 */
export async function buildHeader(recipients: readonly Recipient[]): Promise<{ header: Buffer; fileKey: Buffer }> {
  if (recipients.length === 0) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "No recipient: give at least one recipient, KMS key or a passphrase." });
  if (recipients.length > 1 && recipients.some((r) => r.exclusive)) {
    throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "A passphrase cannot be combined with other recipients (the age format allows it alone)." });
  }
  const fileKey = randomBytes(16);
  const stanzas = (await Promise.all(recipients.map((r) => r.wrapFileKey(fileKey)))).flat();
  const macInput = Buffer.from(`${VERSION_LINE}\n${stanzas.map(formatStanza).join("")}---`, "latin1");
  const header = Buffer.concat([macInput, Buffer.from(` ${encodeBase64Raw(headerMac(fileKey, macInput))}\n`, "latin1")]);
  return { header, fileKey };
}

/** A parsed header: its stanzas, the bytes its MAC covers, the MAC, and its length in the file. */
export interface ParsedHeader {
  stanzas: Stanza[];
  macInput: Buffer;
  mac: Buffer;
  length: number;
}

const invalid = (message: string): WardenError => new WardenError("WARDEN_CRYPTO_HEADER_INVALID", { message });

/**
 * Parse the header at the start of `buf`. Returns undefined while the header is incomplete (`ended` false);
 * throws WARDEN_CRYPTO_NOT_ENCRYPTED / _HEADER_INVALID / _TRUNCATED. The end of the header is the first line
 * starting with `---` (no stanza line can: stanza lines start with `->`, body lines are base64).
 */
export function parseHeader(buf: Buffer, ended: boolean): ParsedHeader | undefined {
  const prefix = buf.subarray(0, MAGIC.length);
  if (!MAGIC.subarray(0, prefix.length).equals(prefix)) {
    if (buf.subarray(0, ARMOR.length).equals(ARMOR)) throw invalid("ASCII-armored age files are not supported yet: decode the armor first (age -d works on them).");
    if (buf.subarray(0, 19).equals(MAGIC.subarray(0, 19))) throw invalid("Unsupported age format version (this build reads age-encryption.org/v1).");
    throw new WardenError("WARDEN_CRYPTO_NOT_ENCRYPTED");
  }
  const macLine = buf.indexOf("\n---", MAGIC.length - 1, "latin1");
  const end = macLine < 0 ? -1 : buf.indexOf(0x0a, macLine + 1);
  if (end < 0) {
    if (buf.length > MAX_HEADER_BYTES) throw invalid(`The header is larger than ${MAX_HEADER_BYTES} bytes.`);
    if (!ended) return undefined;
    if (buf.length === 0) throw new WardenError("WARDEN_CRYPTO_NOT_ENCRYPTED", { message: "The input is empty, not an age-encrypted file." });
    throw new WardenError("WARDEN_CRYPTO_TRUNCATED", { message: "The encrypted file is truncated inside its header." });
  }
  if (end + 1 > MAX_HEADER_BYTES) throw invalid(`The header is larger than ${MAX_HEADER_BYTES} bytes.`);
  const text = buf.subarray(0, end).toString("latin1");
  const lines = text.split("\n");
  const stanzas: Stanza[] = [];
  let i = 1;
  while (i < lines.length - 1) {
    const line = lines[i++] as string;
    if (!line.startsWith("-> ")) throw invalid(`Unexpected line ${i} in the header.`);
    const [type, ...args] = line.slice(3).split(" ");
    if (type === undefined || !ARG_PATTERN.test(type) || !args.every((a) => ARG_PATTERN.test(a))) throw invalid(`Malformed stanza line ${i} in the header.`);
    let b64 = "";
    for (;;) {
      if (i >= lines.length - 1) throw invalid("A stanza body in the header is not terminated by a short line.");
      const bodyLine = lines[i++] as string;
      if (bodyLine.length > 64) throw invalid(`Stanza body line ${i} is longer than 64 columns.`);
      b64 += bodyLine;
      if (bodyLine.length < 64) break;
    }
    const body = decodeBase64Raw(b64);
    if (!body) throw invalid(`A stanza body in the header (ending at line ${i}) is not canonical base64.`);
    stanzas.push({ type, args, body });
  }
  const last = lines[lines.length - 1] as string;
  const mac = last.startsWith("--- ") ? decodeBase64Raw(last.slice(4)) : undefined;
  if (!mac || mac.length !== 32) throw invalid("The header's MAC line is malformed.");
  if (stanzas.length === 0) throw invalid("The header has no recipient stanza.");
  return { stanzas, macInput: buf.subarray(0, end - last.length + 3), mac, length: end + 1 };
}

/**
 * Recover the file key with the first identity that can, then check the header MAC with it.
 * Throws WARDEN_CRYPTO_NO_IDENTITY or WARDEN_CRYPTO_HEADER_MAC.
 */
export async function unwrapHeader(header: ParsedHeader, identities: readonly Identity[]): Promise<Buffer> {
  if (identities.length === 0) throw new WardenError("WARDEN_CRYPTO_USAGE", { message: "No identity: give an identity file, a KMS key or a passphrase." });
  const isScrypt = header.stanzas.some((s) => s.type === "scrypt");
  let fileKey: Buffer | null = null;
  for (const id of identities) {
    fileKey = await id.unwrapFileKey(header.stanzas);
    if (fileKey) break;
  }
  if (!fileKey || fileKey.length !== 16) {
    const triedPassphrase = identities.some((i) => i instanceof ScryptIdentity);
    const onlyPassphrase = identities.every((i) => i instanceof ScryptIdentity);
    let message = "None of the given identities can decrypt this file (wrong key, or the header was modified).";
    if (isScrypt) message = triedPassphrase ? "The passphrase does not decrypt this file (wrong passphrase, or the header was modified)." : "This file is passphrase-encrypted, and no passphrase was given.";
    else if (onlyPassphrase) message = "This file is encrypted to keys (X25519 or KMS), not a passphrase: give an identity or key-encryption key.";
    throw new WardenError("WARDEN_CRYPTO_NO_IDENTITY", { message });
  }
  const expected = headerMac(fileKey, header.macInput);
  if (!timingSafeEqual(expected, header.mac)) throw new WardenError("WARDEN_CRYPTO_HEADER_MAC");
  return fileKey;
}
