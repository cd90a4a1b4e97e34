import { WardenError } from "../../core/warden-error.js";
import type { TokenVault } from "../token-vault.js";
import type { VaultDataKeys } from "./vault-data-keys.js";
import type { VaultStore } from "./vault-store.js";

/** What {@link rekeyVault} did. */
export interface RekeyReport {
  conversations: number;
  /** Mappings sealed again under the current key. */
  resealed: number;
  /** Mappings already under the current key (and numbering slots, which hold no value). */
  current: number;
  /** Mappings no key of the ring opens (left as they are; they expire with the TTL). */
  unreadable: number;
  /** Mappings another writer changed while this ran (left to them). */
  changed: number;
  /** Data keys (per tenant and period) wrapped again under the current key; mappings sealed under them stay as they are. */
  dataKeys: number;
  /** Data keys no key of the ring unwraps (left; they are destroyed with their period). */
  dataKeysUnreadable: number;
}

/**
 * Key rotation, step 3 (docs/policy.md, "Rotating the vault key"): seal every live mapping of the store again
 * under the vault's current key, so that older keys can be removed from `vault.previousKeys` before the TTL has
 * expired the mappings they sealed. Values never leave memory in clear; each blob is replaced only if it is still
 * the one read (compare-and-set), so replicas serving traffic meanwhile are safe.
 */
export async function rekeyVault(vault: TokenVault, store: VaultStore, dataKeys?: VaultDataKeys): Promise<RekeyReport> {
  const report: RekeyReport = { conversations: 0, resealed: 0, current: 0, unreadable: 0, changed: 0, dataKeys: 0, dataKeysUnreadable: 0 };
  // Data keys first: the mappings sealed under them need nothing else (the blobs name the data key, not a ring key).
  if (dataKeys) {
    for await (const k of store.dataKeyRecords()) {
      const next = dataKeys.rewrap(k.wrapped, k.tenant, k.period);
      if (next === null) report.dataKeysUnreadable++;
      else if (next && (await store.replaceDataKey(k.tenant, k.period, k.wrapped, next))) report.dataKeys++;
      else if (next) report.changed++;
    }
  }
  for await (const { conversation, mappings } of store.entries()) {
    report.conversations++;
    for (const m of mappings) {
      let next: Buffer | undefined;
      try {
        next = vault.reseal(conversation, m.token, m.blob);
      } catch (err) {
        if (err instanceof WardenError || err instanceof Error) {
          report.unreadable++;
          continue;
        }
        throw err;
      }
      if (!next) report.current++;
      else if (await store.replaceBlob(conversation, m.token, m.blob, next)) report.resealed++;
      else report.changed++;
    }
  }
  return report;
}
