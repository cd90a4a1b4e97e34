/** Regions whose national formats appear in set 10; a phone label must be valid (libphonenumber-js) in one of them. */
export const REGIONS = ["US", "GB", "DE", "AT", "CH", "IT", "ES", "MX", "AR", "FR", "BE", "CA", "NL", "PL", "JP", "KR", "IN", "BR", "PT", "AU", "TR", "RU", "UA", "CN", "TW", "VN", "TH", "SA", "AE", "IL", "ID", "GR"];
