import type { TenantStatus } from "../core/tenant-status.js";

/** Tenant ids and app names, as everything that names one checks them (src/core/tenant-id.ts). */
export { APP_ID, TENANT_ID } from "../core/tenant-id.js";

export interface TenantRecord {
  id: string;
  name: string | null;
  createdAt: number;
  updatedAt: number;
  /** When an administrator disabled it (its credentials are refused), or null. */
  disabledAt: number | null;
}

/** Called with a tenant's id after it changed; `remote` when another process changed it (learned from the store). */
export type TenantChangeListener = (tenant: string, remote: boolean) => void;

/**
 * Tenants made or changed through the admin API. Synchronous like the key store (`isDisabled` is on every call);
 * a store whose database is remote answers from memory and writes through, and `flush` is the barrier the admin API
 * awaits. Implementations: `sqlite-tenant-store.ts` (default, `<dataDir>/warden.db`), `postgres-tenant-store.ts`
 * (`keys.store: postgres`, beside the keys).
 */
export interface TenantStore extends TenantStatus {
  readonly kind: "sqlite" | "postgres";
  get(id: string): TenantRecord | undefined;
  /** Every tenant, by id. */
  list(): TenantRecord[];
  /** Create a tenant; undefined when one with this id exists. */
  create(input: { id: string; name?: string | undefined }, now?: number): TenantRecord | undefined;
  /** Change a tenant's name or disabled state; undefined when it does not exist. */
  update(id: string, patch: { name?: string | null | undefined; disabled?: boolean | undefined }, now?: number): TenantRecord | undefined;
  onChange(listener: TenantChangeListener): () => void;
  /** Forget cached state of one tenant (changed by another replica and announced some other way), or of all. */
  invalidate(tenant?: string): void;
  /** Resolves once every change made so far is stored; rejects with the first write that failed since the last flush. */
  flush(): Promise<void>;
  close(): void | Promise<void>;
}
