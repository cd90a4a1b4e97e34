/** Who is calling: resolved from an API key (or, later, an OIDC token). */
export type Role = "app" | "operator" | "auditor" | "admin";

export interface Principal {
  keyId: string;
  tenant: string;
  app: string;
  roles: readonly Role[];
}
