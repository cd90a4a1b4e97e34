/** Whether a tenant may use the gateway (disabled tenants' credentials are refused); implemented by admin/. */
export interface TenantStatus {
  /**
   * True when the tenant exists and an administrator disabled it. Must be fast: called on every call. May throw a
   * WardenError (`WARDEN_AUTH_STORE_STALE`) when the answer cannot be vouched for: the caller is then refused.
   */
  isDisabled(tenant: string): boolean;
}
