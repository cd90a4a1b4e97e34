import { createHash, randomBytes } from "node:crypto";
import { WardenError } from "../../core/warden-error.js";
import { type DataKeyRef, KEY_CHECK_LENGTH } from "./data-key-blob.js";
import { KEY_ID_LENGTH, keyIdText, openWithRing, type SealKey, sealWithRing } from "./vault-key-ring.js";
import type { VaultStore } from "./vault-store.js";

/** A data key as the working set holds it: `key` undefined when the store has none the ring opens, null once destroyed. */
interface Entry {
  key: Buffer | null | undefined;
  check: Buffer | undefined;
  checkedAt: number;
  /** Until when the store is known to keep it (Redis expires data keys; SQL stores keep them until retired). */
  keptUntil: number;
}

/**
 * How long a data key read from the store is used before the store is asked again: the bound on an erasure reaching a
 * replica that missed its notification (SQLite has none; PostgreSQL and Redis notify at once).
 */
const RECHECK_MS = 60_000;

/** The key check written into blobs: the first bytes of a digest of the data key. */
export const keyCheck = (key: Buffer): Buffer => createHash("sha256").update("warden vault data key check\u0000").update(key).digest().subarray(0, KEY_CHECK_LENGTH);

const wrapAad = (tenant: string, period: number): Buffer => Buffer.from(`warden vault data key\u0000${tenant}\u0000${period}`, "utf8");

/** A data key wrapped by the ring's current key ({@link sealWithRing}: ring key id (4) | IV (12) | GCM tag (16) | key (32)). */
export function wrapDataKey(current: SealKey, key: Buffer, tenant: string, period: number): Buffer {
  return sealWithRing(current, key, wrapAad(tenant, period));
}

/** Unwrap a stored data key with whichever ring key wrapped it; undefined when no key of the ring has its id. */
export function unwrapDataKey(ring: readonly SealKey[], wrapped: Buffer, tenant: string, period: number): Buffer | undefined {
  if (wrapped.length !== KEY_ID_LENGTH + 28 + 32) return undefined;
  return openWithRing(ring, wrapped, wrapAad(tenant, period));
}

/** {@link unwrapDataKey}, with a key that does not authenticate as undefined too (fail closed as for an unknown key). */
function tryUnwrap(ring: readonly SealKey[], wrapped: Buffer, tenant: string, period: number): Buffer | undefined {
  try {
    return unwrapDataKey(ring, wrapped, tenant, period);
  } catch {
    return undefined;
  }
}

/** The ring key id a stored data key is wrapped under (key rotation). */
export const dataKeyWrappedWith = (wrapped: Buffer): string => keyIdText(wrapped.subarray(0, KEY_ID_LENGTH));

/**
 * The vault's data keys (the audit log's crypto-shredding, applied to tokenize mappings): one AES-256-GCM key per
 * tenant and key period seals the mappings made in that period, stored in the shared store only wrapped by the vault
 * key ring (the KEK). The store destroys a key once its period ended one whole period ago and no live mapping needs
 * it (SQL: purge; Redis: the key's own expiry, kept past its mappings'), or at once on tenant erasure; sealed bytes
 * a store leaves behind (PostgreSQL's dead row versions, WAL, backups, Redis's RDB/AOF and freed memory) are then
 * unreadable with any key left.
 *
 * The vault is synchronous (streamed restoration), so keys are fetched here ahead of use: `ensureWrite` before a
 * conversation's mappings are enforced and written through, `ensureRead` for the periods of the mappings loaded.
 */
export class VaultDataKeys {
  private readonly keys = new Map<string, Entry>();

  constructor(
    private readonly ring: readonly SealKey[],
    /** Length of a key period (ms); the same on every replica. */
    readonly periodMs: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!(periodMs >= 1)) throw new RangeError(`vault key period must be at least 1 ms, got ${periodMs}`);
  }

  /** The period index `time` falls in. */
  period(time = this.now()): number {
    return Math.floor(time / this.periodMs);
  }

  /** The tenant's data key for the current period when it is loaded (else the vault seals under the ring key). */
  writeKey(tenant: string): { ref: DataKeyRef; key: Buffer } | undefined {
    const period = this.period();
    const e = this.keys.get(`${tenant}:${period}`);
    return e?.key && e.check ? { ref: { tenant, period, check: e.check }, key: e.key } : undefined;
  }

  /**
   * The data key a blob names: the key; null when the store no longer holds it (destroyed: expired, retired or
   * erased) or holds another one for that period (made again after an erasure); undefined when it was never loaded
   * or no key of the ring unwraps it (fail closed: `WARDEN_VAULT_KEY_UNKNOWN`).
   */
  readKey(ref: DataKeyRef): Buffer | null | undefined {
    const e = this.keys.get(`${ref.tenant}:${ref.period}`);
    if (!e) return undefined;
    if (e.key === null || (e.check && !e.check.equals(ref.check))) return null;
    return e.key;
  }

  /** Load (or create, first writer wins) the tenant's key of the current period. */
  async ensureWrite(store: VaultStore, tenant: string, ttlMs: number): Promise<void> {
    const now = this.now();
    const period = this.period(now);
    const id = `${tenant}:${period}`;
    const e = this.keys.get(id);
    if (e?.key && now - e.checkedAt < RECHECK_MS) return this.keep(store, tenant, [period], ttlMs, now);
    const current = this.ring[0] as SealKey;
    const retireAfter = (period + 2) * this.periodMs;
    const keepUntil = now + keepFor(ttlMs);
    const stored = await store.dataKey(tenant, period, wrapDataKey(current, randomBytes(32), tenant, period), { retireAfter, keepUntil });
    const key = unwrapDataKey(this.ring, stored, tenant, period);
    if (!key) throw new WardenError("WARDEN_VAULT_KEY_UNKNOWN", { detail: `the vault's data key of this period is wrapped under vault key ${dataKeyWrappedWith(stored)}, which is neither vault.key nor in vault.previousKeys` });
    await this.moveToCurrent(store, tenant, period, stored, key);
    this.keys.set(id, { key, check: keyCheck(key), checkedAt: now, keptUntil: Math.max(retireAfter, keepUntil) });
  }

  /** Load the tenant's keys of `periods` not loaded or not checked for a while; extend how long the store keeps them. */
  async ensureRead(store: VaultStore, tenant: string, periods: Iterable<number>, ttlMs: number): Promise<void> {
    const now = this.now();
    const wanted = [...new Set(periods)];
    const stale = wanted.filter((p) => {
      const e = this.keys.get(`${tenant}:${p}`);
      return !e || now - e.checkedAt >= RECHECK_MS;
    });
    // Every key of the tenant held here is asked for again once in a while, also those no loaded mapping names: an
    // erasure elsewhere deleted the mappings, and this working set may still hold them.
    for (const [id, e] of this.keys) {
      if (!id.startsWith(`${tenant}:`) || now - e.checkedAt < RECHECK_MS) continue;
      const p = Number(id.slice(tenant.length + 1));
      if (!stale.includes(p)) stale.push(p);
    }
    if (stale.length > 0) {
      const found = await store.findDataKeys(tenant, stale);
      for (const p of stale) {
        const wrapped = found.get(p);
        const key: Buffer | null | undefined = wrapped ? tryUnwrap(this.ring, wrapped, tenant, p) : null;
        if (wrapped && key) await this.moveToCurrent(store, tenant, p, wrapped, key);
        this.keys.set(`${tenant}:${p}`, { key, check: key ? keyCheck(key) : undefined, checkedAt: now, keptUntil: 0 });
      }
    }
    await this.keep(store, tenant, wanted, ttlMs, now);
  }

  /**
   * A key wrapped under an older key of the ring is wrapped again under the current one as soon as a replica uses it
   * (compare-and-set: another replica may do the same), so that after a rotation the old vault key can go once the
   * mappings of the keys nobody used have expired, as before data keys (`warden vault rekey` does all at once).
   */
  private async moveToCurrent(store: VaultStore, tenant: string, period: number, wrapped: Buffer, key: Buffer): Promise<void> {
    const current = this.ring[0] as SealKey;
    if (wrapped.subarray(0, KEY_ID_LENGTH).equals(current.id)) return;
    await store.replaceDataKey(tenant, period, wrapped, wrapDataKey(current, key, tenant, period));
  }

  /** Ask the store to keep the live keys of `periods` past the mappings it keeps `ttlMs` from now (Redis). */
  private async keep(store: VaultStore, tenant: string, periods: readonly number[], ttlMs: number, now: number): Promise<void> {
    const due = periods.filter((p) => {
      const e = this.keys.get(`${tenant}:${p}`);
      return e?.key && e.keptUntil < now + ttlMs + ttlMs / 10;
    });
    if (due.length === 0) return;
    const until = now + keepFor(ttlMs);
    await store.keepDataKeys(tenant, due, until);
    for (const p of due) {
      const e = this.keys.get(`${tenant}:${p}`);
      if (e) e.keptUntil = until;
    }
  }

  /**
   * Key rotation: a stored data key wrapped again under the ring's current key; undefined when it already is,
   * null when no key of the ring unwraps it.
   */
  rewrap(wrapped: Buffer, tenant: string, period: number): Buffer | null | undefined {
    const current = this.ring[0] as SealKey;
    if (wrapped.subarray(0, KEY_ID_LENGTH).equals(current.id)) return undefined;
    const key = tryUnwrap(this.ring, wrapped, tenant, period);
    return key ? wrapDataKey(current, key, tenant, period) : null;
  }

  /**
   * Erasure notifications may have been missed (the feed was down): every key held here is asked for again at its
   * tenant's next call, as if its one-minute recheck were due.
   */
  recheckAll(): void {
    for (const e of this.keys.values()) e.checkedAt = Number.NEGATIVE_INFINITY;
  }

  /** The tenant's keys are destroyed (an erasure here or, notified, elsewhere): what they sealed no longer opens here. */
  destroyed(tenant: string): void {
    const now = this.now();
    for (const [id, e] of this.keys) if (id.startsWith(`${tenant}:`)) Object.assign(e, { key: null, check: undefined, checkedAt: now });
  }
}

/** How far ahead of now a data key is kept when its mappings live `ttlMs` more: a quarter of a TTL past them. */
const keepFor = (ttlMs: number): number => ttlMs + ttlMs / 4;
