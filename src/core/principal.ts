/** Who is calling: resolved from an API key (or, later, an OIDC token). */
export type Role = "app" | "operator" | "auditor" | "admin";

/** Every role (`app`: model traffic; `operator`, `auditor`: their tenant; `admin`: global, crosses tenants). */
export const ALL_ROLES: readonly Role[] = ["app", "operator", "auditor", "admin"];

/** Per-key limit overrides (counted over the configured window; see docs/keys-and-limits.md). */
export interface KeyLimits {
  /** Requests per window. */
  rpm?: number;
  /** Tokens (input + output) per window. */
  tpm?: number;
  /** Calls in flight at once. */
  concurrency?: number;
}

export interface Principal {
  keyId: string;
  tenant: string;
  app: string;
  roles: readonly Role[];
  /** How the caller proved who it is (absent: an API key). */
  via?: "key" | "oidc" | "mtls";
  /** The person or workload behind the credential (the token's `sub` for OIDC). */
  subject?: string;
  /** Model globs this key may request; absent means any model. */
  models?: readonly string[];
  /** Per-key limits that override the configured defaults. */
  limits?: KeyLimits;
}
