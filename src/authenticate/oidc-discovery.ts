import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";
import { WardenError } from "../core/warden-error.js";
import { isLoopbackUrl } from "./oidc-config.js";

/** A failed discovery is not retried sooner than this, so a flood of tokens does not hammer a provider that is down. */
const RETRY_AFTER_MS = 5_000;
/** Largest discovery document read (real ones are a few KB). */
const MAX_DOCUMENT_BYTES = 256 * 1024;

/**
 * The discovery document's URL for an issuer: `/.well-known/openid-configuration` appended to the issuer without its
 * trailing slash (OpenID Connect Discovery 1.0 §4.1), so `https://idp/realms/x/` and `https://idp/realms/x` both give
 * `https://idp/realms/x/.well-known/openid-configuration`.
 */
export function discoveryUrl(issuer: string): URL {
  return new URL(`${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`);
}

/** https, or plain http on a loopback host (development and tests). */
const acceptable = (u: URL) => u.protocol === "https:" || (u.protocol === "http:" && isLoopbackUrl(u));

const unavailable = (detail: string, cause?: unknown) => new WardenError("WARDEN_AUTH_JWKS_UNAVAILABLE", { detail: `discovery: ${detail}`, ...(cause === undefined ? {} : { cause }) });

/**
 * Fetch an issuer's discovery document and return its `jwks_uri`. The document's `issuer` must equal the configured
 * one exactly (§4.3: otherwise another issuer's keys could be substituted); the key set URL must be https unless
 * loopback; redirects are refused (a redirect could downgrade to plain http). Failures are WardenErrors
 * `WARDEN_AUTH_JWKS_UNAVAILABLE` (fail closed) with a log-only detail.
 */
export async function discoverJwksUri(issuer: string, timeoutMs: number): Promise<URL> {
  const url = discoveryUrl(issuer);
  if (!acceptable(url)) throw unavailable("issuer must be https (plain http only on a loopback host)");
  let text: string;
  try {
    const res = await fetch(url, { headers: { accept: "application/json" }, redirect: "error", signal: AbortSignal.timeout(timeoutMs) });
    if (res.status !== 200) {
      await res.body?.cancel();
      throw unavailable(`HTTP ${res.status} from ${url.href}`);
    }
    const declared = Number(res.headers.get("content-length") ?? 0);
    if (declared > MAX_DOCUMENT_BYTES) {
      await res.body?.cancel();
      throw unavailable("document too large");
    }
    text = await res.text();
  } catch (err) {
    if (WardenError.isInstance(err)) throw err;
    throw unavailable(`fetch ${url.href} failed`, err);
  }
  if (text.length > MAX_DOCUMENT_BYTES) throw unavailable("document too large");
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw unavailable("not JSON", err);
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw unavailable("not a JSON object");
  const { issuer: stated, jwks_uri: jwksUri } = doc as Record<string, unknown>;
  if (stated !== issuer) throw unavailable(`issuer ${JSON.stringify(stated)} is not the configured ${JSON.stringify(issuer)}`);
  if (typeof jwksUri !== "string") throw unavailable("no jwks_uri");
  let jwks: URL;
  try {
    jwks = new URL(jwksUri);
  } catch (err) {
    throw unavailable("jwks_uri is not a URL", err);
  }
  if (!acceptable(jwks)) throw unavailable("jwks_uri must be https (plain http only on a loopback host)");
  return jwks;
}

/**
 * A key set found through discovery, loaded lazily: the first token fetches the discovery document (one fetch shared
 * by concurrent tokens), then the JWKS at its `jwks_uri` is used like a configured `jwksUrl` (cached, refetched on an
 * unknown `kid`). A failed discovery refuses tokens (503) and is retried on a token at least 5 s later. The
 * document is read once per process: a provider that moves its `jwks_uri` needs a restart.
 *
 * @example
 * const keySet = discoveredKeySet({ issuer: "https://login.example.com/", timeoutMs: 5_000, remote: (u) => createRemoteJWKSet(u) });
 */
export function discoveredKeySet(opts: { issuer: string; timeoutMs: number; remote: (jwksUri: URL) => ReturnType<typeof createRemoteJWKSet> }, clock: () => number = Date.now): JWTVerifyGetKey {
  let keySet: JWTVerifyGetKey | undefined;
  let pending: Promise<JWTVerifyGetKey> | undefined;
  let failed: { at: number; error: WardenError } | undefined;
  const load = (): JWTVerifyGetKey | Promise<JWTVerifyGetKey> => {
    if (keySet) return keySet;
    if (pending) return pending;
    if (failed && clock() - failed.at < RETRY_AFTER_MS) throw failed.error;
    pending = discoverJwksUri(opts.issuer, opts.timeoutMs).then(
      (uri) => {
        keySet = opts.remote(uri);
        failed = undefined;
        pending = undefined;
        return keySet;
      },
      (err: unknown) => {
        failed = { at: clock(), error: WardenError.isInstance(err) ? err : unavailable("failed", err) };
        pending = undefined;
        throw failed.error;
      },
    );
    return pending;
  };
  return async (header, token) => (await load())(header, token);
}
