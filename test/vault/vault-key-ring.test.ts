/**
 * The vault's key ring at the mapping level: blobs written before key ids existed (digest | IV | tag | data, sealed
 * with the key derived from the master) still open, under the current key or a previous one; `reseal` moves them
 * (and blobs of an older ring key) under the current key; a blob no ring key opens fails closed with a code, a
 * tampered one restores nothing.
 */
import { createCipheriv, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TokenVault, type StoredMapping } from "../../src/enforce/token-vault.js";
import { deriveVaultKeys } from "../../src/enforce/vault/vault-key.js";
import { sealKeyFromMaster } from "../../src/enforce/vault/vault-key-ring.js";

const CONV = "t1\u0000k1\u0000conv";
const VALUE = "jane.doe@acme-corp.com";

/** A vault with `current` first and `previous` after it; the token key is the same for all (it outlives rotation). */
function vaultWith(macKey: Buffer, current: Buffer, ...previous: Buffer[]): TokenVault {
  return new TokenVault({ ttlMs: 60_000, writeThrough: true, macKey, ring: [current, ...previous].map(sealKeyFromMaster) });
}

/** A mapping as versions before key rings wrote it: digest | IV | tag | ciphertext under HKDF(master) "aes-256-gcm". */
function legacyMapping(master: Buffer, storeId: string, token: string, digest: Buffer): StoredMapping {
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", deriveVaultKeys(master).key, iv);
  c.setAAD(Buffer.from(`${storeId}\u0000${token}`, "utf8"));
  const data = Buffer.concat([c.update(VALUE, "utf8"), c.final()]);
  return { token, blob: Buffer.concat([digest, iv, c.getAuthTag(), data]), restore: true };
}

describe("vault key ring", () => {
  const oldMaster = randomBytes(32);
  const newMaster = randomBytes(32);
  const macKey = deriveVaultKeys(oldMaster).macKey;
  const token = "⟦EMAIL_ADDRESS_a1b2c3⟧";

  it("opens a blob from before key ids, as the current key or a previous one, and reseals it under the current key", () => {
    const writer = vaultWith(macKey, oldMaster);
    const storeId = writer.storeId(CONV);
    const legacy = legacyMapping(oldMaster, storeId, token, randomBytes(32));
    for (const v of [vaultWith(macKey, oldMaster), vaultWith(macKey, newMaster, oldMaster)]) {
      v.absorb(CONV, [legacy]);
      expect(v.reveal(CONV, token)).toBe(VALUE);
    }
    const rotated = vaultWith(macKey, newMaster, oldMaster);
    const resealed = rotated.reseal(storeId, token, legacy.blob);
    expect(resealed).toBeInstanceOf(Buffer);
    // Under the current key now: nothing more to do, and the old key is no longer needed.
    expect(rotated.reseal(storeId, token, resealed as Buffer)).toBeUndefined();
    const newOnly = vaultWith(macKey, newMaster);
    newOnly.absorb(CONV, [{ ...legacy, blob: resealed as Buffer }]);
    expect(newOnly.reveal(CONV, token)).toBe(VALUE);
    expect((resealed as Buffer).subarray(0, 32)).toEqual(legacy.blob.subarray(0, 32));
  });

  it("a blob of a key no longer in the ring fails closed with WARDEN_VAULT_KEY_UNKNOWN; a tampered one restores nothing", () => {
    const old = vaultWith(macKey, oldMaster);
    const t = old.tokenize(CONV, "EMAIL_ADDRESS", VALUE);
    const [written] = old.pendingMappings(CONV);
    expect(written).toBeDefined();
    const newOnly = vaultWith(macKey, newMaster);
    newOnly.absorb(CONV, [written as StoredMapping]);
    expect(() => newOnly.reveal(CONV, t)).toThrow(expect.objectContaining({ code: "WARDEN_VAULT_KEY_UNKNOWN" }));
    expect(() => newOnly.reseal(newOnly.storeId(CONV), t, (written as StoredMapping).blob)).toThrow(expect.objectContaining({ code: "WARDEN_VAULT_KEY_UNKNOWN" }));
    // Same key, one ciphertext byte flipped: GCM refuses it, the token stays a token.
    const tampered = Buffer.from((written as StoredMapping).blob);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] as number) ^ 1;
    const same = vaultWith(macKey, oldMaster);
    same.absorb(CONV, [{ ...(written as StoredMapping), blob: tampered }]);
    expect(same.reveal(CONV, t)).toBeUndefined();
  });
});
