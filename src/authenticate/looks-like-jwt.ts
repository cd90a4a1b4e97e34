/**
 * A JWT's header is base64url JSON, so every JWT starts with "eyJ" (`{"`) and has a dot; Warden's API keys start
 * with `wdn_`. A token of that start with the wrong number of parts or characters outside base64url is a malformed
 * token (answered as one by the verifier), not a malformed API key.
 */
const JWT_SHAPE = /^eyJ[^\s.]*\.\S*$/;

/**
 * Whether a presented bearer credential is a JWT (to OIDC) rather than an API key (to the key store). Kept apart from
 * the verifier so that deciding does not load jose (~7 MB resident) in gateways without OIDC.
 */
export function looksLikeJwt(token: string): boolean {
  return token.length <= 16_384 && JWT_SHAPE.test(token);
}
