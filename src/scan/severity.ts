import type { FindingCategory } from "../core/finding.js";
import type { Severity } from "./scan-types.js";

/** Severities from lowest to highest. */
export const SEVERITIES: readonly Severity[] = ["low", "medium", "high", "critical"];

/** Rank of a severity (low 0 … critical 3). */
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** GitHub code scanning's `security-severity` per severity (critical ≥ 9, high 7-8.9, medium 4-6.9, low < 4). */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { critical: "9.5", high: "8.0", medium: "5.5", low: "2.0" };

// Secrets that give direct access to infrastructure or decrypt data.
const CRITICAL_SECRETS = new Set(["private-key", "private-key-body", "putty-private-key", "aws-secret-access-key", "aws-session-token", "gcp-service-account", "azure-storage-account-key", "azure-ad-client-secret", "connection-string-password", "odbc-connection-password", "url-credentials", "stripe-secret-key"]);
// Heuristic secret rules: a guess from context, so one step lower.
const HEURISTIC_SECRETS = /^(generic-|high-entropy-|password-in-prose|url-query-secret|discord-token-near-keyword|curl-basic-auth)/;
// Identifiers that are direct quasi-keys to a person or their money.
const MEDIUM_PII = new Set(["EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "ADDRESS", "CRYPTO", "ABA_ROUTING_NUMBER", "US_NPI"]);
const LOW_PII = new Set(["IP_ADDRESS", "MAC_ADDRESS", "LOCATION", "DATE_TIME", "URL"]);

/**
 * Severity of a finding type. The table (also in docs/scan.md):
 * - secret: critical for private keys, cloud secret keys and credentials in connection strings/URLs; medium for
 *   heuristic rules (generic assignments, entropy near a keyword, passwords in prose); high for every other rule;
 * - pii: high for government ids, card and bank numbers (every type not listed below); medium for email, phone,
 *   person, address, crypto wallet, routing number; low for IP/MAC address, location, date, URL;
 * - injection, evasion, confidential, custom: medium; code and anything else: low.
 */
export function severityOf(category: FindingCategory | string, type: string): Severity {
  switch (category) {
    case "secret":
      if (CRITICAL_SECRETS.has(type)) return "critical";
      return HEURISTIC_SECRETS.test(type) ? "medium" : "high";
    case "pii":
      if (LOW_PII.has(type)) return "low";
      return MEDIUM_PII.has(type) ? "medium" : "high";
    case "injection":
    case "evasion":
    case "confidential":
    case "custom":
      return "medium";
    default:
      return "low";
  }
}
