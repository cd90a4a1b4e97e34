/** Regions whose numbering plans the phone labels of the seventh PII set are checked against (libphonenumber). */
export const REGIONS = ["US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "ES", "PT", "IT", "PL", "SE", "NO", "DK", "FI", "IS", "CZ", "TR", "BR", "MX", "AR", "JP", "CN", "KR", "VN", "ID", "NG", "KE", "ZA", "IN", "AU", "AE", "SA", "RU"];
