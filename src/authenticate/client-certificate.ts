import type { ClientCertificate } from "../core/client-certificate.js";
import type { Principal, Role } from "../core/principal.js";
import { WardenError } from "../core/warden-error.js";

/** One configured mapping (`listen.tls.clientPrincipals[]`): every field of `match` that is set must match. */
export interface CertificateMapping {
  match: { subjectCN?: string | undefined; sanUri?: string | undefined; sanDns?: string | undefined; fingerprint256?: string | undefined };
  tenant: string;
  app: string;
  roles: readonly Role[];
}

export interface CertificateAuthOptions {
  /** `certificate-or-key`: a mapped certificate, else an API key; `certificate-and-key`: both, same tenant. */
  authentication: "certificate-or-key" | "certificate-and-key";
  mappings: readonly CertificateMapping[];
}

/** OpenSSL verification results that mean "outside its validity period" rather than "not trusted". */
const VALIDITY_ERRORS = new Set(["CERT_HAS_EXPIRED", "CERT_NOT_YET_VALID"]);

const normalizeFingerprint = (f: string): string => f.replace(/:/g, "").toLowerCase();

/** Whether a certificate shows everything a mapping asks for. */
export function certificateMatches(cert: ClientCertificate, match: CertificateMapping["match"]): boolean {
  // Exactly one common name: a subject with several is ambiguous (which one did the CA vouch for?), so it never
  // matches a subjectCN mapping, whichever of its names is asked for (fail closed).
  if (match.subjectCN !== undefined && !(cert.subjectCN.length === 1 && cert.subjectCN[0] === match.subjectCN)) return false;
  if (match.sanUri !== undefined && !cert.sanUris.includes(match.sanUri)) return false;
  if (match.sanDns !== undefined && !cert.sanDns.includes(match.sanDns.toLowerCase())) return false;
  if (match.fingerprint256 !== undefined && normalizeFingerprint(match.fingerprint256) !== cert.fingerprint256) return false;
  return true;
}

/**
 * Authenticates callers by their verified TLS client certificate (mTLS), alone or together with an API key.
 * An unverified certificate is never ignored: it fails the call (fail closed), even where a key alone would do.
 *
 * @example
 * const certs = new CertificateAuthenticator({ authentication: "certificate-or-key", mappings });
 * const principal = certs.authenticate(exchange.clientCertificate, () => keys.authenticate(headers));
 */
export class CertificateAuthenticator {
  constructor(private readonly opts: CertificateAuthOptions) {}

  /** The principal a certificate maps to (first matching mapping), if any. */
  principalFor(cert: ClientCertificate): Principal | undefined {
    if (!cert.authorized) return undefined;
    const m = this.opts.mappings.find((mapping) => certificateMatches(cert, mapping.match));
    if (!m) return undefined;
    return { keyId: `cert:${cert.fingerprint256.slice(0, 16)}`, tenant: m.tenant, app: m.app, roles: m.roles, via: "mtls", subject: cert.subjectCN[0] ?? cert.sanUris[0] ?? cert.sanDns[0] ?? cert.fingerprint256 };
  }

  /** Resolve the caller: `byKey` authenticates the API key (it throws the usual key errors). */
  authenticate(cert: ClientCertificate | undefined, byKey: () => Principal): Principal {
    if (cert && !cert.authorized) {
      const reason = cert.authorizationError ?? "unverified";
      const code = reason === "CERT_REVOKED" ? "WARDEN_AUTH_CERT_REVOKED" : VALIDITY_ERRORS.has(reason) ? "WARDEN_AUTH_CERT_EXPIRED" : "WARDEN_AUTH_CERT_INVALID";
      throw new WardenError(code, { detail: reason });
    }
    const mapped = cert ? this.principalFor(cert) : undefined;
    if (this.opts.authentication === "certificate-or-key") return mapped ?? byKey();
    if (!cert) throw new WardenError("WARDEN_AUTH_CERT_REQUIRED");
    if (!mapped) throw new WardenError("WARDEN_AUTH_CERT_UNMAPPED", { detail: `fingerprint ${cert.fingerprint256}` });
    const keyed = byKey();
    if (keyed.tenant !== mapped.tenant) throw new WardenError("WARDEN_AUTH_CERT_MISMATCH");
    return { ...keyed, subject: mapped.subject ?? keyed.subject ?? "" };
  }
}
