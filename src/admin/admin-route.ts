import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import type { Logger } from "pino";
import type { Authenticator } from "../authenticate/authenticate.js";
import type { CertificateAuthenticator } from "../authenticate/client-certificate.js";
import type { KeyStore } from "../authenticate/key-store.js";
import type { OidcVerifier } from "../authenticate/oidc-verifier.js";
import type { ClientCertificate } from "../core/client-certificate.js";
import type { JsonObject } from "../core/json.js";
import type { Principal, Role } from "../core/principal.js";
import type { AuditLog } from "../record/audit-log.js";
import type { RejectedCall } from "../record/recorder.js";
import type { PolicyAdmin } from "./policy-admin.js";
import type { TenantStore } from "./tenant-store.js";

/** What the admin API works on (assembled by gateway.ts). */
export interface AdminDeps {
  keys: KeyStore;
  authenticator: Pick<Authenticator, "authenticate" | "invalidate">;
  tenants: TenantStore;
  /** OIDC bearer tokens for people; absent: only API keys. */
  oidc?: OidcVerifier | undefined;
  /** Policies (absent when the gateway runs a guard other than the policy guard). */
  policy?: PolicyAdmin | undefined;
  /**
   * The shared token vault's tenant erasure (`vault.backend` redis or sql); absent when mappings stay in memory or the
   * gateway runs a guard other than the policy guard.
   */
  vault?: { eraseTenant(tenant: string): Promise<{ keys: number; mappings: number }> } | undefined;
  /** The audit log (absent when auditing is off: admin events are then only logged). */
  audit?: AuditLog | undefined;
  /**
   * Where requests that fail authentication are recorded, when the recorder offers it: flood-limited (a storm of
   * anonymous requests becomes counts, not one entry each). Without it, they are admin events like the rest.
   */
  rejected?: ((call: RejectedCall) => Promise<void>) | undefined;
  logger: Logger;
  /** Largest request body accepted, in bytes. */
  bodyLimit: number;
  /** Source networks allowed to reach the admin API (`admin.allowFrom`); absent: any. */
  allowFrom?: readonly string[] | undefined;
  /** mTLS (`listen.tls.clientAuth`): the client-certificate rules that also apply to model traffic (docs/tls.md). */
  certificates?: CertificateAuthenticator | undefined;
  /** The verified client certificate on a request's connection, when it presented one. */
  clientCertificate?: ((req: IncomingMessage) => ClientCertificate | undefined) | undefined;
  /** The caller's address (`server.trustedProxies`); absent: the TCP peer. */
  clientAddress?: ((req: IncomingMessage) => string | undefined) | undefined;
  /** The configured per-key limits (`limits.key`): a non-admin cannot give a key more than these. */
  keyLimits?: { rpm?: number | undefined; tpm?: number | undefined; concurrency?: number | undefined } | undefined;
}

/** One admin request as a handler sees it. */
export interface AdminContext {
  deps: AdminDeps;
  principal: Principal;
  requestId: string;
  headers: IncomingHttpHeaders;
  /** Path parameters (`:tenant`, `:id`...), percent-decoded. */
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  /** The JSON object body (content type, size, UTF-8 and JSON checked). */
  body(): Promise<JsonObject>;
  /** Add fields to the audit event of this action (never key text, secrets or raw values). */
  note(details: JsonObject): void;
  /**
   * Call right before changing anything (after validation): records the intent (`admin.<action>.begin`) and throws
   * `WARDEN_AUDIT_UNAVAILABLE` when the store cannot take it, so a change never happens unrecorded. Idempotent.
   */
  changing(): Promise<void>;
}

/** A handler's answer: JSON, or text (exports) with its content type and any headers of its own. */
export type AdminResult = { status: number; json: JsonObject } | { status: number; text: string; contentType: string; headers?: Record<string, string> };

export interface AdminRoute {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path pattern under the API root: `/admin/v1/tenants/:tenant/keys/:id`. */
  path: string;
  /** Audit event name (recorded as `admin.<action>`), e.g. `keys.create`. */
  action: string;
  /** Roles allowed to call it (any one suffices). Tenant-scoped routes further limit non-admins to their tenant. */
  roles: readonly Role[];
  /** The handler reads query parameters (and validates them itself); other routes refuse any. */
  query?: true;
  handle(ctx: AdminContext): Promise<AdminResult>;
}

/** JSON result helper. */
export const ok = (json: JsonObject, status = 200): AdminResult => ({ status, json });
