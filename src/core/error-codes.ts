/**
 * The catalog of stable error codes, grouped by area. Callers switch on `code`, never on message text.
 * Each code has its HTTP status and the OpenAI/Anthropic error `type` it maps to.
 */
export interface ErrorCodeSpec {
  status: number;
  /** OpenAI error `type` */
  openaiType: string;
  /** Anthropic error `type` */
  anthropicType: string;
  /** Message safe to show a client. */
  message: string;
}

const spec = (status: number, openaiType: string, anthropicType: string, message: string): ErrorCodeSpec => ({
  status,
  openaiType,
  anthropicType,
  message,
});

export const ERROR_CODES = {
  // request parsing
  WARDEN_REQUEST_INVALID_JSON: spec(400, "invalid_request_error", "invalid_request_error", "The request body is not valid JSON."),
  WARDEN_REQUEST_INVALID_UTF8: spec(400, "invalid_request_error", "invalid_request_error", "The request body is not valid UTF-8."),
  WARDEN_REQUEST_CONTENT_TYPE: spec(415, "invalid_request_error", "invalid_request_error", "The request body must be application/json."),
  WARDEN_REQUEST_TOO_LARGE: spec(413, "invalid_request_error", "request_too_large", "The request body is larger than the gateway accepts."),
  WARDEN_REQUEST_INVALID: spec(400, "invalid_request_error", "invalid_request_error", "The request is not valid for this endpoint."),
  WARDEN_REQUEST_NOT_FOUND: spec(404, "invalid_request_error", "not_found_error", "No such endpoint."),
  WARDEN_REQUEST_METHOD: spec(405, "invalid_request_error", "invalid_request_error", "Method not allowed for this endpoint."),
  WARDEN_REQUEST_ABORTED: spec(499, "invalid_request_error", "invalid_request_error", "The client closed the request."),
  WARDEN_REQUEST_MODEL_REJECTED: spec(400, "invalid_request_error", "invalid_request_error", "The model name holds a value the gateway protects (a key or personal data); it was not forwarded or logged."),
  WARDEN_REQUEST_FIELD_REJECTED: spec(400, "invalid_request_error", "invalid_request_error", "A tool name, call id, object key, stop sequence or other structural field holds a value the gateway protects (a key or personal data); the request was not forwarded."),
  WARDEN_REQUEST_MALFORMED: spec(400, "invalid_request_error", "invalid_request_error", "The request is not valid HTTP."),
  // authentication and access
  WARDEN_AUTH_MISSING_KEY: spec(401, "invalid_request_error", "authentication_error", "Missing API key. Send it as 'Authorization: Bearer <key>' or 'x-api-key: <key>'."),
  WARDEN_AUTH_INVALID_KEY: spec(401, "invalid_request_error", "authentication_error", "Invalid API key."),
  WARDEN_AUTH_MALFORMED_KEY: spec(401, "invalid_request_error", "authentication_error", "The API key is not a well-formed Warden key (wdn_...)."),
  WARDEN_AUTH_REVOKED_KEY: spec(401, "invalid_request_error", "authentication_error", "This API key has been revoked."),
  WARDEN_AUTH_EXPIRED_KEY: spec(401, "invalid_request_error", "authentication_error", "This API key has expired."),
  WARDEN_AUTH_FORBIDDEN: spec(403, "permission_error", "permission_error", "This key is not allowed to perform this action."),
  WARDEN_AUTH_CERT_INVALID: spec(401, "invalid_request_error", "authentication_error", "The client certificate could not be verified."),
  WARDEN_AUTH_CERT_EXPIRED: spec(401, "invalid_request_error", "authentication_error", "The client certificate has expired or is not yet valid."),
  WARDEN_AUTH_CERT_REVOKED: spec(401, "invalid_request_error", "authentication_error", "The client certificate has been revoked."),
  WARDEN_AUTH_CERT_REQUIRED: spec(401, "invalid_request_error", "authentication_error", "A verified client certificate is required."),
  WARDEN_AUTH_CERT_UNMAPPED: spec(403, "permission_error", "permission_error", "The client certificate is not mapped to any principal."),
  WARDEN_AUTH_CERT_MISMATCH: spec(403, "permission_error", "permission_error", "The API key does not belong to the client certificate's tenant."),
  WARDEN_AUTH_MODEL_NOT_ALLOWED: spec(403, "permission_error", "permission_error", "This key is not allowed to use this model."),
  WARDEN_AUTH_SOURCE_NOT_ALLOWED: spec(403, "permission_error", "permission_error", "This key may not be used from this network address."),
  WARDEN_AUTH_TENANT_DISABLED: spec(403, "permission_error", "permission_error", "This tenant is disabled."),
  WARDEN_AUTH_ROLE_REQUIRED: spec(403, "permission_error", "permission_error", "This credential has no role that allows this kind of call."),
  // OIDC / JWT bearer tokens (docs/admin-api.md)
  WARDEN_AUTH_TOKEN_MALFORMED: spec(401, "invalid_request_error", "authentication_error", "The bearer token is not a well-formed signed JWT."),
  WARDEN_AUTH_TOKEN_NOT_ACCEPTED: spec(401, "invalid_request_error", "authentication_error", "Bearer tokens (JWT) are not accepted here; use an API key."),
  WARDEN_AUTH_TOKEN_ALGORITHM: spec(401, "invalid_request_error", "authentication_error", "The token's signing algorithm is not allowed."),
  WARDEN_AUTH_TOKEN_UNKNOWN_KEY: spec(401, "invalid_request_error", "authentication_error", "The token is signed with a key the issuer's key set does not contain."),
  WARDEN_AUTH_TOKEN_SIGNATURE: spec(401, "invalid_request_error", "authentication_error", "The token's signature is invalid."),
  WARDEN_AUTH_TOKEN_EXPIRED: spec(401, "invalid_request_error", "authentication_error", "The token has expired."),
  WARDEN_AUTH_TOKEN_NOT_YET_VALID: spec(401, "invalid_request_error", "authentication_error", "The token is not valid yet."),
  WARDEN_AUTH_TOKEN_ISSUER: spec(401, "invalid_request_error", "authentication_error", "The token was issued by an issuer Warden does not trust."),
  WARDEN_AUTH_TOKEN_AUDIENCE: spec(401, "invalid_request_error", "authentication_error", "The token is not meant for this audience."),
  WARDEN_AUTH_TOKEN_CLAIMS: spec(401, "invalid_request_error", "authentication_error", "The token lacks a required claim (subject, tenant or a mapped role)."),
  WARDEN_AUTH_STORE_STALE: spec(503, "api_error", "api_error", "The gateway has been out of touch with its key store for too long to vouch for this credential; the request was refused (fail-closed). Retry shortly."),
  WARDEN_AUTH_JWKS_UNAVAILABLE: spec(503, "api_error", "api_error", "The identity provider's key set could not be loaded; the token cannot be checked."),
  // admin API (docs/admin-api.md)
  WARDEN_ADMIN_FORBIDDEN: spec(403, "permission_error", "permission_error", "Your roles do not allow this action."),
  WARDEN_ADMIN_NOT_FOUND: spec(404, "invalid_request_error", "not_found_error", "No such resource."),
  WARDEN_ADMIN_INVALID_BODY: spec(400, "invalid_request_error", "invalid_request_error", "The request body is not valid for this action."),
  WARDEN_ADMIN_INVALID_QUERY: spec(400, "invalid_request_error", "invalid_request_error", "The query parameters are not valid for this action."),
  WARDEN_ADMIN_INVALID_POLICY: spec(400, "invalid_request_error", "invalid_request_error", "The policy is not valid."),
  WARDEN_ADMIN_CONFLICT: spec(409, "invalid_request_error", "invalid_request_error", "The resource already exists or is in a state that does not allow this action."),
  WARDEN_ADMIN_UNAVAILABLE: spec(503, "api_error", "api_error", "This part of the admin API is not enabled on this gateway."),
  WARDEN_ADMIN_VAULT_NOT_SHARED: spec(409, "invalid_request_error", "invalid_request_error", "The token vault keeps its mappings in this process's memory only: there is no stored vault data to erase."),
  WARDEN_ADMIN_STORE: spec(503, "api_error", "api_error", "The key or tenant store could not save the change; nothing was changed."),
  // limits
  WARDEN_LIMIT_RATE: spec(429, "rate_limit_error", "rate_limit_error", "Rate limit exceeded."),
  WARDEN_LIMIT_CONCURRENCY: spec(429, "rate_limit_error", "rate_limit_error", "Too many concurrent requests."),
  WARDEN_LIMIT_TOKENS: spec(429, "rate_limit_error", "rate_limit_error", "Token quota exceeded."),
  WARDEN_LIMIT_TOKENS_TOO_LARGE: spec(429, "rate_limit_error", "rate_limit_error", "This request alone needs more tokens than the quota allows; retrying will not help."),
  WARDEN_LIMIT_UNAVAILABLE: spec(503, "api_error", "overloaded_error", "The rate-limit store is unavailable; the request was refused (fail-closed)."),
  // routing
  WARDEN_ROUTE_UNKNOWN_MODEL: spec(404, "invalid_request_error", "not_found_error", "No route serves this model."),
  WARDEN_ROUTE_UNSUPPORTED: spec(400, "invalid_request_error", "invalid_request_error", "The provider for this model does not support this endpoint."),
  WARDEN_ROUTE_TRANSLATION: spec(400, "invalid_request_error", "invalid_request_error", "This request cannot be translated for the model's provider."),
  // upstream
  WARDEN_UPSTREAM_UNREACHABLE: spec(502, "api_error", "api_error", "The model provider could not be reached."),
  WARDEN_UPSTREAM_TLS: spec(502, "api_error", "api_error", "The model provider's TLS certificate could not be verified."),
  WARDEN_UPSTREAM_TIMEOUT: spec(504, "api_error", "api_error", "The model provider did not answer in time."),
  WARDEN_UPSTREAM_ERROR: spec(502, "api_error", "api_error", "The model provider returned an error."),
  WARDEN_UPSTREAM_BAD_RESPONSE: spec(502, "api_error", "api_error", "The model provider returned a malformed response."),
  WARDEN_UPSTREAM_STREAM_CUT: spec(502, "api_error", "api_error", "The model provider's stream ended unexpectedly."),
  // policy (decisions mapped to errors; see decide/)
  WARDEN_POLICY_BLOCKED: spec(400, "invalid_request_error", "invalid_request_error", "The request was blocked by policy."),
  WARDEN_POLICY_RESPONSE_BLOCKED: spec(400, "invalid_request_error", "invalid_request_error", "The response was blocked by policy."),
  WARDEN_POLICY_CONTROL_FAILED: spec(503, "api_error", "api_error", "A required control could not run; the request was refused (fail-closed)."),
  WARDEN_POLICY_STORE_STALE: spec(503, "api_error", "api_error", "The gateway has been out of touch with its policy store for too long to vouch for the policy in force; the request was refused (fail-closed). Retry shortly."),
  WARDEN_POLICY_QUARANTINED: spec(403, "permission_error", "permission_error", "This key is temporarily quarantined by policy."),
  WARDEN_VAULT_UNAVAILABLE: spec(503, "api_error", "api_error", "The token vault shared by the gateway's replicas is unavailable; the request was refused (fail-closed)."),
  WARDEN_VAULT_KEY_UNKNOWN: spec(500, "api_error", "api_error", "A vault mapping is sealed under a key the gateway does not hold; the call was refused (fail-closed)."),
  // audit
  WARDEN_AUDIT_UNAVAILABLE: spec(503, "api_error", "api_error", "The audit store is unavailable; the request was refused (fail-closed)."),
  WARDEN_AUDIT_RECORD_DAMAGED: spec(500, "api_error", "api_error", "A record of the audit store was modified outside Warden and cannot be shown; run `warden audit verify`."),
  // server
  WARDEN_SERVER_SHUTTING_DOWN: spec(503, "api_error", "overloaded_error", "The gateway is shutting down."),
  WARDEN_SERVER_INTERNAL: spec(500, "api_error", "api_error", "Internal gateway error."),
  // file encryption (`warden encrypt` / `warden decrypt`, age v1 format; command-line only, statuses are nominal)
  WARDEN_CRYPTO_USAGE: spec(400, "invalid_request_error", "invalid_request_error", "Invalid use of encrypt/decrypt (recipients, identities, passphrase or paths)."),
  WARDEN_CRYPTO_KEY_INVALID: spec(400, "invalid_request_error", "invalid_request_error", "A recipient, identity or key file is not valid."),
  WARDEN_CRYPTO_OUTPUT_EXISTS: spec(409, "invalid_request_error", "invalid_request_error", "The output file already exists (use --force to overwrite)."),
  WARDEN_CRYPTO_NOT_ENCRYPTED: spec(400, "invalid_request_error", "invalid_request_error", "The input is not an age-encrypted file."),
  WARDEN_CRYPTO_HEADER_INVALID: spec(400, "invalid_request_error", "invalid_request_error", "The encrypted file's header is malformed."),
  WARDEN_CRYPTO_HEADER_MAC: spec(400, "invalid_request_error", "invalid_request_error", "The encrypted file's header failed authentication: it was modified."),
  WARDEN_CRYPTO_NO_IDENTITY: spec(400, "invalid_request_error", "invalid_request_error", "None of the given identities or passphrases can decrypt this file."),
  WARDEN_CRYPTO_KMS_UNWRAP: spec(502, "api_error", "api_error", "The key-encryption key could not unwrap the file key."),
  WARDEN_CRYPTO_PAYLOAD_TAMPERED: spec(400, "invalid_request_error", "invalid_request_error", "A chunk of the encrypted file failed authentication: it was modified, dropped or moved."),
  WARDEN_CRYPTO_TRUNCATED: spec(400, "invalid_request_error", "invalid_request_error", "The encrypted file is truncated."),
  WARDEN_CRYPTO_TRUNCATED_OR_MODIFIED: spec(400, "invalid_request_error", "invalid_request_error", "The encrypted file's last piece failed authentication: it was cut off inside a chunk, or its end was modified."),
  WARDEN_CRYPTO_TRAILING_DATA: spec(400, "invalid_request_error", "invalid_request_error", "The encrypted file has data appended after its last chunk."),
  WARDEN_CRYPTO_IO: spec(500, "api_error", "api_error", "A file could not be read or written."),
  // dataset and file scanning (`warden scan`; CLI only, the status is nominal)
  WARDEN_SCAN_USAGE: spec(400, "invalid_request_error", "invalid_request_error", "The scan options are not valid."),
  WARDEN_SCAN_BASELINE_INVALID: spec(400, "invalid_request_error", "invalid_request_error", "The baseline file cannot be used."),
  WARDEN_SCAN_READ_FAILED: spec(500, "api_error", "api_error", "A file could not be read."),
  WARDEN_SCAN_WRITE_FAILED: spec(500, "api_error", "api_error", "A redacted copy could not be written."),
  WARDEN_SCAN_RECORD_TOO_LONG: spec(400, "invalid_request_error", "invalid_request_error", "A record is longer than the scan limit and was not scanned."),
  WARDEN_SCAN_CSV_SYNTAX: spec(400, "invalid_request_error", "invalid_request_error", "A CSV file cannot be parsed past this point."),
  WARDEN_SCAN_DETECTOR_FAILED: spec(500, "api_error", "api_error", "A detector failed on a record; the record is not known to be clean."),
  WARDEN_SCAN_WORKER_FAILED: spec(500, "api_error", "api_error", "A scan worker failed; the scan was stopped."),
  // config
  WARDEN_CONFIG_INVALID: spec(500, "api_error", "api_error", "Invalid configuration."),
} as const satisfies Record<string, ErrorCodeSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;
