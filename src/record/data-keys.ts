import { createCipheriv, createDecipheriv, createSecretKey, type KeyObject, randomBytes, randomFillSync } from "node:crypto";
import type { AuditBackend, RewrappedKey } from "./audit-backend.js";
import type { KeyEncryptionKey } from "./key-encryption-key.js";
import { periodIndex } from "./key-period.js";

const FORMAT = 1;

/** A tenant's current data key, also as a KeyObject (imported once, not on every encryption). */
export interface WriteKey {
  version: number;
  key: Buffer;
  cipherKey: KeyObject;
  /** The key period it encrypts new payloads in (`periodIndex`); a later period gets the next version. */
  period: number;
}

/** Default key period: one day. */
const DAY = 86_400_000;

/**
 * Per-tenant data keys (DEKs): generated on a tenant's first record, stored only wrapped by the KEK, cached
 * unwrapped in memory. Payloads are AES-256-GCM: format byte ‖ 12-byte IV ‖ 16-byte tag ‖ ciphertext, with the
 * record's identity as additional data so a ciphertext cannot be moved to another record or field.
 *
 * Each tenant gets a new key version every key period (`periodMs`), so that a purge can destroy a past period's key
 * once every payload it encrypted is gone: ciphertext a store leaves behind in its files (PostgreSQL's heap pages,
 * WAL, backups) is then unreadable. A key is never handed out for writing after its period ended; it is destroyed at
 * the earliest one more period later (`retire`), which covers appends that took their key just before the boundary.
 */
export class DataKeys {
  private readonly current = new Map<string, Promise<WriteKey>>();
  /** The resolved entries of `current`: the request path takes them without awaiting a promise. */
  private readonly ready = new Map<string, WriteKey>();
  private readonly byVersion = new Map<string, Buffer | null>();

  constructor(
    private readonly backend: AuditBackend,
    private kek: KeyEncryptionKey,
    private readonly periodMs: number = DAY,
  ) {
    if (!(periodMs >= 1)) throw new RangeError(`key period must be at least 1 ms, got ${periodMs}`);
  }

  /** The key-encryption key in use (verification checks that every stored data key unwraps under it). */
  get keyEncryptionKey(): KeyEncryptionKey {
    return this.kek;
  }

  /**
   * KEK rotation: re-wrap every live data key under `next` (records are not rewritten: they are encrypted under
   * the data keys, which do not change). Afterwards this instance uses `next`. Returns how many keys were re-wrapped.
   * Every key is unwrapped and wrapped again first, and the new wrappings are then written in one transaction: a KMS
   * that refuses part-way, or a process killed before the write, leaves every key as it was (under the old KEK).
   */
  async rotateKek(next: KeyEncryptionKey): Promise<number> {
    const rewrapped: RewrappedKey[] = [];
    for (const k of await this.backend.listDataKeys()) {
      if (!k.wrapped) continue;
      let dek: Buffer;
      try {
        dek = await this.kek.unwrap(k.wrapped);
      } catch (err) {
        // A store left part-way by an earlier version (which re-wrapped one key at a time) has keys wrapped by the
        // new KEK already: one that opens under the new KEK is skipped, so the command finishes the job instead of
        // failing on it for good. (Tried only after the old KEK refused it: no extra KMS call per key on a normal
        // run; a KMS module's id is known only once it is loaded, so the stored KEK id cannot tell beforehand.)
        if (await unwrapsUnder(next, k.wrapped)) continue;
        throw err;
      }
      rewrapped.push({ tenant: k.tenant, version: k.version, wrapped: await next.wrap(dek) });
    }
    const n = rewrapped.length > 0 ? await this.backend.rewrapDataKeys(rewrapped, next.id) : 0;
    this.kek = next;
    return n;
  }

  get kekId(): string {
    return this.kek.id;
  }

  /** The tenant's current data key when it is already loaded (no await), else undefined: use `forWrite`. */
  cachedForWrite(tenant: string, now = Date.now()): WriteKey | undefined {
    const k = this.ready.get(tenant);
    return k && k.period === periodIndex(now, this.periodMs) ? k : undefined;
  }

  /**
   * The tenant's data key for the current key period, created (and stored wrapped) when it has none, it was shredded
   * or retired, or its newest one belongs to an earlier period.
   */
  forWrite(tenant: string, now = Date.now()): Promise<WriteKey> {
    const period = periodIndex(now, this.periodMs);
    let p = this.current.get(tenant);
    const stale = this.ready.get(tenant);
    if (p && stale && stale.period !== period) {
      this.current.delete(tenant);
      this.ready.delete(tenant);
      p = undefined;
    }
    if (!p) {
      const loading = this.load(tenant, now);
      p = loading;
      this.current.set(tenant, p);
      // Only while this load is still the tenant's current one (a shred in between drops it).
      p.then((k) => this.current.get(tenant) === loading && this.ready.set(tenant, k), () => undefined);
      p.catch(() => this.current.delete(tenant));
    }
    return p;
  }

  private async load(tenant: string, now: number): Promise<WriteKey> {
    const period = periodIndex(now, this.periodMs);
    let stored = await this.backend.getDataKey(tenant);
    if (!stored || stored.wrapped === null || periodIndex(stored.createdAt, this.periodMs) !== period) {
      const key = randomBytes(32);
      // Another replica may create the same version at the same time: the store keeps the first, both use it.
      stored = await this.backend.putDataKey({
        tenant,
        version: (stored?.version ?? 0) + 1,
        wrapped: await this.kek.wrap(key),
        kekId: this.kek.id,
        createdAt: now,
        shreddedAt: null,
      });
    }
    if (stored.wrapped === null) throw new Error(`data key ${stored.version} of tenant "${tenant}" was destroyed while it was being created`);
    const key = await this.kek.unwrap(stored.wrapped);
    this.byVersion.set(`${tenant}\0${stored.version}`, key);
    return { version: stored.version, key, cipherKey: createSecretKey(key), period: periodIndex(stored.createdAt, this.periodMs) };
  }

  /**
   * Destroy every data key whose period ended at least one whole period before `now` and that no stored payload
   * needs any more (call after a purge). Legal holds and per-class retention need nothing here: a held or unexpired
   * payload keeps its key. Returns the keys destroyed.
   */
  async retire(now = Date.now()): Promise<{ tenant: string; version: number }[]> {
    const retired = await this.backend.retireDataKeys({ periodMs: this.periodMs, endedBy: now - this.periodMs, at: now });
    for (const { tenant, version } of retired) {
      this.byVersion.delete(`${tenant}\0${version}`);
      if (this.ready.get(tenant)?.version === version) {
        this.ready.delete(tenant);
        this.current.delete(tenant);
      }
    }
    return retired;
  }

  /** A data key by version, or null once shredded. */
  async forRead(tenant: string, version: number): Promise<Buffer | null> {
    const id = `${tenant}\0${version}`;
    const cached = this.byVersion.get(id);
    if (cached !== undefined) return cached;
    const stored = await this.backend.getDataKey(tenant, version);
    const key = stored?.wrapped ? await this.kek.unwrap(stored.wrapped) : null;
    this.byVersion.set(id, key);
    return key;
  }

  /** Crypto-shred: destroy every data key of the tenant; its payloads become unreadable, the chain is untouched. */
  async shred(tenant: string): Promise<number> {
    const n = await this.backend.shredDataKeys(tenant, Date.now());
    this.current.delete(tenant);
    this.ready.delete(tenant);
    for (const id of [...this.byVersion.keys()]) if (id.startsWith(`${tenant}\0`)) this.byVersion.delete(id);
    return n;
  }
}

/** Random IVs drawn from a pooled buffer: one CSPRNG call per 340 payloads instead of one each. */
const ivPool = Buffer.allocUnsafe(12 * 340);
let ivOffset = ivPool.length;
/** A view into the pool (the cipher and the output copy it before the pool is refilled). */
function nextIv(): Buffer {
  if (ivOffset + 12 > ivPool.length) {
    randomFillSync(ivPool);
    ivOffset = 0;
  }
  const iv = ivPool.subarray(ivOffset, ivOffset + 12);
  ivOffset += 12;
  return iv;
}

/**
 * AES-256-GCM: format byte ‖ 12-byte IV ‖ 16-byte tag ‖ ciphertext. Text is encrypted straight from the string
 * (no intermediate plaintext buffer) and the result is assembled in one allocation, from `alloc` when given (the
 * writer thread's arena: no ArrayBuffer of its own per payload).
 */
export function encryptPayload(key: Buffer | KeyObject, plaintext: Buffer | string, aad: string, alloc: (n: number) => Buffer = Buffer.allocUnsafe): Buffer {
  const iv = nextIv();
  const c = createCipheriv("aes-256-gcm", key, iv);
  c.setAAD(Buffer.from(aad, "utf8"));
  const ct = typeof plaintext === "string" ? c.update(plaintext, "utf8") : c.update(plaintext);
  const rest = c.final(); // empty for GCM, kept for safety
  const out = alloc(29 + ct.length + rest.length);
  out[0] = FORMAT;
  iv.copy(out, 1);
  c.getAuthTag().copy(out, 13);
  ct.copy(out, 29);
  rest.copy(out, 29 + ct.length);
  return out;
}

export function decryptPayload(key: Buffer, data: Buffer, aad: string): Buffer {
  if (data[0] !== FORMAT) throw new Error(`unknown payload format ${String(data[0])}`);
  const d = createDecipheriv("aes-256-gcm", key, data.subarray(1, 13));
  d.setAAD(Buffer.from(aad, "utf8"));
  d.setAuthTag(data.subarray(13, 29));
  return Buffer.concat([d.update(data.subarray(29)), d.final()]);
}

/** The additional data binding a payload to its record and field. */
export const payloadAad = (requestId: string, kind: string, field: "payload" | "original"): string => `${requestId}\0${kind}\0${field}`;

/** Whether `wrapped` opens under `kek` (a refusal or a failed authentication: it does not). */
async function unwrapsUnder(kek: KeyEncryptionKey, wrapped: Buffer): Promise<boolean> {
  try {
    await kek.unwrap(wrapped);
    return true;
  } catch {
    return false;
  }
}
