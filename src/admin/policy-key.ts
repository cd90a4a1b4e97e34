import { randomBytes } from "node:crypto";
import type { KeyEncryptionKey } from "../record/key-encryption-key.js";

/** The policy data key as a store keeps it: wrapped by the key-encryption key named by `kekId` (base64). */
export interface WrappedPolicyKey {
  kekId: string;
  wrapped: string;
}

/** Where a policy store keeps its one wrapped data key (a one-row table beside the policies). */
export interface PolicyKeyTable {
  read(): Promise<WrappedPolicyKey | undefined>;
  /** Store `key` unless a key is stored already (another process was first); returns the key stored now. */
  create(key: WrappedPolicyKey): Promise<WrappedPolicyKey>;
  /** Replace the stored wrapping (KEK rotation). */
  replace(key: WrappedPolicyKey): Promise<void>;
}

/**
 * The policy data key: unwrapped from the table, or made (32 random bytes), wrapped by `kek` and stored on first use.
 * When two processes start at once on a new store, both take the one stored first.
 */
export async function openPolicyKey(table: PolicyKeyTable, kek: KeyEncryptionKey): Promise<Buffer> {
  let stored = await table.read();
  if (!stored) {
    const fresh = randomBytes(32);
    stored = await table.create({ kekId: kek.id, wrapped: (await kek.wrap(fresh)).toString("base64") });
  }
  try {
    return await kek.unwrap(Buffer.from(stored.wrapped, "base64"));
  } catch (err) {
    throw new Error(`the policy data key in the store is wrapped by key-encryption key ${stored.kekId}, which does not unwrap it under ${kek.id} (audit.kek changed without warden keys rotate-kek?)`, { cause: err });
  }
}

/**
 * KEK rotation for the policy data key: unwrapped under `current`, wrapped under `next`, stored. A key already under
 * `next` (a rotation stopped part-way and run again) is left as it is. Returns whether it was re-wrapped.
 */
export async function rewrapPolicyKey(table: PolicyKeyTable, current: KeyEncryptionKey, next: KeyEncryptionKey): Promise<boolean> {
  const stored = await table.read();
  if (!stored) return false;
  const wrapped = Buffer.from(stored.wrapped, "base64");
  let key: Buffer;
  try {
    key = await current.unwrap(wrapped);
  } catch (err) {
    if (await next.unwrap(wrapped).then(() => true, () => false)) return false;
    throw err;
  }
  await table.replace({ kekId: next.id, wrapped: (await next.wrap(key)).toString("base64") });
  return true;
}
