/** Regions whose numbering plans the phone labels of the eighth PII set are checked against (libphonenumber). */
export const REGIONS = ["US", "CA", "GB", "IE", "DE", "FR", "NL", "ES", "PT", "IT", "PL", "SE", "BR", "MX", "JP", "KR", "NG", "ZA", "IN", "AU", "PH"];
