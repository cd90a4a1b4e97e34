import type { IncomingHttpHeaders } from "node:http";
import type { Principal } from "../core/principal.js";
import { WardenError } from "../core/warden-error.js";
import { API_KEY_PATTERN, checksumValid, hashApiKey, hashesEqual } from "./api-key.js";
import type { KeyRecord, KeyStore } from "./key-store.js";
import { compileSourceAllowlist } from "./source-allowlist.js";

const CACHE_TTL_MS = 1_000;
/** Verified keys remembered at most (the oldest verification is dropped first). */
const VERIFIED_MAX = 10_000;
const DUMMY_HASH = hashApiKey("wdn_dummy");

/** Read the caller's key: `Authorization: Bearer` (OpenAI clients) or `x-api-key` (Anthropic clients). */
export function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const auth = headers.authorization;
  if (typeof auth === "string" && auth.length > 7 && auth.slice(0, 7).toLowerCase() === "bearer ") return auth.slice(7).trim();
  const x = headers["x-api-key"];
  if (typeof x === "string" && x.length > 0) return x.trim();
  return undefined;
}

interface CacheEntry {
  record: KeyRecord | undefined;
  at: number;
  /** The record as a principal (built once per cache fill, not per request). */
  principal: Principal | undefined;
  sourceAllowed: ((address: string | undefined) => boolean) | undefined;
}

function toPrincipal(r: KeyRecord): Principal {
  return {
    keyId: r.id,
    tenant: r.tenant,
    app: r.app,
    roles: r.roles,
    ...(r.models ? { models: r.models } : {}),
    ...(r.limits ? { limits: r.limits } : {}),
  };
}

/**
 * Resolves API keys to principals. Records are cached for a second, so a revocation made by another process
 * takes effect within that time (and at once in this process, and on replicas told through Redis: see
 * `invalidate`). Checks, in order: present, well-formed, known with a matching hash (the same work whether the id
 * exists or not), not revoked, not expired, used from an allowed source address.
 *
 * A key that passed the hash comparison is remembered with the cached record it matched, so the next calls with
 * the same key skip the shape, checksum and SHA-256 work (about 2 µs of the ~2.3 µs a call spent here). The memory is
 * only as good as that record: when the record is dropped (revocation here or pushed from a replica, the one-second
 * bound, `invalidateAll`) the key goes through the full check again, so revocation takes effect exactly as before.
 * Only keys that matched are remembered (a wrong secret is never a hit and always pays the full, constant-time
 * check), at most 10 000 of them, and those unused for a cache period are swept out with the last-use flush.
 */
export class Authenticator {
  private readonly cache = new Map<string, CacheEntry>();
  /** Presented key → the cache entry whose hash it matched (valid while that entry is the current one). */
  private readonly verified = new Map<string, CacheEntry>();
  /** Key id → when it was last admitted, since the last flush (the time of use, not of the flush). */
  private readonly used = new Map<string, number>();
  private readonly flushTimer: NodeJS.Timeout;

  constructor(
    private readonly store: KeyStore,
    /** How many verified keys to remember at most. */
    private readonly verifiedMax = VERIFIED_MAX,
  ) {
    this.flushTimer = setInterval(() => this.flushLastUsed(), 30_000);
    this.flushTimer.unref();
  }

  /**
   * The principal behind the request's key, or a WardenError with a distinct code for each failure.
   * `remoteAddress` is the caller's socket address, checked against the key's source allowlist.
   */
  authenticate(headers: IncomingHttpHeaders, now = Date.now(), remoteAddress?: string): Principal {
    const key = presentedKey(headers);
    if (key === undefined) throw new WardenError("WARDEN_AUTH_MISSING_KEY");
    // A replica that has not heard from the shared store for too long cannot vouch that a key is not revoked.
    this.store.assertFresh(now);
    const known = this.verified.get(key);
    if (known !== undefined && now - known.at < CACHE_TTL_MS && this.cache.get((known.record as KeyRecord).id) === known) {
      return this.admit(known, known.record as KeyRecord, now, remoteAddress);
    }
    // Not shaped like a Warden key at all (another vendor's key, a JWT, garbage): malformed. A key of the right
    // shape whose checksum fails (a typo, a forgery) is invalid, like an unknown one.
    const shape = API_KEY_PATTERN.exec(key);
    if (!shape) throw new WardenError("WARDEN_AUTH_MALFORMED_KEY");
    const entry = checksumValid(key) ? this.lookup(shape[1] as string, now) : undefined;
    const record = entry?.record;
    // Compare against a dummy hash when there is no record, so timing does not reveal which ids exist.
    const ok = hashesEqual(hashApiKey(key), record?.hash ?? DUMMY_HASH) && record !== undefined;
    if (!ok || !record || !entry?.principal) throw new WardenError("WARDEN_AUTH_INVALID_KEY");
    if (record.revokedAt === null) this.remember(key, entry);
    return this.admit(entry, record, now, remoteAddress);
  }

  /** The checks after the secret matched: revocation, expiry, source address. */
  private admit(entry: CacheEntry, record: KeyRecord, now: number, remoteAddress: string | undefined): Principal {
    if (record.revokedAt !== null) throw new WardenError("WARDEN_AUTH_REVOKED_KEY");
    if (record.expiresAt !== null && record.expiresAt <= now) throw new WardenError("WARDEN_AUTH_EXPIRED_KEY");
    if (entry.sourceAllowed && !entry.sourceAllowed(remoteAddress)) {
      throw new WardenError("WARDEN_AUTH_SOURCE_NOT_ALLOWED", { detail: `source ${remoteAddress ?? "unknown"} not in the key's allowlist` });
    }
    this.used.set(record.id, now);
    return entry.principal as Principal;
  }

  private remember(key: string, entry: CacheEntry): void {
    // Delete first so a re-verified key moves to the back of the insertion order (evicted last).
    this.verified.delete(key);
    if (this.verified.size >= this.verifiedMax) {
      const oldest = this.verified.keys().next();
      if (oldest.done !== true) this.verified.delete(oldest.value);
    }
    this.verified.set(key, entry);
  }

  /** How many verified keys are remembered now (for tests and metrics). */
  get verifiedKeys(): number {
    return this.verified.size;
  }

  /** Forget a cached record (after it was revoked or rotated, here or on another replica). */
  invalidate(id: string): void {
    this.cache.delete(id);
  }

  /** Forget every cached record (e.g. when the revocation channel reconnects and may have missed messages). */
  invalidateAll(): void {
    this.cache.clear();
    this.verified.clear();
  }

  private lookup(id: string, now: number): CacheEntry {
    const hit = this.cache.get(id);
    if (hit && now - hit.at < CACHE_TTL_MS) return hit;
    const record = this.store.get(id);
    if (this.cache.size > 100_000) this.cache.clear();
    const entry: CacheEntry = {
      record,
      at: now,
      principal: record ? toPrincipal(record) : undefined,
      sourceAllowed: record?.cidrs ? compileSourceAllowlist(record.cidrs) : undefined,
    };
    this.cache.set(id, entry);
    return entry;
  }

  flushLastUsed(): void {
    // Forget verified keys whose record is no longer the cached one (idle keys, revoked or rotated ones).
    const now = Date.now();
    for (const [key, entry] of this.verified) {
      if (now - entry.at >= CACHE_TTL_MS || this.cache.get((entry.record as KeyRecord).id) !== entry) this.verified.delete(key);
    }
    if (this.used.size === 0) return;
    const uses = [...this.used];
    this.used.clear();
    try {
      this.store.touch(uses);
    } catch {
      /* last-used is best effort */
    }
  }

  close(): void {
    clearInterval(this.flushTimer);
    this.flushLastUsed();
    this.verified.clear();
  }
}
