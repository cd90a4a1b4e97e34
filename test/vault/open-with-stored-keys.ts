/**
 * Test support for the vault's erasure tests: how many of some sealed blobs (copies taken while their mappings were
 * live, as pages, WAL, RDB/AOF or a backup keep them) open under any key the store still holds, unwrapped with the
 * vault key ring (the attacker who has the store's files and the vault key).
 */
import { createDecipheriv } from "node:crypto";
import { blobDataKey, DATA_KEY_IV_AT } from "../../src/enforce/vault/data-key-blob.js";
import { unwrapDataKey } from "../../src/enforce/vault/vault-data-keys.js";
import type { SealKey } from "../../src/enforce/vault/vault-key-ring.js";
import type { VaultStore } from "../../src/enforce/vault/vault-store.js";

export interface SealedCopy {
  storeId: string;
  token: string;
  blob: Buffer;
}

function tryOpen(key: Buffer, c: SealedCopy, at: number): boolean {
  try {
    const d = createDecipheriv("aes-256-gcm", key, c.blob.subarray(at, at + 12));
    d.setAAD(Buffer.from(`${c.storeId}\u0000${c.token}`, "utf8"));
    d.setAuthTag(c.blob.subarray(at + 12, at + 28));
    Buffer.concat([d.update(c.blob.subarray(at + 28)), d.final()]);
    return true;
  } catch {
    return false;
  }
}

/** The copies that open under a data key still in the store, or directly under a ring key (old formats). */
export async function openableCopies(store: VaultStore, ring: readonly SealKey[], copies: readonly SealedCopy[]): Promise<SealedCopy[]> {
  const keys: Buffer[] = [];
  for await (const r of store.dataKeyRecords()) {
    const k = unwrapDataKey(ring, r.wrapped, r.tenant, r.period);
    if (k) keys.push(k);
  }
  return copies.filter((c) => {
    const dek = blobDataKey(c.blob);
    if (dek) return keys.some((k) => tryOpen(k, c, DATA_KEY_IV_AT));
    // old formats: IV after a ring key id, or right after the digest
    return ring.some((r) => tryOpen(r.key, c, 36) || tryOpen(r.key, c, 32));
  });
}
