/** Regions whose national phone formats appear in set 11; check.ts accepts a PHONE_NUMBER label valid in any of them. */
export const REGIONS = [
  "DE", "AT", "CH", "FR", "BE", "NL", "LU", "IT", "ES", "PT", "PL", "CZ", "SE", "NO", "DK", "FI", "GB", "IE", "US", "CA",
  "MX", "BR", "AR", "CL", "CO", "JP", "KR", "CN", "TW", "HK", "IN", "RU", "UA", "TR", "SA", "AE", "EG", "MA", "IL",
  "IR", "TH", "VN", "ID", "PH", "SG", "AU", "NZ", "ZA", "NG", "KE", "GR", "RO", "HU",
];
