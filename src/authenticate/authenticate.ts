import type { IncomingHttpHeaders } from "node:http";
import type { Principal } from "../core/principal.js";
import { WardenError } from "../core/warden-error.js";
import { API_KEY_PATTERN, checksumValid, hashApiKey, hashesEqual } from "./api-key.js";
import type { KeyRecord, KeyStore } from "./key-store.js";
import { compileSourceAllowlist } from "./source-allowlist.js";

const CACHE_TTL_MS = 1_000;
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
 */
export class Authenticator {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly used = new Set<string>();
  private readonly flushTimer: NodeJS.Timeout;

  constructor(private readonly store: KeyStore) {
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
    // Not shaped like a Warden key at all (another vendor's key, a JWT, garbage): malformed. A key of the right
    // shape whose checksum fails (a typo, a forgery) is invalid, like an unknown one.
    const shape = API_KEY_PATTERN.exec(key);
    if (!shape) throw new WardenError("WARDEN_AUTH_MALFORMED_KEY");
    const entry = checksumValid(key) ? this.lookup(shape[1] as string, now) : undefined;
    const record = entry?.record;
    // Compare against a dummy hash when there is no record, so timing does not reveal which ids exist.
    const ok = hashesEqual(hashApiKey(key), record?.hash ?? DUMMY_HASH) && record !== undefined;
    if (!ok || !record || !entry?.principal) throw new WardenError("WARDEN_AUTH_INVALID_KEY");
    if (record.revokedAt !== null) throw new WardenError("WARDEN_AUTH_REVOKED_KEY");
    if (record.expiresAt !== null && record.expiresAt <= now) throw new WardenError("WARDEN_AUTH_EXPIRED_KEY");
    if (entry.sourceAllowed && !entry.sourceAllowed(remoteAddress)) {
      throw new WardenError("WARDEN_AUTH_SOURCE_NOT_ALLOWED", { detail: `source ${remoteAddress ?? "unknown"} not in the key's allowlist` });
    }
    this.used.add(record.id);
    return entry.principal;
  }

  /** Forget a cached record (after it was revoked or rotated, here or on another replica). */
  invalidate(id: string): void {
    this.cache.delete(id);
  }

  /** Forget every cached record (e.g. when the revocation channel reconnects and may have missed messages). */
  invalidateAll(): void {
    this.cache.clear();
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
    if (this.used.size === 0) return;
    const ids = [...this.used];
    this.used.clear();
    try {
      this.store.touch(ids, Date.now());
    } catch {
      /* last-used is best effort */
    }
  }

  close(): void {
    clearInterval(this.flushTimer);
    this.flushLastUsed();
  }
}
