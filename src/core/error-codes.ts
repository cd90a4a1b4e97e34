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
  // authentication and access
  WARDEN_AUTH_MISSING_KEY: spec(401, "invalid_request_error", "authentication_error", "Missing API key. Send it as 'Authorization: Bearer <key>' or 'x-api-key: <key>'."),
  WARDEN_AUTH_INVALID_KEY: spec(401, "invalid_request_error", "authentication_error", "Invalid API key."),
  WARDEN_AUTH_REVOKED_KEY: spec(401, "invalid_request_error", "authentication_error", "This API key has been revoked."),
  WARDEN_AUTH_EXPIRED_KEY: spec(401, "invalid_request_error", "authentication_error", "This API key has expired."),
  WARDEN_AUTH_FORBIDDEN: spec(403, "permission_error", "permission_error", "This key is not allowed to perform this action."),
  WARDEN_AUTH_MODEL_NOT_ALLOWED: spec(403, "permission_error", "permission_error", "This key is not allowed to use this model."),
  // limits
  WARDEN_LIMIT_RATE: spec(429, "rate_limit_error", "rate_limit_error", "Rate limit exceeded."),
  WARDEN_LIMIT_CONCURRENCY: spec(429, "rate_limit_error", "rate_limit_error", "Too many concurrent requests."),
  // routing
  WARDEN_ROUTE_UNKNOWN_MODEL: spec(404, "invalid_request_error", "not_found_error", "No route serves this model."),
  WARDEN_ROUTE_UNSUPPORTED: spec(400, "invalid_request_error", "invalid_request_error", "The provider for this model does not support this endpoint."),
  // upstream
  WARDEN_UPSTREAM_UNREACHABLE: spec(502, "api_error", "api_error", "The model provider could not be reached."),
  WARDEN_UPSTREAM_TIMEOUT: spec(504, "api_error", "api_error", "The model provider did not answer in time."),
  WARDEN_UPSTREAM_ERROR: spec(502, "api_error", "api_error", "The model provider returned an error."),
  WARDEN_UPSTREAM_BAD_RESPONSE: spec(502, "api_error", "api_error", "The model provider returned a malformed response."),
  WARDEN_UPSTREAM_STREAM_CUT: spec(502, "api_error", "api_error", "The model provider's stream ended unexpectedly."),
  // policy (decisions mapped to errors; see decide/)
  WARDEN_POLICY_BLOCKED: spec(400, "invalid_request_error", "invalid_request_error", "The request was blocked by policy."),
  WARDEN_POLICY_RESPONSE_BLOCKED: spec(400, "invalid_request_error", "invalid_request_error", "The response was blocked by policy."),
  WARDEN_POLICY_CONTROL_FAILED: spec(503, "api_error", "api_error", "A required control could not run; the request was refused (fail-closed)."),
  WARDEN_POLICY_QUARANTINED: spec(403, "permission_error", "permission_error", "This key is temporarily quarantined by policy."),
  // audit
  WARDEN_AUDIT_UNAVAILABLE: spec(503, "api_error", "api_error", "The audit store is unavailable; the request was refused (fail-closed)."),
  // server
  WARDEN_SERVER_SHUTTING_DOWN: spec(503, "api_error", "overloaded_error", "The gateway is shutting down."),
  WARDEN_SERVER_INTERNAL: spec(500, "api_error", "api_error", "Internal gateway error."),
  // config
  WARDEN_CONFIG_INVALID: spec(500, "api_error", "api_error", "Invalid configuration."),
} as const satisfies Record<string, ErrorCodeSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;
