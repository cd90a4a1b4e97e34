import { readFileSync } from "node:fs";
import { nodeTls } from "../../core/node-tls.js";
import type { UpstreamTlsConfig } from "../../config/tls-config-schema.js";
import { ConfigError } from "../../core/config-error.js";

/** TLS settings for the connections to one upstream (undici `connect` options). Verification is never turned off. */
export interface UpstreamTlsOptions {
  ca?: string[];
  cert?: Buffer;
  key?: Buffer;
}

/** Certificate verification failures: the upstream is not who it should be, or its chain is not trusted. */
const CERT_ERRORS = new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_UNTRUSTED",
  "CERT_REJECTED",
  "CERT_SIGNATURE_FAILURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "HOSTNAME_MISMATCH",
  "EPROTO",
]);

/** Whether a transport error code is a TLS failure (verification, handshake, or protocol). */
export function isTlsErrorCode(code: string | undefined): boolean {
  return code !== undefined && (CERT_ERRORS.has(code) || code.startsWith("ERR_SSL_") || code.startsWith("ERR_TLS_"));
}

function readPem(file: string, path: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new ConfigError([{ path, message: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? "error"}` }], "TLS files");
  }
}

/**
 * Read a provider's `tls` files. A custom `ca` is trusted in addition to Node's bundled roots (like
 * NODE_EXTRA_CA_CERTS), so a provider behind a private CA works without losing the public ones.
 *
 * @example
 * const tls = upstreamTlsOptions("vllm", { ca: "/etc/warden/internal-ca.pem" });
 */
export function upstreamTlsOptions(provider: string, cfg: UpstreamTlsConfig | undefined): UpstreamTlsOptions | undefined {
  if (!cfg) return undefined;
  const at = `providers.${provider}.tls`;
  const out: UpstreamTlsOptions = {};
  if (cfg.ca !== undefined) out.ca = [...nodeTls.rootCertificates, readPem(cfg.ca, `${at}.ca`).toString("utf8")];
  if (cfg.cert !== undefined && cfg.key !== undefined) {
    out.cert = readPem(cfg.cert, `${at}.cert`);
    out.key = readPem(cfg.key, `${at}.key`);
  }
  return out;
}
