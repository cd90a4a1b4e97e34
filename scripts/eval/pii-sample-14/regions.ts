/** Regions whose phone numbers appear in set 14 (libphonenumber validity in check.ts and the harness's lint). */
export const REGIONS = ["US", "GB", "IE", "AU", "NZ", "CA", "SG", "ZA", "NG", "KE", "GH", "DE", "AT", "CH", "FR", "BE", "LU", "ES", "MX", "AR", "CO", "CL", "PE",
  "IT", "NL", "PL", "PT", "BR", "SE", "CZ", "SK", "DK", "FI", "NO", "IS", "GR", "RO", "HU", "BG", "HR", "SI", "RS", "LT", "LV", "EE", "MT", "JP", "CN", "TW", "HK",
  "KR", "IN", "BD", "PK", "NP", "LK", "RU", "UA", "BY", "KZ", "UZ", "AZ", "GE", "AM", "SA", "AE", "OM", "QA", "KW", "JO", "LB", "EG", "MA", "TN", "IL", "IR", "TR",
  "VN", "ID", "TH", "PH", "MY", "MM", "KH", "TZ", "ET", "UG", "RW", "SN"];
