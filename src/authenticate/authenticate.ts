import type { IncomingHttpHeaders } from "node:http";
import type { Principal } from "../core/principal.js";
import { WardenError } from "../core/warden-error.js";
import { hashApiKey, hashesEqual, parseApiKey } from "./api-key.js";
import type { KeyRecord, KeyStore } from "./key-store.js";

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

/**
 * Resolves API keys to principals. Records are cached for a second, so a revocation made by another process
 * takes effect within that time (and at once in this process).
 */
export class Authenticator {
  private readonly cache = new Map<string, { record: KeyRecord | undefined; at: number }>();
  private readonly used = new Set<string>();
  private readonly flushTimer: NodeJS.Timeout;

  constructor(private readonly store: KeyStore) {
    this.flushTimer = setInterval(() => this.flushLastUsed(), 30_000);
    this.flushTimer.unref();
  }

  authenticate(headers: IncomingHttpHeaders, now = Date.now()): Principal {
    const key = presentedKey(headers);
    if (key === undefined) throw new WardenError("WARDEN_AUTH_MISSING_KEY");
    const parsed = parseApiKey(key);
    const record = parsed ? this.lookup(parsed.id, now) : undefined;
    // Compare against a dummy hash when there is no record, so timing does not reveal which ids exist.
    const ok = hashesEqual(hashApiKey(key), record?.hash ?? DUMMY_HASH) && record !== undefined;
    if (!ok || !record) throw new WardenError("WARDEN_AUTH_INVALID_KEY");
    if (record.revokedAt !== null) throw new WardenError("WARDEN_AUTH_REVOKED_KEY");
    if (record.expiresAt !== null && record.expiresAt <= now) throw new WardenError("WARDEN_AUTH_EXPIRED_KEY");
    this.used.add(record.id);
    return { keyId: record.id, tenant: record.tenant, app: record.app, roles: record.roles };
  }

  /** Forget a cached record (after revoking it in this process). */
  invalidate(id: string): void {
    this.cache.delete(id);
  }

  private lookup(id: string, now: number): KeyRecord | undefined {
    const hit = this.cache.get(id);
    if (hit && now - hit.at < CACHE_TTL_MS) return hit.record;
    const record = this.store.get(id);
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(id, { record, at: now });
    return record;
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
