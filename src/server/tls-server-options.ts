import { constants, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ServerOptions as HttpsServerOptions } from "node:https";
import { nodeTls } from "../core/node-tls.js";
import type { SecureContextOptions } from "node:tls";
import type { ListenTlsConfig } from "../config/tls-config-schema.js";
import { ConfigError } from "../core/config-error.js";

const { createSecureContext } = nodeTls;

/**
 * Modern AEAD suites only, all with forward secrecy: TLS 1.3's three, and for TLS 1.2 ECDHE with AES-GCM or
 * ChaCha20-Poly1305 (no CBC, no RSA key exchange, no SHA-1 MACs). See RFC 8446 §9.1 and Mozilla's "intermediate" profile.
 */
export const TLS_CIPHERS = [
  "TLS_AES_128_GCM_SHA256",
  "TLS_AES_256_GCM_SHA384",
  "TLS_CHACHA20_POLY1305_SHA256",
  "ECDHE-ECDSA-AES128-GCM-SHA256",
  "ECDHE-RSA-AES128-GCM-SHA256",
  "ECDHE-ECDSA-AES256-GCM-SHA384",
  "ECDHE-RSA-AES256-GCM-SHA384",
  "ECDHE-ECDSA-CHACHA20-POLY1305",
  "ECDHE-RSA-CHACHA20-POLY1305",
].join(":");

/** A TLS file problem, reported like any config problem: with the config field it comes from. */
function tlsFileError(path: string, message: string): ConfigError {
  return new ConfigError([{ path, message }], "TLS files");
}

function readPem(file: string, field: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw tlsFileError(field, `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? "error"}`);
  }
}

/** The secure-context part (certificate, key, client CA): what SIGHUP reloads. Validated by building a context. */
export function loadSecureContextOptions(cfg: ListenTlsConfig, fieldPrefix = "listen.tls"): SecureContextOptions & { leaf: X509Certificate } {
  const cert = readPem(cfg.cert, `${fieldPrefix}.cert`);
  const key = readPem(cfg.key, `${fieldPrefix}.key`);
  const ca = cfg.ca !== undefined ? readPem(cfg.ca, `${fieldPrefix}.ca`) : undefined;
  const crl = cfg.crl !== undefined ? readPem(cfg.crl, `${fieldPrefix}.crl`) : undefined;
  const opts: SecureContextOptions = {
    cert,
    key,
    ...(ca ? { ca } : {}),
    // With a CRL, OpenSSL checks every client certificate against it (and refuses chains whose CA has none).
    ...(crl ? { crl } : {}),
    minVersion: cfg.minVersion,
    ciphers: TLS_CIPHERS,
    honorCipherOrder: true,
    // No TLS 1.2 renegotiation (a CPU-exhaustion lever for clients, and never needed by HTTP/1.1 API clients).
    secureOptions: constants.SSL_OP_NO_RENEGOTIATION,
  };
  let leaf: X509Certificate;
  try {
    leaf = new X509Certificate(cert);
  } catch {
    throw tlsFileError(`${fieldPrefix}.cert`, `${cfg.cert} is not a PEM certificate`);
  }
  try {
    // Catches a key that does not match the certificate, unreadable PEM and an unusable CA bundle or CRL.
    createSecureContext(opts);
  } catch (err) {
    const reason = (err as Error).message.replace(/^error:[0-9A-F]+:/i, "").slice(0, 200);
    throw tlsFileError(fieldPrefix, `the certificate, key, CA or CRL cannot be used: ${reason}`);
  }
  return { ...opts, leaf };
}

/** Everything the HTTPS server is created with: the secure context plus the client-certificate request. */
export function httpsServerOptions(cfg: ListenTlsConfig): HttpsServerOptions {
  const { leaf: _leaf, ...context } = loadSecureContextOptions(cfg);
  return {
    ...context,
    // `optional`: ask, but let the handshake finish either way; an unverified certificate is refused per request.
    requestCert: cfg.clientAuth !== "none",
    rejectUnauthorized: cfg.clientAuth === "required",
    ALPNProtocols: ["http/1.1"],
    // A handshake left half-done holds a socket: 10 s instead of Node's 120 s default.
    handshakeTimeout: 10_000,
  };
}
