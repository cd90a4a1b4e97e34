import { readFileSync, statSync } from "node:fs";
import { createLocalJWKSet, createRemoteJWKSet, type CryptoKey, decodeJwt, decodeProtectedHeader, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey, type JWTVerifyOptions, jwtVerify } from "jose";
import type { ErrorCode } from "../core/error-codes.js";
import type { Principal } from "../core/principal.js";
import { WardenError } from "../core/warden-error.js";
import { principalFromClaims } from "./oidc-claims.js";
import type { OidcConfig } from "./oidc-config.js";
import { discoveredKeySet } from "./oidc-discovery.js";

/** Three base64url segments, the first a JSON object (`eyJ` is base64url of `{"`). Warden keys start with `wdn_`. */
export { looksLikeJwt } from "./looks-like-jwt.js";

/** jose's error codes → Warden's documented ones (claim failures are told apart by the claim jose names). */
function mapJoseError(err: unknown): WardenError {
  if (WardenError.isInstance(err)) return err;
  const e = err as { code?: unknown; claim?: unknown; name?: unknown };
  const code: ErrorCode = (() => {
    switch (e.code) {
      case "ERR_JWT_EXPIRED":
        return "WARDEN_AUTH_TOKEN_EXPIRED";
      case "ERR_JWT_CLAIM_VALIDATION_FAILED":
        if (e.claim === "iss") return "WARDEN_AUTH_TOKEN_ISSUER";
        if (e.claim === "aud") return "WARDEN_AUTH_TOKEN_AUDIENCE";
        if (e.claim === "nbf" || e.claim === "iat") return "WARDEN_AUTH_TOKEN_NOT_YET_VALID";
        // no expiry, or not a number: a token without a valid lifetime is treated as expired (documented)
        if (e.claim === "exp") return "WARDEN_AUTH_TOKEN_EXPIRED";
        return "WARDEN_AUTH_TOKEN_CLAIMS";
      case "ERR_JOSE_ALG_NOT_ALLOWED":
      case "ERR_JOSE_NOT_SUPPORTED":
        return "WARDEN_AUTH_TOKEN_ALGORITHM";
      case "ERR_JWKS_NO_MATCHING_KEY":
      case "ERR_JWKS_MULTIPLE_MATCHING_KEYS":
        return "WARDEN_AUTH_TOKEN_UNKNOWN_KEY";
      case "ERR_JWS_SIGNATURE_VERIFICATION_FAILED":
        return "WARDEN_AUTH_TOKEN_SIGNATURE";
      case "ERR_JWS_INVALID":
      case "ERR_JWT_INVALID":
        return "WARDEN_AUTH_TOKEN_MALFORMED";
      default:
        // Fetch failures, timeouts, a key set that is not a JWKS: the token cannot be checked (fail closed).
        return "WARDEN_AUTH_JWKS_UNAVAILABLE";
    }
  })();
  return new WardenError(code, { cause: err, detail: typeof e.code === "string" ? e.code : String(e.name ?? "error") });
}

/** A local JWKS file, re-read (at most once a second) when its size or mtime changes. */
function fileKeySet(file: string): JWTVerifyGetKey {
  let stamp = "";
  let checkedAt = 0;
  let keySet: JWTVerifyGetKey | undefined;
  const load = () => {
    const now = Date.now();
    if (keySet && now - checkedAt < 1_000) return keySet;
    checkedAt = now;
    try {
      const st = statSync(file);
      const s = `${st.size}:${st.mtimeMs}`;
      if (!keySet || s !== stamp) {
        keySet = createLocalJWKSet(JSON.parse(readFileSync(file, "utf8")) as JSONWebKeySet);
        stamp = s;
      }
    } catch (err) {
      // A broken rewrite keeps the last good key set; with none, tokens cannot be checked.
      if (!keySet) throw new WardenError("WARDEN_AUTH_JWKS_UNAVAILABLE", { cause: err, detail: `jwksFile ${file}` });
    }
    return keySet;
  };
  return (header, token) => load()(header, token);
}

/**
 * Verifies OIDC / JWT bearer tokens: signature against the provider's JWKS (remote with caching, or a file), an
 * allowed asymmetric algorithm, `iss`, `aud`, `exp` and `nbf` (with a small clock tolerance), then maps the claims to
 * a principal. Every failure is a WardenError with its own code.
 *
 * @example
 * const v = new OidcVerifier(config.oidc);
 * const principal = await v.verify(token);
 */
export class OidcVerifier {
  private readonly keySet: JWTVerifyGetKey;

  constructor(private readonly cfg: OidcConfig) {
    const remote = (url: URL) =>
      createRemoteJWKSet(url, {
        cacheMaxAge: cfg.jwksCacheSeconds * 1_000,
        timeoutDuration: cfg.jwksTimeoutMs,
        // An unknown kid refetches the set at most this often (key rotation at the provider), not on every token.
        cooldownDuration: 30_000,
      });
    if (cfg.jwksFile) this.keySet = fileKeySet(cfg.jwksFile);
    else if (cfg.jwksUrl) this.keySet = remote(new URL(cfg.jwksUrl));
    // Neither: OpenID Connect discovery from the issuer, on the first token.
    else this.keySet = discoveredKeySet({ issuer: cfg.issuer, timeoutMs: cfg.jwksTimeoutMs, remote });
  }

  /** Whether tokens may also be used for model traffic (`oidc.modelTraffic`). */
  get modelTraffic(): boolean {
    return this.cfg.modelTraffic;
  }

  async verify(token: string, now = Date.now()): Promise<Principal> {
    let alg: unknown;
    let crit: unknown;
    try {
      ({ alg, crit } = decodeProtectedHeader(token));
    } catch (err) {
      throw new WardenError("WARDEN_AUTH_TOKEN_MALFORMED", { cause: err });
    }
    // Warden understands no JWS extension: a token that makes one critical cannot be processed (RFC 7515 §4.1.11).
    if (crit !== undefined) throw new WardenError("WARDEN_AUTH_TOKEN_MALFORMED", { detail: "crit header" });
    // the shape is checked before the signature (documented order): three parts, a JSON object as payload
    try {
      decodeJwt(token);
    } catch (err) {
      throw new WardenError("WARDEN_AUTH_TOKEN_MALFORMED", { cause: err });
    }
    // Checked before any key lookup: `none` and HS* never get near a key (RFC 8725 §3.1).
    if (typeof alg !== "string" || !(this.cfg.algorithms as readonly string[]).includes(alg)) {
      throw new WardenError("WARDEN_AUTH_TOKEN_ALGORITHM", { detail: `alg ${String(alg)}` });
    }
    const options: JWTVerifyOptions = {
      issuer: this.cfg.issuer,
      audience: this.cfg.audience,
      algorithms: [...this.cfg.algorithms],
      clockTolerance: this.cfg.clockToleranceSeconds,
      currentDate: new Date(now),
      requiredClaims: ["exp"],
    };
    try {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, this.keySet, options));
      } catch (err) {
        const candidates = multipleMatches(err);
        if (!candidates) throw err;
        payload = await verifyWithAny(token, candidates, options);
      }
      return principalFromClaims(payload as Record<string, unknown>, this.cfg);
    } catch (err) {
      throw mapJoseError(err);
    }
  }
}

/** Candidate keys tried for one token without a `kid` (a provider mid-rotation publishes two or three). */
const MAX_CANDIDATES = 8;

/**
 * The keys jose found for a token that names no `kid` when the set holds several of its type (jose reports
 * ERR_JWKS_MULTIPLE_MATCHING_KEYS with the candidates as an async iterable, and leaves trying them to the caller).
 */
function multipleMatches(err: unknown): AsyncIterable<CryptoKey> | undefined {
  const e = err as { code?: unknown; [Symbol.asyncIterator]?: unknown } | null;
  if (e === null || typeof e !== "object" || e.code !== "ERR_JWKS_MULTIPLE_MATCHING_KEYS" || typeof e[Symbol.asyncIterator] !== "function") return undefined;
  return e as AsyncIterable<CryptoKey>;
}

/**
 * RFC 7515 §4.1.4 makes `kid` optional: with several candidate keys, the token is checked against each until one
 * signature verifies. Only a signature failure moves on to the next key; any later failure (expiry, issuer,
 * audience) is the token's own and is final. None verifying is a signature failure.
 */
async function verifyWithAny(token: string, candidates: AsyncIterable<CryptoKey>, options: JWTVerifyOptions): Promise<JWTPayload> {
  let tried = 0;
  for await (const key of candidates) {
    if (++tried > MAX_CANDIDATES) break;
    try {
      return (await jwtVerify(token, key, options)).payload;
    } catch (err) {
      if ((err as { code?: unknown }).code !== "ERR_JWS_SIGNATURE_VERIFICATION_FAILED") throw err;
    }
  }
  throw new WardenError("WARDEN_AUTH_TOKEN_SIGNATURE", { detail: `no key of ${tried} candidates verified a token without kid` });
}
