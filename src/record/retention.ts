import type { JsonObject } from "../core/json.js";
import type { AuditBackend } from "./audit-backend.js";

/** How long payloads are kept (metadata and hashes are kept for good: they are the chain). */
export interface RetentionPolicy {
  /** Days to keep payloads (requests as forwarded, responses as returned); undefined keeps them forever. */
  payloadDays?: number | undefined;
  /** Days to keep originals (requests before enforcement: the most sensitive class); default `payloadDays`. */
  originalDays?: number | undefined;
  /** Per-tenant overrides. */
  tenants?: Record<string, { payloadDays?: number | undefined; originalDays?: number | undefined }>;
  /**
   * Per finding category (`pii`, `secret`, `code`...): calls with such a finding keep their payloads at most this
   * long (the shortest applicable period wins), whatever the tenant's period.
   */
  categories?: Record<string, { payloadDays?: number | undefined; originalDays?: number | undefined }>;
  /**
   * Per data class (`PII`, `PHI`, `PCI`, `SECRET`, `SOURCE_CODE`, `CONFIDENTIAL`, from the findings summary): calls
   * with findings of that class keep their payloads at most this long (the shortest applicable period wins).
   */
  dataClasses?: Record<string, { payloadDays?: number | undefined; originalDays?: number | undefined }>;
  /** Tenants under legal hold: nothing of theirs is purged. */
  legalHolds?: readonly string[];
  /**
   * How long one data key of a tenant encrypts new payloads (days); default one day, or the shortest retention period
   * above when shorter (`keyPeriodMs`). Purges destroy a key once its period is over and no stored payload needs it.
   */
  keyPeriodDays?: number | undefined;
}

export interface PurgeResult {
  field: "payload" | "original";
  /** The tenant, `*` for every tenant without an override or hold, `category:<name>` or `class:<name>`. */
  tenant: string;
  before: number;
  entries: number;
  /** Tenants a `*`, category or class run left alone (overrides, legal holds): verify checks against them. */
  except?: string[];
}

const DAY = 86_400_000;

/**
 * Tombstone every payload past its retention: the payload bytes are removed, the record (metadata, digests, hashes)
 * stays, so `verify` still passes. Returns what was purged, per field and tenant.
 */
export async function purgeExpired(backend: AuditBackend, policy: RetentionPolicy, now = Date.now()): Promise<PurgeResult[]> {
  const holds = new Set(policy.legalHolds ?? []);
  const overrides = Object.keys(policy.tenants ?? {});
  const out: PurgeResult[] = [];
  for (const field of ["payload", "original"] as const) {
    const daysOf = (o: RetentionPolicy | undefined) => (field === "payload" ? o?.payloadDays : (o?.originalDays ?? o?.payloadDays));
    for (const tenant of overrides) {
      if (holds.has(tenant)) continue;
      const own = policy.tenants?.[tenant];
      const days = daysOf({ payloadDays: own?.payloadDays ?? policy.payloadDays, originalDays: own?.originalDays ?? policy.originalDays });
      if (days === undefined) continue;
      const before = now - days * DAY;
      out.push({ field, tenant, before, entries: await backend.purgePayloads({ field, before, tenant }) });
    }
    for (const [category, own] of Object.entries(policy.categories ?? {})) {
      const days = daysOf({ payloadDays: own.payloadDays, originalDays: own.originalDays ?? own.payloadDays });
      if (days === undefined) continue;
      const before = now - days * DAY;
      out.push({ field, tenant: `category:${category}`, before, entries: await backend.purgePayloads({ field, before, category, exceptTenants: [...holds] }), except: [...holds] });
    }
    for (const [dataClass, own] of Object.entries(policy.dataClasses ?? {})) {
      const days = daysOf({ payloadDays: own.payloadDays, originalDays: own.originalDays ?? own.payloadDays });
      if (days === undefined) continue;
      const before = now - days * DAY;
      out.push({ field, tenant: `class:${dataClass}`, before, entries: await backend.purgePayloads({ field, before, dataClass, exceptTenants: [...holds] }), except: [...holds] });
    }
    const days = daysOf(policy);
    if (days === undefined) continue;
    const before = now - days * DAY;
    out.push({ field, tenant: "*", before, entries: await backend.purgePayloads({ field, before, exceptTenants: [...overrides, ...holds] }), except: [...overrides, ...holds] });
  }
  return out;
}

/** The admin-event details of a purge run. */
export function purgeDetails(results: readonly PurgeResult[]): JsonObject {
  return {
    entries: results.reduce((n, r) => n + r.entries, 0),
    runs: results.map((r) => ({ field: r.field, tenant: r.tenant, before: new Date(r.before).toISOString(), entries: r.entries, ...(r.except && r.except.length > 0 ? { except: r.except } : {}) })),
  };
}
