const JWT_SHAPE = /^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

/**
 * Whether a presented bearer credential is a JWT (to OIDC) rather than an API key (to the key store). Kept apart from
 * the verifier so that deciding does not load jose (~7 MB resident) in gateways without OIDC.
 */
export function looksLikeJwt(token: string): boolean {
  return token.length <= 16_384 && JWT_SHAPE.test(token);
}
