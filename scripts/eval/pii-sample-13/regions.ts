/** Regions whose phone numbers appear in set 13 (libphonenumber validity in check.ts and the harness's lint). */
export const REGIONS = ["US", "GB", "IE", "AU", "NZ", "CA", "SG", "ZA", "NG", "KE", "GH", "DE", "AT", "CH", "FR", "BE", "LU", "ES", "MX", "AR", "CO", "CL", "PE",
  "IT", "NL", "PL", "PT", "BR", "SE", "CZ", "SK", "DK", "FI", "NO", "IS", "GR", "RO", "HU", "BG", "HR", "SI", "RS", "LT", "LV", "EE", "JP", "CN", "TW", "HK", "KR", "IN", "BD",
  "PK", "NP", "LK", "RU", "UA", "KZ", "GE", "AM", "SA", "AE", "EG", "MA", "IL", "IR", "TR", "VN", "ID", "TH", "PH", "MY", "KH", "TZ", "ET", "UG", "MT"];
