import type { IncomingMessage } from "node:http";
import { presentedKey } from "../authenticate/authenticate.js";
import { looksLikeJwt } from "../authenticate/looks-like-jwt.js";
import type { Principal } from "../core/principal.js";
import { WardenError } from "../core/warden-error.js";
import type { AdminDeps } from "./admin-route.js";

/**
 * Who calls the admin API: `Authorization: Bearer <JWT>` goes to OIDC (when configured), a `wdn_` key to the key
 * store. With mTLS configured, the client-certificate rules apply as on model traffic (`certificate-and-key`: a
 * mapped certificate of the same tenant is needed as well). A disabled tenant's credentials are refused (global
 * admins' too: re-enable it with another admin).
 */
export async function authenticateAdmin(
  req: IncomingMessage,
  deps: Pick<AdminDeps, "authenticator" | "oidc" | "tenants" | "certificates" | "clientCertificate">,
  /** The caller's address (after `server.trustedProxies`), checked against a key's source allowlist. */
  client: string | undefined = req.socket.remoteAddress,
): Promise<Principal> {
  const presented = presentedKey(req.headers);
  const certs = deps.certificates;
  const cert = deps.clientCertificate?.(req);
  let principal: Principal;
  if (presented !== undefined && looksLikeJwt(presented)) {
    if (!deps.oidc) throw new WardenError("WARDEN_AUTH_TOKEN_NOT_ACCEPTED");
    const byToken = await deps.oidc.verify(presented);
    principal = certs ? certs.authenticate(cert, () => byToken) : byToken;
  } else {
    const byKey = () => deps.authenticator.authenticate(req.headers, Date.now(), client);
    principal = certs ? certs.authenticate(cert, byKey) : byKey();
  }
  if (principal.tenant !== "" && deps.tenants.isDisabled(principal.tenant)) throw new WardenError("WARDEN_AUTH_TENANT_DISABLED");
  return principal;
}
