/** Whether a tenant may use the gateway (disabled tenants' credentials are refused); implemented by admin/. */
export interface TenantStatus {
  /** True when the tenant exists and an administrator disabled it. Must be fast: called on every call. */
  isDisabled(tenant: string): boolean;
}
