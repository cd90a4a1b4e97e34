/**
 * The identity a caller showed in its TLS handshake (mTLS), as the server read it from the connection.
 * Only verified certificates (`authorized`) may authenticate anyone.
 */
export interface ClientCertificate {
  /** The certificate chains to the configured client CA and is within its validity period. */
  authorized: boolean;
  /** Why verification failed (an OpenSSL code such as `UNABLE_TO_VERIFY_LEAF_SIGNATURE`), when it did. */
  authorizationError?: string;
  /** The subject's common name(s). */
  subjectCN: readonly string[];
  /** `URI:` subject alternative names. */
  sanUris: readonly string[];
  /** `DNS:` subject alternative names, lower-cased. */
  sanDns: readonly string[];
  /** SHA-256 fingerprint, lower-case hex without colons. */
  fingerprint256: string;
}
