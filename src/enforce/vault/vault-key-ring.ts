import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

/** One AES-256-GCM key of the vault's key ring, with the id written in front of what it seals. */
export interface SealKey {
  /** 4 bytes: the first bytes of SHA-256("warden vault key id" | key); tells which key sealed a blob. */
  id: Buffer;
  key: Buffer;
}

/** Length of a key id in a sealed blob. */
export const KEY_ID_LENGTH = 4;

/** The ring entry for a 32-byte sealing key. */
export function sealKey(key: Buffer): SealKey {
  if (key.length !== 32) throw new RangeError("vault key must be 32 bytes");
  return { id: createHash("sha256").update("warden vault key id\u0000").update(key).digest().subarray(0, KEY_ID_LENGTH), key };
}

/** The sealing key derived from a master key (HKDF-SHA256, the same derivation as before key rings existed). */
export function sealKeyFromMaster(master: Buffer): SealKey {
  return sealKey(Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "warden vault aes-256-gcm", 32)));
}

/** A key id as shown in errors and logs (hex; it says nothing about the key). */
export const keyIdText = (id: Buffer): string => id.toString("hex");

const MAC_AAD = Buffer.from("warden vault token key", "utf8");

/**
 * `secret` sealed under the ring's current key with additional data `aad`: key id (4) | IV (12) | GCM tag (16) |
 * sealed bytes. The layout of the stored token key and of the wrapped data keys.
 */
export function sealWithRing(current: SealKey, secret: Buffer, aad: Buffer): Buffer {
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", current.key, iv);
  c.setAAD(aad);
  const data = Buffer.concat([c.update(secret), c.final()]);
  return Buffer.concat([current.id, iv, c.getAuthTag(), data]);
}

/**
 * Open a record of {@link sealWithRing} with whichever key of the ring has its key id; undefined when none has it.
 * Throws when it does not authenticate.
 */
export function openWithRing(ring: readonly SealKey[], record: Buffer, aad: Buffer): Buffer | undefined {
  const id = record.subarray(0, KEY_ID_LENGTH);
  const k = ring.find((r) => r.id.equals(id));
  if (!k) return undefined;
  const d = createDecipheriv("aes-256-gcm", k.key, record.subarray(KEY_ID_LENGTH, KEY_ID_LENGTH + 12));
  d.setAAD(aad);
  d.setAuthTag(record.subarray(KEY_ID_LENGTH + 12, KEY_ID_LENGTH + 28));
  return Buffer.concat([d.update(record.subarray(KEY_ID_LENGTH + 28)), d.final()]);
}

/**
 * The token (HMAC) key as the shared store keeps it ({@link sealWithRing}, 32 sealed bytes). The token key derives
 * tokens and conversation ids in the store, so it must outlive key rotation; only the key sealing it changes.
 */
export function sealTokenKey(current: SealKey, macKey: Buffer): Buffer {
  return sealWithRing(current, macKey, MAC_AAD);
}

/** Which key sealed a stored token key. */
export const sealedWith = (record: Buffer): Buffer => record.subarray(0, KEY_ID_LENGTH);

/**
 * Open a stored token key with the ring. Throws when no key of the ring has the record's id (a key removed too
 * early) or when it does not authenticate.
 */
export function openTokenKey(ring: readonly SealKey[], record: Buffer): Buffer {
  const mac = openWithRing(ring, record, MAC_AAD);
  if (!mac) throw new Error(`the token key in the store is sealed under vault key ${keyIdText(sealedWith(record))}, which is neither vault.key nor in vault.previousKeys`);
  if (mac.length !== 32) throw new Error("the token key in the store is not 32 bytes");
  return mac;
}
