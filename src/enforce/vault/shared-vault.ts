import type { TokenVault } from "../token-vault.js";
import { blobDataKey } from "./data-key-blob.js";
import type { VaultDataKeys } from "./vault-data-keys.js";
import type { VaultStore } from "./vault-store.js";

/**
 * The in-memory vault as the working set of a shared store: `load` brings a conversation's mappings in before a
 * request is enforced, `flush` writes the mappings it made through before the request is forwarded (so a token the
 * model echoes can be restored by any replica). Both reject when the store fails; the guard applies the failMode.
 */
export class SharedVault {
  constructor(
    readonly vault: TokenVault,
    readonly store: VaultStore,
    /** Mappings live this long after last use (read per call: a policy reload may change it). */
    private readonly ttlMs: () => number,
    /** Set-up that needs the store (the shared token key), retried before each use until it succeeds. */
    private readonly prepare: () => Promise<void> = async () => undefined,
    /** The vault's data keys (the same instance the vault seals with); undefined: mappings sealed by the ring key. */
    private readonly dataKeys?: VaultDataKeys,
  ) {}

  private ready: Promise<void> | undefined;

  private prepared(): Promise<void> {
    this.ready ??= this.prepare().catch((err: unknown) => {
      this.ready = undefined;
      throw err;
    });
    return this.ready;
  }

  /** Set-up that needs the store (the shared token key) done: tenant ids and store ids are the store's from now on. */
  async whenReady(): Promise<void> {
    await this.prepared();
  }

  /**
   * Tenant erasure: destroy the tenant's data keys in the store and delete the mappings sealed under them (mappings
   * from before data keys name no tenant: they stay until they expire). The store notifies the other replicas
   * (PostgreSQL NOTIFY, Redis pub/sub), which drop the keys at once ({@link erased}); one that missed it stops using
   * them within a minute (it checks the keys it holds that often). Their working sets cannot open the mappings after.
   */
  async eraseTenant(tenant: string): Promise<{ keys: number; mappings: number }> {
    await this.prepared();
    const id = this.vault.tenantId(`${tenant}\u0000`);
    const r = await this.store.eraseTenant(id);
    this.dataKeys?.destroyed(id);
    return r;
  }

  /** Another process erased the tenant (its keyed id, from the store's notification): drop its keys here now. */
  erased(tenant: string): void {
    this.dataKeys?.destroyed(tenant);
  }

  /** Load the conversation's mappings from the store into the working set; returns how many were new here. */
  async load(conversation: string): Promise<number> {
    await this.prepared();
    const id = this.vault.storeId(conversation);
    const mappings = await this.store.load(id, this.ttlMs());
    if (this.dataKeys) {
      // The keys the loaded mappings were sealed under, and the one new mappings of this call are sealed under.
      const tenant = this.vault.tenantId(conversation);
      const periods = mappings.flatMap((m) => {
        const ref = blobDataKey(m.blob);
        return ref?.tenant === tenant ? [ref.period] : [];
      });
      await this.dataKeys.ensureRead(this.store, tenant, periods, this.ttlMs());
      await this.dataKeys.ensureWrite(this.store, tenant, this.ttlMs());
    }
    const n = this.vault.absorb(conversation, mappings);
    // Mappings from before data keys, in a conversation still in use (so they would never expire): sealed again under
    // the tenant's data key, in place (compare-and-set: another replica may do the same; the loser's blob is dropped).
    if (this.dataKeys) {
      for (const m of mappings) {
        const next = this.vault.sealUnderDataKey(conversation, m.token, m.blob);
        if (next) await this.store.replaceBlob(id, m.token, m.blob, next);
      }
    }
    return n;
  }

  /**
   * Write the conversation's new mappings. Returns the tokens another value already holds in the store (a digest
   * prefix collision between replicas) and the numbering slots whose value another replica numbered first: they
   * are dropped here, and the caller enforces (or renumbers) again after a `load`.
   *
   * Numbering takes two writes: the slots (`#PERSON_2` → value; first writer wins, so no number goes to two
   * values), then, for the slots won, the values' claims (value → 2; first writer wins, so no value goes out under
   * two numbers once its claim is made).
   */
  async flush(conversation: string): Promise<string[]> {
    // One write at a time per conversation here: a call whose numbers another call of this replica is still writing
    // waits for that write (and its outcome: a lost claim moves the vault's epoch) before it may send them.
    const before = this.flushing.get(conversation);
    const run = (before ?? Promise.resolve()).catch(() => undefined).then(() => this.flushNow(conversation));
    this.flushing.set(conversation, run);
    try {
      return await run;
    } finally {
      if (this.flushing.get(conversation) === run) this.flushing.delete(conversation);
    }
  }

  private readonly flushing = new Map<string, Promise<string[]>>();

  private async flushNow(conversation: string): Promise<string[]> {
    let pending = this.vault.pendingMappings(conversation);
    if (pending.length === 0 && !this.vault.hasUnclaimedNumbers(conversation)) return [];
    await this.prepared();
    if (this.dataKeys && pending.length > 0) {
      // The period may have turned since the load: mappings reach the store only under the current period's key.
      await this.dataKeys.ensureWrite(this.store, this.vault.tenantId(conversation), this.ttlMs());
      pending = this.vault.pendingMappings(conversation);
    }
    const id = this.vault.storeId(conversation);
    const taken = pending.length === 0 ? [] : await this.store.save(id, pending, this.ttlMs());
    this.vault.settle(conversation, pending, taken);
    const claims = this.vault.numberClaims(conversation, pending, taken);
    if (claims.length === 0) return taken;
    const claimsTaken = await this.store.save(id, claims, this.ttlMs());
    this.vault.claimsWritten(conversation, claims, claimsTaken);
    const lost = this.vault.lostClaims(conversation, claims, claimsTaken);
    return lost.length === 0 ? taken : [...taken, ...lost];
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
